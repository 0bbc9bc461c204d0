package dev.adaptations.dataset;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Finds which of some ids already name an entity in the graph, and of what type: a file may refer to what
 * an earlier import wrote, and may not give an existing id to an entity of another type.
 */
@FunctionalInterface
interface GraphLookup {

	/** A lookup that finds nothing, for checking that a file stands on its own. */
	GraphLookup NONE = ids -> Map.of();

	/** For each id found: its entity type and, for works, the label of its kind. */
	Map<String, Found> find(Collection<String> ids);

	/**
	 * What the graph holds under an id.
	 *
	 * @param type the entity type
	 * @param labels the node's labels (the work kind is one of them)
	 */
	record Found(EntityType type, List<String> labels) {
	}

	/**
	 * Whether the graph holds any entity at all. On a first start it holds none, and every look-up is known to find
	 * nothing before it is planned: the statements skipped are most of what a cold Cypher runtime would plan.
	 */
	static boolean anyEntity(SimpleQueryRunner runner) {
		return runner.run("""
				RETURN EXISTS { MATCH (n) WHERE n:Source OR n:Work OR n:Person OR n:Character OR n:Organization
				  OR n:Award OR n:Event OR n:Role } AS any""")
			.single()
			.get("any")
			.asBoolean();
	}

	/**
	 * Looks ids up with one index seek per label: a node lookup by id without a label would scan the whole
	 * graph. Every entity label has a uniqueness constraint on {@code id}.
	 */
	static GraphLookup of(Driver driver) {
		return ids -> {
			Map<String, Found> found = new HashMap<>();
			driver.executableQuery("""
					UNWIND $ids AS id
					CALL (id) {
					  MATCH (n:Source {id: id}) RETURN labels(n) AS labels
					  UNION ALL MATCH (n:Work {id: id}) RETURN labels(n) AS labels
					  UNION ALL MATCH (n:Person {id: id}) RETURN labels(n) AS labels
					  UNION ALL MATCH (n:Character {id: id}) RETURN labels(n) AS labels
					  UNION ALL MATCH (n:Organization {id: id}) RETURN labels(n) AS labels
					  UNION ALL MATCH (n:Award {id: id}) RETURN labels(n) AS labels
					  UNION ALL MATCH (n:Event {id: id}) RETURN labels(n) AS labels
					  UNION ALL MATCH (n:Role {id: id}) RETURN labels(n) AS labels
					}
					RETURN id, labels""")
				.withParameters(Map.of("ids", List.copyOf(ids)))
				.execute()
				.records()
				.forEach(record -> {
					List<String> labels = record.get("labels").asList(value -> value.asString());
					found.putIfAbsent(record.get("id").asString(), new Found(EntityType.fromLabels(labels), labels));
				});
			return found;
		};
	}

}
