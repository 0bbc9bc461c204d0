package dev.adaptations.explore;

import org.jspecify.annotations.Nullable;

import dev.adaptations.node.Node;

/**
 * One step of a path, with the ids of its ends, and the ends themselves when the path's statement read them as
 * identities (otherwise they are followed through the request's node loader).
 */
record PathStep(String fromId, String relationship, String toId, boolean forward, @Nullable String label,
		@Nullable Node fromNode, @Nullable Node toNode) {
}
