package dev.adaptations.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.neo4j.driver.Record;

import dev.adaptations.history.ChangeAction;
import dev.adaptations.history.ChangeDraft;
import dev.adaptations.support.InvalidInputException;
import dev.adaptations.support.InvalidInputException.Problem;
import dev.adaptations.support.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Adds and removes the facts that link entities: adaptations (with the parts adapted), part-of links,
 * character counterparts and appearances, nominations and organization links. Adding a link that exists
 * restates it: its properties are replaced and its sources extended.
 */
@Component
final class FactCuration {

	private final Curation curation;

	private final InputSchemas schemas;

	private final Citations citations;

	private final Ids ids;

	FactCuration(Curation curation, InputSchemas schemas, Citations citations, Ids ids) {
		this.curation = curation;
		this.schemas = schemas;
		this.citations = citations;
		this.ids = ids;
	}

	/** The two ends and type of the link a mutation added or removed. */
	record Link(String from, String type, String to) {
	}

	Curation.Outcome<Link> add(LinkKind kind, Map<String, Object> input) {
		String from = (String) input.get(kind.from());
		String to = (String) input.get(kind.to());
		String type = kind.type(input);
		List<String> parts = Inputs.strings(input, "parts");
		return this.curation.write(input, new Link(from, type, to), write -> {
			List<Problem> problems = new ArrayList<>();
			Map<String, Object> row = Normalized
				.map(Inputs.withoutNulls(Inputs.without(input, "comment", "newSources", "parts")));
			List<String> cited = this.citations.check(write, input, problems);
			row.put("sources", cited);
			problems.addAll(this.schemas.problems(kind.def(), row, "input"));
			this.ids.checkExists(write, kind.fromLabel(), from, "input." + kind.from(), problems);
			this.ids.checkExists(write, kind.toLabel(), to, "input." + kind.to(), problems);
			checkShape(write, kind, from, to, parts, problems);
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			write.lock(kind.fromLabel(), from);
			this.citations.createNew(write, input);
			Map<String, Object> props = new LinkedHashMap<>();
			row.forEach((field, value) -> {
				if (kind.isProperty(field)) {
					props.put(field, value);
				}
			});
			List<String> targets = new ArrayList<>(List.of(to));
			targets.addAll(parts);
			for (String target : targets) {
				upsert(write, kind, type, from, target, props, cited);
			}
		});
	}

	Curation.Outcome<Link> remove(LinkKind kind, Map<String, Object> input) {
		String from = (String) input.get(kind.from());
		String to = (String) input.get(kind.to());
		String type = kind.type(input);
		Map<String, Object> key = Normalized.map(Inputs.without(input, "comment", "includeParts"));
		return this.curation.write(input, new Link(from, type, to), write -> {
			write.lock(kind.fromLabel(), from);
			List<String> targets = new ArrayList<>(List.of(to));
			if (kind == LinkKind.ADAPTATION && !Boolean.FALSE.equals(input.get("includeParts"))) {
				write.run("""
						MATCH (:Work {id: $from})-[:ADAPTS]->(p:Work)-[:PART_OF]->+(:Work {id: $to})
						RETURN DISTINCT p.id AS id""", Map.of("from", from, "to", to))
					.forEach(record -> targets.add(record.get("id").asString()));
			}
			int removed = 0;
			for (String target : targets) {
				for (Record link : links(write, kind, type, from, target)) {
					Map<String, Object> props = link.get("props").asMap();
					if (target.equals(to) && !matches(kind, props, key)) {
						continue;
					}
					write.run("MATCH ()-[r]->() WHERE elementId(r) = $rid DELETE r", Map.of("rid", link.get("rid").asString()));
					write.change(new ChangeDraft(ChangeAction.REMOVE, type, from,
							"removed " + type + " link from '" + from + "' to '" + target + "'")
						.related(target)
						.diff(Normalized.map(props), Map.of()));
					removed++;
				}
			}
			if (removed == 0) {
				throw NotFoundException.because("input",
						"there is no " + type + " link from '" + from + "' to '" + to + "' matching the input");
			}
		});
	}

