package dev.adaptations.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.adaptations.support.InvalidInputException;

import org.springframework.stereotype.Component;

/**
 * What deleting an entity takes with it, so that no role or edge is left dangling:
 * <ul>
 * <li>a work: its roles, its releases and the events about it alone; refused while other works are
 * parts of it (delete or move the parts first);</li>
 * <li>a person: their roles;</li>
 * <li>a character: its links; roles that portrayed it stay, as credits without a character;</li>
 * <li>an organization or an award: their links (publisher, platform, presenter, nominations);</li>
 * <li>a source: refused while any fact cites it.</li>
 * </ul>
 */
@Component
final class Deletions {

	/** What went with the entity: a description for the history, and the ids of deleted nodes. */
	record Cascade(List<String> descriptions, List<String> ids) {

		String summary() {
			return this.descriptions.isEmpty() ? "" : " with " + String.join(" and ", this.descriptions);
		}

	}

	Cascade delete(Write write, EntityKind kind, String id) {
		List<String> descriptions = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		switch (kind) {
			case WORK -> {
				long parts = count(write, "MATCH (:Work)-[:PART_OF]->(w:Work {id: $id}) RETURN count(*) AS n", id);
				if (parts > 0) {
					throw new InvalidInputException("input.id", "the work '" + id + "' still has " + parts
							+ " part(s); delete them or link them to another work first");
				}
				cascade(write, "MATCH (r:Role)-[:IN]->(:Work {id: $id})", "role", descriptions, ids, id);
				cascade(write, "MATCH (r:Release)-[:OF]->(:Work {id: $id})", "release", descriptions, ids, id);
				cascade(write, "MATCH (r:Event)-[:OF]->(:Work {id: $id}) WHERE NOT r:Release AND COUNT { (r)-[:OF]->() } = 1",
						"event", descriptions, ids, id);
			}
			case PERSON -> cascade(write, "MATCH (:Person {id: $id})-[:HAS_ROLE]->(r:Role)", "role", descriptions, ids,
					id);
			case SOURCE -> {
				long citing = count(write, """
						CALL () { MATCH (n) WHERE $id IN n.sources RETURN count(n) AS n
						  UNION ALL MATCH ()-[r]->() WHERE $id IN r.sources RETURN count(r) AS n }
						RETURN sum(n) AS n""", id);
				if (citing > 0) {
					throw new InvalidInputException("input.id", "the source '" + id + "' is cited by " + citing
							+ " fact(s); cite other sources for them or remove them first");
				}
			}
			default -> {
				// characters, organizations and awards take only their own links with them
			}
		}
		write.run("MATCH (n:%s {id: $id}) DETACH DELETE n".formatted(kind.label()), Map.of("id", id));
		return new Cascade(descriptions, ids);
	}

	private static void cascade(Write write, String match, String noun, List<String> descriptions, List<String> ids,
			String id) {
		var deleted = write.run(match + " WITH DISTINCT r, r.id AS rid DETACH DELETE r RETURN rid", Map.of("id", id))
			.stream()
			.map(record -> record.get("rid").asString())
			.toList();
		if (!deleted.isEmpty()) {
			descriptions.add(deleted.size() + " " + noun + ((deleted.size() == 1) ? "" : "s"));
			ids.addAll(deleted);
		}
	}

	private static long count(Write write, String cypher, String id) {
		return write.run(cypher, Map.of("id", id)).get(0).get("n").asLong();
	}

}
