package dev.adaptations.explore;

import java.util.List;

import dev.adaptations.node.Node;

/** Nodes and edges for drawing. */
record Subgraph(List<Node> nodes, List<Edge> edges, boolean truncated) {
}