	private void upsert(Write write, LinkKind kind, String type, String from, String to, Map<String, Object> props,
			List<String> cited) {
		Record existing = links(write, kind, type, from, to).stream()
			.filter(link -> matches(kind, link.get("props").asMap(), props))
			.findFirst()
			.orElse(null);
		Map<String, Object> before = (existing != null) ? Normalized.map(existing.get("props").asMap()) : Map.of();
		Map<String, Object> after = new LinkedHashMap<>(props);
		after.put("sources", Citations.union(Inputs.strings(before, "sources"), cited));
		if (after.equals(before)) {
			return;
		}
		if (existing != null) {
			write.run("MATCH ()-[r]->() WHERE elementId(r) = $rid SET r = $props",
					Map.of("rid", existing.get("rid").asString(), "props", after));
		}
		else {
			write.run("MATCH (a:%s {id: $from}), (b:%s {id: $to}) CREATE (a)-[r:%s]->(b) SET r = $props"
				.formatted(kind.fromLabel(), kind.toLabel(), type), Map.of("from", from, "to", to, "props", after));
		}
		write.change(new ChangeDraft(ChangeAction.ADD, type, from,
				((existing != null) ? "restated " : "added ") + type + " link from '" + from + "' to '" + to + "'")
			.related(to)
			.diff(before, after));
	}

	private static List<Record> links(Write write, LinkKind kind, String type, String from, String to) {
		return write.run("""
				MATCH (:%s {id: $from})-[r:%s]->(:%s {id: $to})
				RETURN elementId(r) AS rid, properties(r) AS props""".formatted(kind.fromLabel(), type, kind.toLabel()),
				Map.of("from", from, "to", to));
	}

	/** Whether a link's properties agree with the input on the fields that tell links apart. */
	private static boolean matches(LinkKind kind, Map<String, Object> props, Map<String, Object> input) {
		return kind.keys()
			.stream()
			.allMatch(key -> Objects.equals(Normalized.value(props.get(key)), Normalized.value(input.get(key))));
	}

	/** Links that would make no sense in the graph: to itself, in a cycle, a part with two wholes. */
	private void checkShape(Write write, LinkKind kind, String from, String to, List<String> parts,
			List<Problem> problems) {
		if (from.equals(to) && kind != LinkKind.APPEARANCE && kind != LinkKind.NOMINATION
				&& kind != LinkKind.ORGANIZATION_LINK) {
			problems.add(new Problem("input." + kind.to(), "a link from '" + from + "' to itself"));
			return;
		}
		Map<String, Object> ends = Map.of("from", from, "to", to);
		if (kind == LinkKind.PART_OF) {
			write.run("MATCH (:Work {id: $from})-[:PART_OF]->(w:Work) WHERE w.id <> $to RETURN w.id AS id", ends)
				.forEach(record -> problems.add(new Problem("input.part", "'" + from + "' is already part of '"
						+ record.get("id").asString() + "'; remove that link first")));
			if (!write.run("MATCH (:Work {id: $to})-[:PART_OF]->+(:Work {id: $from}) RETURN 1 LIMIT 1", ends).isEmpty()) {
				problems.add(new Problem("input.whole", "'" + to + "' is itself a part of '" + from + "'"));
			}
		}
		if (kind == LinkKind.ADAPTATION) {
			if (!write.run("MATCH (:Work {id: $to})-[:ADAPTS]->+(:Work {id: $from}) RETURN 1 LIMIT 1", ends).isEmpty()) {
				problems.add(new Problem("input.source", "'" + to + "' already adapts '" + from + "', directly or not"));
			}
			for (int i = 0; i < parts.size(); i++) {
				if (write.run("MATCH (:Work {id: $part})-[:PART_OF]->+(:Work {id: $to}) RETURN 1 LIMIT 1",
						Map.of("part", parts.get(i), "to", to)).isEmpty()) {
					problems.add(new Problem("input.parts[" + i + "]", "'" + parts.get(i) + "' is not a part of '" + to + "'"));
				}
			}
		}
	}

}
