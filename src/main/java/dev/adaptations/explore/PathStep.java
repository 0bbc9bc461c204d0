package dev.adaptations.explore;

import org.jspecify.annotations.Nullable;

/** One step of a path, with the ids of its ends. */
record PathStep(String fromId, String relationship, String toId, boolean forward, @Nullable String label) {
}
