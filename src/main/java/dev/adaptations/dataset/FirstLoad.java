package dev.adaptations.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;

/**
 * A dataset written into a graph without entities (a first start) in two statements: every node, then every
 * relationship between them by the element ids the first statement returned. The batched writer sends one
 * statement per section and label, about thirty, and on a first start each is planned by a cold Cypher runtime:
 * most of the load's time. Labels and relationship types are dynamic ({@code $(...)}), taken from
 * {@link GraphRecords}, never from the file. Relationships stated twice are written once, with the last
 * statement's properties, as the batched writer's MERGE leaves them.
 */
final class FirstLoad {

	private static final String NODES = """
			UNWIND $nodes AS node
			CREATE (n:$(node.labels))
			SET n = node.props, n.version = 1, n.dataset = $dataset
			RETURN node.id AS id, elementId(n) AS element""";

	private static final String RELATIONSHIPS = """
			UNWIND $links AS link
			MATCH (a) WHERE elementId(a) = link.start
			MATCH (b) WHERE elementId(b) = link.end
			CREATE (a)-[r:$(link.type)]->(b)
			SET r = link.props""";

	/**
	 * Rows up to which a file is written at once: its rows are all in memory as statement parameters (about a
	 * kilobyte each), where the batched writer holds one batch at a time.
	 */
	static final long MAX_ROWS = 20_000;

	private FirstLoad() {
	}

	/** Whether {@code file} is small enough to be written at once. */
	static boolean fits(DatasetFile file) {
		return file.records().values().stream().mapToLong(Long::longValue).sum() <= MAX_ROWS;
	}

	/** Writes {@code file} in {@code tx}; the graph must hold no entity, so every reference is to the file itself. */
	static void write(TransactionContext tx, DatasetFile file) {
		List<Map<String, Object>> nodes = new ArrayList<>();
		Map<String, GraphRecords.Link> links = new LinkedHashMap<>();
		String checksum = DatasetStream.read(file.source(), new SectionRows(section -> true, (section, json) -> {
			Map<String, Object> row = DatasetRows.of(section, json, true);
			if (section.defines() != null) {
				nodes.add(Map.of("id", row.get("id"), "labels", GraphRecords.labels(section, row), "props",
						row.get("props")));
			}
			GraphRecords.links(section, row, link -> {
				// As MERGE would: one relationship per key, the last row's properties on it.
				links.remove(link.key());
				links.put(link.key(), link);
			});
		}), ImportProgress.NONE);
		if (!checksum.equals(file.checksum())) {
			throw new IllegalStateException(file.name() + " changed while it was being loaded");
		}
		Map<String, String> elements = new HashMap<>();
		tx.run(NODES, Map.of("nodes", nodes, "dataset", file.id()))
			.forEachRemaining(record -> elements.put(record.get("id").asString(), record.get("element").asString()));
		List<Map<String, Object>> rows = new ArrayList<>(links.size());
		links.values()
			.forEach(link -> rows.add(Map.of("type", link.type(), "start", element(elements, link.start()), "end",
					element(elements, link.end()), "props", link.props())));
		tx.run(RELATIONSHIPS, Map.of("links", rows)).consume();
	}

	private static String element(Map<String, String> elements, String id) {
		String element = elements.get(id);
		if (element == null) {
			// Validation resolved every reference in the file, the graph holding no entity: this is a bug.
			throw new IllegalStateException("'" + id + "' is not among the nodes just written");
		}
		return element;
	}

}
