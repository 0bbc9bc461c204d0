package dev.adaptations.importer;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Every node (labels, properties) and relationship (type, the ids of its ends, properties) of a graph as
 * sorted lines: two snapshots are equal exactly when the graphs are, whatever their internal ids. Reads
 * through the driver or, for a database no application runs on, through the embedded API.
 */
record GraphSnapshot(List<String> nodes, List<String> relationships) {

	private static final String NODES = "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props";

	private static final String RELATIONSHIPS = """
			MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props""";

	static GraphSnapshot of(Driver driver) {
		Function<String, List<Map<String, Object>>> query = cypher -> driver.executableQuery(cypher)
			.execute()
			.records()
			.stream()
			.map(record -> record.asMap())
			.toList();
		return of(query);
	}

	static GraphSnapshot of(GraphDatabaseService database) {
		Function<String, List<Map<String, Object>>> query = cypher -> {
			try (var tx = database.beginTx(); var result = tx.execute(cypher)) {
				List<Map<String, Object>> rows = new ArrayList<>();
				result.forEachRemaining(rows::add);
				return rows;
			}
		};
		return of(query);
	}

	private static GraphSnapshot of(Function<String, List<Map<String, Object>>> query) {
		List<String> nodes = query.apply(NODES)
			.stream()
			.map(row -> sorted(row.get("labels")) + " " + properties(row.get("props")))
			.sorted()
			.toList();
		List<String> relationships = query.apply(RELATIONSHIPS)
			.stream()
			.map(row -> row.get("from") + " -" + row.get("type") + "-> " + row.get("to") + " " + properties(row.get("props")))
			.sorted()
			.toList();
		return new GraphSnapshot(nodes, relationships);
	}

	/**
	 * The graph's facts only: without the bookkeeping of loading (the migrations' own nodes, {@code Dataset}
	 * nodes, the change history) and without {@code dataset}, the id of the file a node was written from.
	 */
	GraphSnapshot facts() {
		// The change history (Change nodes) is about the graph, not part of it: an import records itself there.
		return new GraphSnapshot(this.nodes.stream()
			.filter(line -> !line.startsWith("[__Neo4j") && !line.startsWith("[Dataset]") && !line.startsWith("[Change]"))
			.map(line -> line.replaceAll(", dataset=[^,}]*", "").replaceAll("\\{dataset=[^,}]*, ", "{"))
			.sorted()
			.toList(), this.relationships.stream().filter(line -> !line.startsWith("null ")).toList());
	}

	private static String sorted(Object labels) {
		return ((List<?>) normalize(labels)).stream().map(String::valueOf).sorted().toList().toString();
	}

	private static String properties(Object properties) {
		Map<String, Object> sorted = new TreeMap<>();
		((Map<?, ?>) properties).forEach((key, value) -> sorted.put((String) key, normalize(value)));
		return sorted.toString();
	}

	/** Lists as lists (the embedded API gives arrays), labels sorted. */
	private static Object normalize(Object value) {
		if (value != null && value.getClass().isArray()) {
			return IntStream.range(0, Array.getLength(value)).mapToObj(i -> Array.get(value, i)).toList();
		}
		if (value instanceof Collection<?> collection) {
			return List.copyOf(collection);
		}
		return value;
	}

}
