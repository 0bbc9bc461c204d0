package dev.adaptations.dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

/**
 * A dataset written into a graph without entities (a first start) in two statements: every node, then every
 * relationship between them by the element ids the first statement returned. The batched writer sends one
 * statement per section and label, about thirty, and on a first start each is planned by a cold Cypher runtime:
 * most of the load's time. Labels and relationship types are dynamic ({@code $(...)}), taken from
 * {@link GraphRecords}, never from the file. Relationships stated twice are written once, with the last
 * statement's properties, as the batched writer's MERGE leaves them.
 *
 * <p>Into an embedded store this start created, the same nodes and relationships go through the database's own
 * API instead ({@link #writeEmbedded}): even two statements cost the cold Cypher planner about a second and a half
 * of a first start on two cores, the longest step left on its way to ready.
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
		Rows rows = read(file);
		Map<String, String> elements = new HashMap<>();
		tx.run(NODES, Map.of("nodes", rows.nodes(), "dataset", file.id()))
			.forEachRemaining(record -> elements.put(record.get("id").asString(), record.get("element").asString()));
		List<Map<String, Object>> links = new ArrayList<>(rows.links().size());
		rows.links()
			.forEach(link -> links.add(Map.of("type", link.type(), "start", element(elements, link.start()), "end",
					element(elements, link.end()), "props", link.props())));
		tx.run(RELATIONSHIPS, Map.of("links", links)).consume();
	}

	/**
	 * Writes {@code file} in {@code tx} of the embedded database, as {@link #write(TransactionContext, DatasetFile)}
	 * writes it through Cypher: the same labels, properties and relationships ({@code FirstLoadTests} compares the
	 * graph with an import's). The graph must hold no entity.
	 */
	static void writeEmbedded(Transaction tx, DatasetFile file) {
		Rows rows = read(file);
		Map<String, Node> written = new HashMap<>();
		for (Map<String, Object> row : rows.nodes()) {
			@SuppressWarnings("unchecked")
			List<String> labels = (List<String>) row.get("labels");
			Node node = tx.createNode(labels.stream().map(Label::label).toArray(Label[]::new));
			@SuppressWarnings("unchecked")
			Map<String, Object> props = (Map<String, Object>) row.get("props");
			set(node, props);
			node.setProperty("version", 1L);
			node.setProperty("dataset", file.id());
			written.put((String) row.get("id"), node);
		}
		for (GraphRecords.Link link : rows.links()) {
			Relationship relationship = node(written, link.start())
				.createRelationshipTo(node(written, link.end()), RelationshipType.withName(link.type()));
			set(relationship, link.props());
		}
	}

	/** As {@code SET e = $props}: a property given no value is not set. */
	private static void set(Entity entity, Map<String, Object> props) {
		props.forEach((key, value) -> {
			if (value != null) {
				entity.setProperty(key, GraphRecords.storable(value));
			}
		});
	}

	/** The file's nodes ({@code id}, {@code labels}, {@code props}) and its relationships, each written once. */
	private static Rows read(DatasetFile file) {
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
		return new Rows(nodes, links.values());
	}

	private static String element(Map<String, String> elements, String id) {
		return written(elements.get(id), id);
	}

	private static Node node(Map<String, Node> written, String id) {
		return written(written.get(id), id);
	}

	private static <T> T written(@Nullable T written, String id) {
		if (written == null) {
			// Validation resolved every reference in the file, the graph holding no entity: this is a bug.
			throw new IllegalStateException("'" + id + "' is not among the nodes just written");
		}
		return written;
	}

	private record Rows(List<Map<String, Object>> nodes, Collection<GraphRecords.Link> links) {
	}

}
