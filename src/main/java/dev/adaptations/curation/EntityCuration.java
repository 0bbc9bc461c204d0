package dev.adaptations.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.adaptations.history.ChangeAction;
import dev.adaptations.history.ChangeDraft;
import dev.adaptations.search.SearchFields;
import dev.adaptations.support.ConflictException;
import dev.adaptations.support.InvalidInputException;
import dev.adaptations.support.InvalidInputException.Problem;
import dev.adaptations.support.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Creates, updates and deletes entities. Every input becomes a dataset-format row and is checked like one;
 * updates name the version they read and are refused with {@code CONFLICT} when it moved on.
 */
@Component
final class EntityCuration {

	/** Input fields that are not properties of the entity. */
	private static final String[] NOT_ROW_FIELDS = { "version", "comment", "newSources" };

	private final Curation curation;

	private final InputSchemas schemas;

	private final Citations citations;

	private final Ids ids;

	private final Deletions deletions;

	EntityCuration(Curation curation, InputSchemas schemas, Citations citations, Ids ids, Deletions deletions) {
		this.curation = curation;
		this.schemas = schemas;
		this.citations = citations;
		this.ids = ids;
		this.deletions = deletions;
	}

	Curation.Outcome<String> create(EntityKind kind, Map<String, Object> input) {
		String id = (String) input.get("id");
		return this.curation.write(input, id, write -> {
			List<Problem> problems = new ArrayList<>();
			Map<String, Object> row = Normalized.map(Inputs.withoutNulls(Inputs.without(input, NOT_ROW_FIELDS)));
			if (kind.sourced()) {
				row.put("sources", this.citations.check(write, input, problems));
			}
			problems.addAll(this.schemas.problems(kind.def(), row, "input"));
			this.ids.checkFree(write, id, "input.id", problems);
			checkReferences(write, kind, row, problems);
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			this.citations.createNew(write, input);
			write.run("CREATE (n:%s) SET n = $props".formatted(kind.labels(row.get("kind"))),
					Map.of("props", stored(kind, row, 1, null)));
			writeReferences(write, kind, id, row);
			write.change(new ChangeDraft(ChangeAction.CREATE, kind.label(), id, "created " + kind.noun() + " '" + id + "'")
				.diff(Map.of(), row)
				.version(1));
		});
	}

	Curation.Outcome<String> update(EntityKind kind, Map<String, Object> input) {
		String id = (String) input.get("id");
		int expected = (Integer) input.get("version");
		return this.curation.write(input, id, write -> {
			write.lock(kind.label(), id);
			Current current = read(write, kind, id);
			checkVersion(kind, id, expected, current.version());
			List<Problem> problems = new ArrayList<>();
			List<String> cited = kind.sourced() ? this.citations.check(write, input, problems) : List.of();
			Map<String, Object> row = new LinkedHashMap<>(current.row());
			Inputs.without(input, NOT_ROW_FIELDS).forEach((field, value) -> {
				if (!field.equals("sources")) {
					if (value == null) {
						row.remove(field);
					}
					else {
						row.put(field, Normalized.value(value));
					}
				}
			});
			if (kind.sourced()) {
				row.put("sources", Citations.union(Inputs.strings(current.row(), "sources"), cited));
			}
			problems.addAll(this.schemas.problems(kind.def(), row, "input"));
			checkReferences(write, kind, row, problems);
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			if (row.equals(current.row())) {
				return;
			}
			this.citations.createNew(write, input);
			int version = current.version() + 1;
			write.run("MATCH (n:%s {id: $id}) SET n = $props".formatted(kind.label()),
					Map.of("id", id, "props", stored(kind, row, version, current.dataset())));
			writeReferences(write, kind, id, row);
			String fields = String.join(", ", ChangeDraft.changedFields(current.row(), row));
			write.change(new ChangeDraft(ChangeAction.UPDATE, kind.label(), id,
					"updated " + kind.noun() + " '" + id + "': " + fields)
				.diff(current.row(), row)
				.version(version));
		});
	}

