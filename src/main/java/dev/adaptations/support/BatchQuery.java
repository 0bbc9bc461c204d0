package dev.adaptations.support;

import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * A batched read not yet run (see {@link BatchQueries}): Cypher that, for the parents' ids in {@code $ids},
 * returns rows of {@code key} and {@code items}; its other parameters; and how to map one item. Kept as a value
 * so a root field can run it inside its own statement (see {@code node.Prefetcher}).
 */
public record BatchQuery<T>(String cypher, Map<String, @Nullable Object> parameters, Function<Value, T> mapper) {

	public BatchQuery(String cypher, Function<Value, T> mapper) {
		this(cypher, Map.of(), mapper);
	}

}
