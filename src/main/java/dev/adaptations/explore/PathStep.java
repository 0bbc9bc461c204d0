package dev.adaptations.explore;

/** One step of a path, with the ids of its ends. */
record PathStep(String fromId, String relationship, String toId, boolean forward) {
}
