package dev.adaptations.curation;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.adaptations.node.NodeRepository;
import dev.adaptations.support.InvalidInputException.Problem;

import org.springframework.stereotype.Component;

/** Which ids are taken, and by what: ids are unique across the whole graph, not only per label. */
@Component
final class Ids {

	private static final String TYPE_OF = NodeRepository.lookup("id", "n") + """
			RETURN CASE
			  WHEN n:Work THEN 'work' WHEN n:Person THEN 'person' WHEN n:Role THEN 'role'
			  WHEN n:Character THEN 'character' WHEN n:Organization THEN 'organization' WHEN n:Award THEN 'award'
			  WHEN n:Release THEN 'release' WHEN n:Event THEN 'event' WHEN n:Source THEN 'source' END AS type
			LIMIT 1""";

	/** What the node with this id is ({@code work}, {@code person}, ...), or null when the id is free. */
	@Nullable String typeOf(Write write, String id) {
		var records = write.run(TYPE_OF, Map.of("id", id));
		return records.isEmpty() ? null : records.get(0).get("type").asString();
	}

	void checkFree(Write write, String id, String path, List<Problem> problems) {
		String type = typeOf(write, id);
		if (type != null) {
			problems.add(new Problem(path, "'" + id + "' is already the id of a " + type));
		}
	}

	/** Those of the ids that belong to nodes with this label. */
	Set<String> existing(Write write, String label, Collection<String> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		Set<String> found = new HashSet<>();
		write.run("MATCH (n:%s) WHERE n.id IN $ids RETURN n.id AS id".formatted(label), Map.of("ids", List.copyOf(ids)))
			.forEach(record -> found.add(record.get("id").asString()));
		return found;
	}

	/** Those of the ids that belong to nodes with this label that are parts (at any depth) of the work. */
	Set<String> existingParts(Write write, String label, Collection<String> ids, @Nullable String work) {
		if (ids.isEmpty() || work == null) {
			return Set.of();
		}
		Set<String> found = new HashSet<>();
		write.run("MATCH (n:%s)-[:PART_OF]->+(:Work {id: $work}) WHERE n.id IN $ids RETURN DISTINCT n.id AS id"
			.formatted(label), Map.of("ids", List.copyOf(ids), "work", work))
			.forEach(record -> found.add(record.get("id").asString()));
		return found;
	}

	/** Adds a problem unless the id belongs to a node with this label. */
	void checkExists(Write write, String label, @Nullable String id, String path, List<Problem> problems) {
		if (id != null && existing(write, label, List.of(id)).isEmpty()) {
			problems.add(new Problem(path, "no " + label.toLowerCase() + " has the id '" + id + "'"));
		}
	}

}
