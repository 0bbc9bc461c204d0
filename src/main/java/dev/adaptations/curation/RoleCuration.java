package dev.adaptations.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.adaptations.history.ChangeAction;
import dev.adaptations.history.ChangeDraft;
import dev.adaptations.support.InvalidInputException;
import dev.adaptations.support.InvalidInputException.Problem;
import dev.adaptations.support.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Adds and removes roles (credits): a person's part in a work, with the character played and the episodes
 * it is limited to.
 */
@Component
final class RoleCuration {

	private static final List<String> REFERENCES = List.of("person", "work", "character", "episodes");

	private final Curation curation;

	private final InputSchemas schemas;

	private final Citations citations;

	private final Ids ids;

	RoleCuration(Curation curation, InputSchemas schemas, Citations citations, Ids ids) {
		this.curation = curation;
		this.schemas = schemas;
		this.citations = citations;
		this.ids = ids;
	}

	Curation.Outcome<String> add(Map<String, Object> input) {
		String id = (String) input.get("id");
		return this.curation.write(input, id, write -> {
			List<Problem> problems = new ArrayList<>();
			Map<String, Object> row = Normalized.map(Inputs.withoutNulls(Inputs.without(input, "comment", "newSources")));
			row.put("sources", this.citations.check(write, input, problems));
			problems.addAll(this.schemas.problems("credit", row, "input"));
			this.ids.checkFree(write, id, "input.id", problems);
			String work = (String) row.get("work");
			this.ids.checkExists(write, "Person", (String) row.get("person"), "input.person", problems);
			this.ids.checkExists(write, "Work", work, "input.work", problems);
			this.ids.checkExists(write, "Character", (String) row.get("character"), "input.character", problems);
			List<String> episodes = Inputs.strings(row, "episodes");
			Set<String> inWork = this.ids.existingParts(write, "Episode", episodes, work);
			for (int i = 0; i < episodes.size(); i++) {
				if (!inWork.contains(episodes.get(i))) {
					problems.add(new Problem("input.episodes[" + i + "]",
							"'" + episodes.get(i) + "' is not an episode of '" + work + "'"));
				}
			}
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			this.citations.createNew(write, input);
			Map<String, Object> props = new LinkedHashMap<>(row);
			REFERENCES.forEach(props::remove);
			props.put("version", 1);
			write.run("""
					MATCH (p:Person {id: $person}), (w:Work {id: $work})
					CREATE (p)-[:HAS_ROLE]->(r:Role)-[:IN]->(w) SET r = $props
					WITH r
					OPTIONAL MATCH (c:Character {id: $character})
					FOREACH (x IN CASE WHEN c IS NULL THEN [] ELSE [c] END | CREATE (r)-[:AS]->(x))
					WITH r
					UNWIND $episodes AS episodeId
					MATCH (e:Episode {id: episodeId})
					CREATE (r)-[:IN_EPISODE]->(e)""",
					parameters(row, props, episodes));
			ChangeDraft change = new ChangeDraft(ChangeAction.ADD, "Role", id,
					"added " + row.get("kind") + " role '" + id + "' of '" + row.get("person") + "' in '" + work + "'")
				.diff(Map.of(), row)
				.version(1);
			related(row).forEach(change::related);
			write.change(change);
		});
	}

	Curation.Outcome<String> remove(Map<String, Object> input) {
		String id = (String) input.get("id");
		return this.curation.write(input, id, write -> {
			write.lock("Role", id);
			var records = write.run("""
					MATCH (p:Person)-[:HAS_ROLE]->(r:Role {id: $id})-[:IN]->(w:Work)
					RETURN properties(r) AS props, p.id AS person, w.id AS work,
					  [(r)-[:AS]->(c) | c.id][0] AS character, [(r)-[:IN_EPISODE]->(e) | e.id] AS episodes""",
					Map.of("id", id));
			if (records.isEmpty()) {
				throw new NotFoundException("input.id", id);
			}
			var record = records.get(0);
			Map<String, Object> before = new LinkedHashMap<>(Normalized.map(record.get("props").asMap()));
			before.remove("version");
			before.remove("dataset");
			before.put("person", record.get("person").asString());
			before.put("work", record.get("work").asString());
			if (!record.get("character").isNull()) {
				before.put("character", record.get("character").asString());
			}
			List<String> episodes = record.get("episodes").asList(value -> value.asString());
			if (!episodes.isEmpty()) {
				before.put("episodes", episodes);
			}
			write.run("MATCH (r:Role {id: $id}) DETACH DELETE r", Map.of("id", id));
			ChangeDraft change = new ChangeDraft(ChangeAction.REMOVE, "Role", id, "removed role '" + id + "'")
				.diff(before, Map.of());
			related(before).forEach(change::related);
			write.change(change);
		});
	}

	private static List<String> related(Map<String, Object> row) {
		List<String> related = new ArrayList<>();
		for (String field : List.of("person", "work", "character")) {
			if (row.get(field) instanceof String id) {
				related.add(id);
			}
		}
		related.addAll(Inputs.strings(row, "episodes"));
		return related;
	}

	private static Map<String, Object> parameters(Map<String, Object> row, Map<String, Object> props,
			List<String> episodes) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("person", row.get("person"));
		parameters.put("work", row.get("work"));
		parameters.put("character", row.get("character"));
		parameters.put("episodes", episodes);
		parameters.put("props", props);
		return parameters;
	}

}
