package dev.adaptations.search;

import org.jspecify.annotations.Nullable;

import dev.adaptations.node.Node;

/** One search result. */
record SearchHit(Node node, double score, @Nullable String matched) {
}
