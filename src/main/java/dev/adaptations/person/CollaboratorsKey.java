package dev.adaptations.person;

/** One {@code collaborators(first:)} field: whose, and how many. */
record CollaboratorsKey(String personId, int first) {
}
