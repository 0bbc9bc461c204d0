package dev.adaptations.support;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Runs the batched reads behind every per-parent relation: one statement for all the parents of a request
 * level, each returning rows of {@code key} (the parent's id) and {@code items} (its list, in order).
 */
@Component
public final class BatchQueries {

	private final Neo4jClient client;

	BatchQueries(Neo4jClient client) {
		this.client = client;
	}

	/** Runs {@code cypher} with {@code $ids} bound to the parents' ids; parents without rows get no entry. */
	public <T> Map<String, List<T>> listsByKey(String cypher, Collection<String> ids, Function<Value, T> mapper) {
		return listsByKey(cypher, parameters("ids", List.copyOf(ids)), mapper);
	}

	/** Runs {@code cypher} with the given parameters; parents without rows get no entry. */
	public <T> Map<String, List<T>> listsByKey(String cypher, Map<String, @Nullable Object> parameters,
			Function<Value, T> mapper) {
		Map<String, List<T>> result = new LinkedHashMap<>();
		this.client.query(cypher)
			.bindAll(parameters)
			.fetchAs(Map.Entry.class)
			.mappedBy((types, record) -> Map.entry(record.get("key").asString(), record.get("items").asList(mapper)))
			.all()
			.forEach(entry -> result.put((String) entry.getKey(), castList(entry.getValue())));
		return result;
	}

	/** Runs a batched read for these parents; parents without rows get no entry. */
	public <T> Map<String, List<T>> listsByKey(BatchQuery<T> query, Collection<String> ids) {
		Map<String, @Nullable Object> parameters = new LinkedHashMap<>(query.parameters());
		parameters.put("ids", List.copyOf(ids));
		return listsByKey(query.cypher(), parameters, query.mapper());
	}

	/** Each parent's list, empty where the query returned none, in the order of the parents. */
	public static <P, T> Map<P, List<T>> byParent(Collection<P> parents, Function<P, String> id,
			Map<String, List<T>> lists) {
		Map<P, List<T>> result = new LinkedHashMap<>();
		for (P parent : parents) {
			result.put(parent, lists.getOrDefault(id.apply(parent), List.of()));
		}
		return result;
	}

	/** A parameter map that, unlike {@code Map.of}, takes null values. */
	public static Map<String, @Nullable Object> parameters(@Nullable Object... keysAndValues) {
		Map<String, @Nullable Object> parameters = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			parameters.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return parameters;
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> castList(Object list) {
		return (List<T>) list;
	}

}
