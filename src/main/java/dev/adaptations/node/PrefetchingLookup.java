package dev.adaptations.node;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.util.function.SingletonSupplier;

/**
 * A root lookup by id that also reads, in the same statement, the relations the request selects on the node
 * ({@link Prefetcher}): the root's read and each relation's batched read, side by side as subqueries, each with its
 * own parameters; the relations' lists then prime their loaders, so those fields read nothing more.
 */
final class PrefetchingLookup {

	private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

	private final Neo4jClient client;

	/** The prefetchers by parent type and field, resolved once: the bean factory is not asked per request. */
	private final SingletonSupplier<Map<Class<? extends Node>, Map<String, Prefetcher>>> byType;

	PrefetchingLookup(Neo4jClient client, ObjectProvider<Prefetcher> prefetchers) {
		this.client = client;
		this.byType = SingletonSupplier.of(() -> prefetchers.orderedStream()
			.collect(Collectors.groupingBy(Prefetcher::parentType,
					Collectors.toMap(Prefetcher::field, prefetcher -> prefetcher, (first, second) -> first))));
	}

	/**
	 * The nodes that {@code byIds} (a read of rows {@code n, type, extra} for {@code $ids}) finds for this id, read
	 * with the relations the request selects on a node of this type; null when it selects none that can be.
	 */
	@Nullable List<Node> find(String id, String byIds, Class<? extends Node> type, DataFetchingEnvironment environment) {
		Map<String, Prefetcher> byField = this.byType.get().getOrDefault(type, Map.of());
		Map<Object, Prefetcher.Prefetch<?>> prefetches = new LinkedHashMap<>();
		if (!byField.isEmpty()) {
			for (SelectedField field : environment.getSelectionSet().getImmediateFields()) {
				Prefetcher prefetcher = byField.get(field.getName());
				if (prefetcher != null) {
					prefetcher.prepare(id, field, environment)
						.ifPresent(prefetch -> prefetches.putIfAbsent(prefetch.key(), prefetch));
				}
			}
		}
		if (prefetches.isEmpty()) {
			return null;
		}
		List<Prefetcher.Prefetch<?>> reads = List.copyOf(prefetches.values());
		StringBuilder cypher = new StringBuilder("CALL () {\n").append(byIds)
			.append("\n}\nWITH collect({n: n, type: type, extra: extra}) AS root\n");
		Map<String, @Nullable Object> parameters = new LinkedHashMap<>();
		parameters.put("ids", List.of(id));
		for (int i = 0; i < reads.size(); i++) {
			// Each read keeps its own parameters, prefixed so that they cannot meet another read's.
			String prefix = "p" + i + "_";
			var query = reads.get(i).query();
			cypher.append("CALL () {\n  CALL () {\n")
				.append(PARAMETER.matcher(query.cypher()).replaceAll("\\$" + prefix + "$1"))
				.append("\n  }\n  RETURN collect({key: key, items: items}) AS ")
				.append(prefix)
				.append("\n}\n");
			query.parameters().forEach((name, value) -> parameters.put(prefix + name, value));
			parameters.put(prefix + "ids", List.of(id));
		}
		cypher.append("RETURN root");
		for (int i = 0; i < reads.size(); i++) {
			cypher.append(", p").append(i).append('_');
		}
		var record = this.client.query(cypher.toString())
			.bindAll(parameters)
			.fetchAs(Value[].class)
			.mappedBy((types, row) -> row.values().toArray(Value[]::new))
			.one()
			.orElseThrow();
		for (int i = 0; i < reads.size(); i++) {
			primeWith(reads.get(i), id, record[i + 1]);
		}
		return record[0].asList(row -> NodeRepository.map(row.get("type").asString(), row.get("n"), row.get("extra")));
	}

	private static <T> void primeWith(Prefetcher.Prefetch<T> prefetch, String id, Value rows) {
		List<T> items = List.of();
		for (Value row : rows.values()) {
			if (row.get("key").asString().equals(id)) {
				items = row.get("items").asList(prefetch.query().mapper());
			}
		}
		prefetch.prime().accept(items);
	}

}
