package dev.adaptations.explore;

import org.jspecify.annotations.Nullable;

/** A relationship of a subgraph. */
record Edge(String from, String to, String type, @Nullable String label) {
}