	Curation.Outcome<String> delete(EntityKind kind, Map<String, Object> input) {
		String id = (String) input.get("id");
		int expected = (Integer) input.get("version");
		return this.curation.write(input, id, write -> {
			write.lock(kind.label(), id);
			Current current = read(write, kind, id);
			checkVersion(kind, id, expected, current.version());
			Deletions.Cascade cascade = this.deletions.delete(write, kind, id);
			ChangeDraft change = new ChangeDraft(ChangeAction.DELETE, kind.label(), id,
					"deleted " + kind.noun() + " '" + id + "'" + cascade.summary())
				.diff(current.row(), Map.of());
			cascade.ids().forEach(change::related);
			write.change(change);
		});
	}

	/** A node as read for an update: its row (the fields the dataset format knows) and bookkeeping. */
	private record Current(Map<String, Object> row, int version, @Nullable String dataset) {
	}

	private Current read(Write write, EntityKind kind, String id) {
		String references = kind.references()
			.entrySet()
			.stream()
			.map(entry -> "%s: [(n)-[:%s]->(x:%s) | x.id][0]".formatted(entry.getKey(), entry.getValue().type(),
					entry.getValue().label()))
			.collect(Collectors.joining(", ", "{", "}"));
		var records = write.run("MATCH (n:%s {id: $id}) RETURN properties(n) AS props, %s AS refs"
			.formatted(kind.label(), references), Map.of("id", id));
		if (records.isEmpty()) {
			throw new NotFoundException("input.id", id);
		}
		Map<String, Object> props = records.get(0).get("props").asMap();
		Map<String, Object> row = new LinkedHashMap<>();
		this.schemas.fields(kind.def()).forEach(field -> {
			if (props.get(field) != null) {
				row.put(field, Normalized.value(props.get(field)));
			}
		});
		records.get(0).get("refs").asMap().forEach((field, value) -> {
			if (value != null) {
				row.put(field, value);
			}
		});
		Object version = props.get("version");
		return new Current(row, (version instanceof Number number) ? number.intValue() : 1,
				(String) props.get("dataset"));
	}

	private static void checkVersion(EntityKind kind, String id, int expected, int current) {
		if (expected != current) {
			throw new ConflictException(id, current, "The " + kind.noun() + " '" + id + "' is at version " + current
					+ ", not " + expected + ": someone changed it since you read it; read it again and reapply your change");
		}
	}

	private void checkReferences(Write write, EntityKind kind, Map<String, Object> row, List<Problem> problems) {
		kind.references()
			.forEach((field, reference) -> this.ids.checkExists(write, reference.label(), (String) row.get(field),
					"input." + field, problems));
	}

	private static void writeReferences(Write write, EntityKind kind, String id, Map<String, Object> row) {
		kind.references().forEach((field, reference) -> {
			write.run("MATCH (n:%s {id: $id})-[r:%s]->() DELETE r".formatted(kind.label(), reference.type()),
					Map.of("id", id));
			if (row.get(field) != null) {
				write.run("MATCH (n:%s {id: $id}), (x:%s {id: $ref}) MERGE (n)-[:%s]->(x)".formatted(kind.label(),
						reference.label(), reference.type()), Map.of("id", id, "ref", row.get(field)));
			}
		});
	}

	/** The node's properties: the row without its references, plus version, dataset and search fields. */
	private static Map<String, Object> stored(EntityKind kind, Map<String, Object> row, int version,
			@Nullable String dataset) {
		Map<String, Object> props = new LinkedHashMap<>(row);
		kind.references().keySet().forEach(props::remove);
		props.put("version", version);
		if (dataset != null) {
			props.put("dataset", dataset);
		}
		if (kind.sourced()) {
			SearchFields.add(props);
		}
		return props;
	}

}
