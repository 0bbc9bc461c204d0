package dev.adaptations.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.neo4j.driver.Value;

import dev.adaptations.node.NodeRepository;
import dev.adaptations.support.BatchQueries;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Walks the graph: shortest paths between two nodes and the neighbourhood of a node, over every
 * relationship type (sources are properties, not nodes, so no shortcut runs through a shared citation).
 */
@Repository
class GraphWalkRepository {

	private final Neo4jClient client;

	GraphWalkRepository(Neo4jClient client) {
		this.client = client;
	}

	/** The element id of the node with this application id, if any. */
	Optional<String> elementId(String id) {
		return this.client.query(NodeRepository.lookup("id", "n") + "RETURN elementId(n) AS element")
			.bind(id)
			.to("id")
			.fetchAs(String.class)
			.mappedBy((types, record) -> record.get("element").asString())
			.one();
	}

	/**
	 * A shortest path of at most {@code maxLength} relationships between two different nodes, found by their ids
	 * in the same statement, chosen deterministically among equally short ones; empty when either node is
	 * missing or no path is that short. Max length is a validated int.
	 */
	Optional<Path> shortestPath(String from, String to, int maxLength) {
		return this.client.query(NodeRepository.lookup("from", "a") + NodeRepository.lookup("to", "b", "a") + """
				WITH a, b WHERE a <> b
				MATCH p = allShortestPaths((a)-[*1..%d]-(b))
				// Among equally short paths, the one through the fewest fictional characters explains a real-world
				// connection best (people, works, adaptations); node ids break ties, so the same graph always
				// gives the same answer.
				WITH p ORDER BY size([n IN nodes(p) WHERE n:Character]), [n IN nodes(p) | n.id]
				LIMIT 1
				RETURN [r IN relationships(p) | {from: startNode(r).id, to: endNode(r).id, type: type(r),
				  label: coalesce(r.kind, r.result)}] AS rels,
				  [n IN nodes(p) | n.id] AS ids""".formatted(maxLength))
			.bindAll(BatchQueries.parameters("from", from, "to", to))
			.fetchAs(Path.class)
			.mappedBy((types, record) -> path(record.get("ids").asList(Value::asString),
					record.get("rels").asList(v -> v)))
			.one();
	}

	private static Path path(List<String> ids, List<Value> relationships) {
		List<PathStep> steps = new ArrayList<>();
		for (int i = 0; i < relationships.size(); i++) {
			Value relationship = relationships.get(i);
			boolean forward = relationship.get("from").asString().equals(ids.get(i));
			steps.add(new PathStep(ids.get(i), relationship.get("type").asString(), ids.get(i + 1), forward,
					relationship.get("label").isNull() ? null : relationship.get("label").asString()));
		}
		return new Path(steps.size(), steps);
	}

	record Neighbourhood(List<String> ids, Map<String, String> idByElement, boolean truncated) {
	}

	/**
	 * The nodes within {@code depth} relationships of the node with this id, nearest first, at most {@code limit};
	 * empty when there is no such node. One statement per level: the first finds the centre too, each asks only
	 * for as many new nodes as still fit.
	 */
	Optional<Neighbourhood> neighbourhood(String centreId, int depth, int limit) {
		var first = this.client.query(NodeRepository.lookup("id", "n") + """
				CALL (n) {
				  MATCH (n)--(m) WHERE m <> n AND m.id IS NOT NULL
				  WITH DISTINCT m ORDER BY m.id LIMIT $room
				  RETURN collect({element: elementId(m), id: m.id}) AS ring
				}
				RETURN elementId(n) AS centre, ring""")
			.bindAll(BatchQueries.parameters("id", centreId, "room", limit))
			.fetch()
			.one();
		if (first.isEmpty()) {
			return Optional.empty();
		}
		Map<String, String> idByElement = new LinkedHashMap<>();
		idByElement.put((String) first.get().get("centre"), centreId);
		@SuppressWarnings("unchecked")
		var ring = (List<Map<String, Object>>) first.get().get("ring");
		boolean truncated = false;
		for (int level = 1; level <= depth && !ring.isEmpty() && !truncated; level++) {
			Set<String> frontier = new LinkedHashSet<>();
			for (Map<String, Object> row : ring) {
				if (idByElement.size() >= limit) {
					truncated = true;
					break;
				}
				idByElement.put((String) row.get("element"), (String) row.get("id"));
				frontier.add((String) row.get("element"));
			}
			if (level < depth && !truncated && !frontier.isEmpty()) {
				ring = nextRing(frontier, idByElement.keySet(), limit - idByElement.size() + 1);
			}
		}
		return Optional.of(new Neighbourhood(List.copyOf(idByElement.values()), idByElement, truncated));
	}

	/** The nodes next to the frontier not seen yet, by id, at most {@code room}. */
	private List<Map<String, Object>> nextRing(Set<String> frontier, Set<String> seen, int room) {
		return new ArrayList<>(this.client.query("""
				UNWIND $frontier AS element
				MATCH (n) WHERE elementId(n) = element
				MATCH (n)--(m) WHERE NOT elementId(m) IN $seen AND m.id IS NOT NULL
				WITH DISTINCT m ORDER BY m.id
				RETURN elementId(m) AS element, m.id AS id LIMIT $room""")
			.bindAll(BatchQueries.parameters("frontier", List.copyOf(frontier), "seen", List.copyOf(seen), "room",
					room))
			.fetch()
			.all());
	}

	/** The relationships among these nodes, with a short label where the relationship has a kind. */
	List<Edge> edges(Set<String> elementIds) {
		return new ArrayList<>(this.client.query("""
				MATCH (a)-[r]->(b) WHERE elementId(a) IN $elements AND elementId(b) IN $elements
				RETURN a.id AS from, b.id AS to, type(r) AS type, coalesce(r.kind, r.result) AS label
				ORDER BY from, type, to""")
			.bind(List.copyOf(elementIds))
			.to("elements")
			.fetchAs(Edge.class)
			.mappedBy((types, record) -> new Edge(record.get("from").asString(), record.get("to").asString(),
					record.get("type").asString(), record.get("label").isNull() ? null : record.get("label").asString()))
			.all());
	}

}
