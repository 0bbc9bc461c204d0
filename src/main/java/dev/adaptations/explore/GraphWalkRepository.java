package dev.adaptations.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.neo4j.driver.Value;

import dev.adaptations.node.Node;
import dev.adaptations.neo4j.ReadStatements;
import dev.adaptations.node.NodeRepository;
import dev.adaptations.support.BatchQueries;

import org.springframework.stereotype.Repository;

/**
 * Walks the graph: shortest paths between two nodes and the neighbourhood of a node, over every
 * relationship type (sources are properties, not nodes, so no shortcut runs through a shared citation).
 */
@Repository
class GraphWalkRepository {

	private static final String ELEMENT_ID = NodeRepository.lookup("id", "n") + "RETURN elementId(n) AS element";

	private final ReadStatements reads;

	/**
	 * The statements by variant (depth or length, and what the request selects), each built once: a walk's Cypher
	 * is several kilobytes, formatted per request otherwise. Bounded by the validated depths and lengths.
	 */
	private final Map<String, String> statements = new ConcurrentHashMap<>();

	GraphWalkRepository(ReadStatements reads) {
		this.reads = reads;
	}

	/** The element id of the node with this application id, if any. */
	Optional<String> elementId(String id) {
		return this.reads.one(ELEMENT_ID, Map.of("id", id), record -> record.get("element").asString());
	}

	/**
	 * A shortest path of at most {@code maxLength} relationships between two different nodes, found by their ids
	 * in the same statement, chosen deterministically among equally short ones; empty when either node is
	 * missing or no path is that short. The path's nodes are read in the same statement as {@code ends} asks:
	 * their records go to {@code reached} (the request's node cache), their identities into the steps. Max
	 * length is a validated int.
	 */
	Optional<Path> shortestPath(String from, String to, int maxLength, NodeRead ends, Consumer<Node> reached) {
		String cypher = this.statements.computeIfAbsent("path " + maxLength + " " + ends,
				variant -> shortestPath(maxLength, ends));
		return this.reads.one(cypher, BatchQueries.parameters("from", from, "to", to), record -> {
			Map<String, Node> identities = new HashMap<>();
			if (ends == NodeRead.RECORDS) {
				NodeRepository.nodes(record.get("nodes")).forEach(reached);
			}
			else if (ends == NodeRead.IDENTITIES) {
				NodeRepository.identities(record.get("nodes")).forEach(node -> identities.put(node.id(), node));
			}
			return path(record.get("ids").asList(Value::asString), record.get("rels").asList(v -> v), identities);
		});
	}

	private static String shortestPath(int maxLength, NodeRead ends) {
		return NodeRepository.lookup("from", "a") + NodeRepository.lookup("to", "b", "a") + """
				WITH a, b WHERE a <> b
				MATCH p = allShortestPaths((a)-[*1..%d]-(b))
				// Among equally short paths, the one through the fewest fictional characters explains a real-world
				// connection best (people, works, adaptations); node ids break ties, so the same graph always
				// gives the same answer.
				WITH p ORDER BY size([n IN nodes(p) WHERE n:Character]), [n IN nodes(p) | n.id]
				LIMIT 1
				WITH [r IN relationships(p) | {from: startNode(r).id, to: endNode(r).id, type: type(r),
				  label: coalesce(r.kind, r.result)}] AS rels, nodes(p) AS path
				""".formatted(maxLength) + readNodes("path", ends) + """
				RETURN rels, [n IN path | n.id] AS ids%s""".formatted((ends != NodeRead.NONE) ? ", nodes" : "");
	}

	/** Cypher reading the nodes in the list {@code nodes} into {@code nodes}, as {@code read} asks. */
	private static String readNodes(String nodes, NodeRead read) {
		return switch (read) {
			case NONE -> "";
			case IDENTITIES -> NodeRepository.readIdentities(nodes, "nodes");
			case RECORDS -> NodeRepository.read(nodes, "nodes");
		};
	}

	/** The nodes in {@code rows} as {@link #readNodes} read them. */
	private static List<Node> nodes(Value rows, NodeRead read) {
		return switch (read) {
			case NONE -> List.of();
			case IDENTITIES -> NodeRepository.identities(rows);
			case RECORDS -> NodeRepository.nodes(rows);
		};
	}

