package dev.adaptations.node;

import java.util.List;

/**
 * Anything whose GraphQL type has a {@code sources} field: it carries the ids of its sources, which are
 * resolved to {@code Source} nodes in one batch per request level.
 */
public interface Sourced {

	List<String> sourceIds();

}
