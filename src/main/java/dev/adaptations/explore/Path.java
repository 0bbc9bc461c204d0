package dev.adaptations.explore;

import java.util.List;

/** A shortest path as steps. */
record Path(int length, List<PathStep> steps) {
}