	private static Path path(List<String> ids, List<Value> relationships, Map<String, Node> identities) {
		List<PathStep> steps = new ArrayList<>();
		for (int i = 0; i < relationships.size(); i++) {
			Value relationship = relationships.get(i);
			boolean forward = relationship.get("from").asString().equals(ids.get(i));
			steps.add(new PathStep(ids.get(i), relationship.get("type").asString(), ids.get(i + 1), forward,
					relationship.get("label").isNull() ? null : relationship.get("label").asString(),
					identities.get(ids.get(i)), identities.get(ids.get(i + 1))));
		}
		return new Path(steps.size(), steps);
	}

	/**
	 * The nodes within {@code depth} relationships of the node with this id, nearest first (each ring in id order),
	 * at most {@code limit}, with the relationships among them; empty when there is no such node. One statement:
	 * it finds the centre, walks ring by ring asking only for new nodes, and reads the nodes (as much as
	 * {@code nodes} asks) and the edges only when the request wants them. Records read also go to {@code reached}
	 * (the request's node cache), so that references among the nodes (a role's person and work) read nothing more.
	 * Depth is a validated int (1 to {@link ExploreController#MAX_DEPTH}).
	 */
	Optional<Subgraph> neighbourhood(String centreId, int depth, int limit, NodeRead nodes, boolean withEdges,
			Consumer<Node> reached) {
		String cypher = this.statements.computeIfAbsent("rings " + depth + " " + nodes + " " + withEdges,
				variant -> neighbourhood(depth, nodes, withEdges));
		return this.reads.one(cypher, BatchQueries.parameters("id", centreId, "limit", limit), record -> {
			List<Node> read = nodes(record.get("nodes"), nodes);
			if (nodes == NodeRead.RECORDS) {
				read.forEach(reached);
			}
			return new Subgraph(read, withEdges ? record.get("edges").asList(GraphWalkRepository::edge) : List.of(),
					record.get("truncated").asBoolean());
		});
	}

	private static String neighbourhood(int depth, NodeRead nodes, boolean withEdges) {
		StringBuilder cypher = new StringBuilder(NodeRepository.lookup("id", "centre")).append("""
				CALL (centre) {
				  MATCH (centre)--(m) WHERE m <> centre AND m.id IS NOT NULL
				  WITH DISTINCT m ORDER BY m.id LIMIT $limit
				  RETURN collect(m) AS ring
				}
				// The centre and as much of the ring as fits; the ring had more when it filled the limit.
				WITH [centre] + ring[0..$limit - 1] AS seen, ring[0..$limit - 1] AS frontier, size(ring) >= $limit AS truncated
				""");
		for (int level = 2; level <= depth; level++) {
			// LIMIT takes no variables: each ring asks for at most the limit, then keeps what still fits.
			cypher.append("""
					CALL (seen, frontier, truncated) {
					  UNWIND CASE WHEN truncated THEN [] ELSE frontier END AS near
					  MATCH (near)--(m) WHERE m.id IS NOT NULL AND NOT m IN seen
					  WITH DISTINCT m ORDER BY m.id LIMIT $limit
					  RETURN collect(m) AS ring
					}
					WITH seen, ring[0..$limit - size(seen)] AS frontier, truncated OR size(ring) > $limit - size(seen) AS truncated
					WITH seen + frontier AS seen, frontier, truncated
					""");
		}
		cypher.append("WITH seen, truncated\n").append(readNodes("seen", nodes));
		if (withEdges) {
			cypher.append("""
					CALL (seen) {
					  UNWIND seen AS a
					  MATCH (a)-[r]->(b) WHERE b IN seen
					  WITH a.id AS from, type(r) AS type, b.id AS to, coalesce(r.kind, r.result) AS label
					  ORDER BY from, type, to
					  RETURN collect({from: from, to: to, type: type, label: label}) AS edges
					}
					""");
		}
		return cypher.append("RETURN truncated")
			.append((nodes != NodeRead.NONE) ? ", nodes" : "")
			.append(withEdges ? ", edges" : "")
			.toString();
	}

	private static Edge edge(Value edge) {
		return new Edge(edge.get("from").asString(), edge.get("to").asString(), edge.get("type").asString(),
				edge.get("label").isNull() ? null : edge.get("label").asString());
	}

}
