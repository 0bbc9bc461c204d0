package dev.adaptations.person;

import java.util.List;

/** A person sharing works with another: their id and the ids of the shared works. */
record Collaboration(String personId, List<String> workIds) {
}
