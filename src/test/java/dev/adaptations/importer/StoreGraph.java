package dev.adaptations.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;

import dev.adaptations.support.LoopbackNeo4j;

/**
 * A store's graph as sorted lines, read through the embedded API once no application runs on it: what
 * {@link GraphSnapshot} reads, bookkeeping included except the migrations' chain and the change history (both
 * hold the time they were written), and the schema.
 */
record StoreGraph(List<String> nodes, List<String> relationships, List<String> schema) {

	static StoreGraph of(Path data) {
		DatabaseManagementService service = LoopbackNeo4j.builder(data, 0).build();
		try {
			GraphDatabaseService database = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			GraphSnapshot snapshot = GraphSnapshot.of(database);
			Function<String, List<Map<String, Object>>> query = cypher -> {
				try (var tx = database.beginTx(); var result = tx.execute(cypher)) {
					List<Map<String, Object>> rows = new ArrayList<>();
					result.forEachRemaining(rows::add);
					return rows;
				}
			};
			List<String> schema = Stream.concat(
					query.apply("SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state")
						.stream()
						.map(row -> row.get("type") + " " + row.get("entityType") + " " + row.get("name") + " "
								+ row.get("labelsOrTypes") + " " + row.get("properties") + " " + row.get("state")),
					query.apply("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties")
						.stream()
						.map(row -> "CONSTRAINT " + row.get("type") + " " + row.get("name") + " "
								+ row.get("labelsOrTypes") + " " + row.get("properties") + " ONLINE"))
				.sorted()
				.toList();
			return new StoreGraph(
					snapshot.nodes().stream().filter(line -> !line.startsWith("[__Neo4j") && !line.startsWith("[Change]")).toList(),
					snapshot.relationships().stream().filter(line -> !line.startsWith("null ")).toList(), schema);
		}
		finally {
			service.shutdown();
		}
	}

}
