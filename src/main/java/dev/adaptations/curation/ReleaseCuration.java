package dev.adaptations.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;

import dev.adaptations.history.ChangeAction;
import dev.adaptations.history.ChangeDraft;
import dev.adaptations.support.InvalidInputException;
import dev.adaptations.support.InvalidInputException.Problem;
import dev.adaptations.support.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Adds and removes release claims. Claims about the same work, kind and region form a group in which
 * exactly one is preferred: adding a preferred claim demotes the previous one (and says so in the
 * history), and the preferred claim of a group can only be removed by naming the claim preferred instead.
 */
@Component
final class ReleaseCuration {

	private final Curation curation;

	private final InputSchemas schemas;

	private final Citations citations;

	private final Ids ids;

	ReleaseCuration(Curation curation, InputSchemas schemas, Citations citations, Ids ids) {
		this.curation = curation;
		this.schemas = schemas;
		this.citations = citations;
		this.ids = ids;
	}

	Curation.Outcome<String> add(Map<String, Object> input) {
		String id = (String) input.get("id");
		String work = (String) input.get("work");
		return this.curation.write(input, id, write -> {
			List<Problem> problems = new ArrayList<>();
			Map<String, Object> row = Normalized.map(Inputs.withoutNulls(Inputs.without(input, "comment", "newSources")));
			row.put("sources", this.citations.check(write, input, problems));
			problems.addAll(this.schemas.problems("release", row, "input"));
			this.ids.checkFree(write, id, "input.id", problems);
			this.ids.checkExists(write, "Work", work, "input.work", problems);
			this.ids.checkExists(write, "Organization", (String) row.get("platform"), "input.platform", problems);
			write.lock("Work", work);
			List<Record> group = group(write, work, row.get("kind"), row.get("region"));
			boolean preferred = Boolean.TRUE.equals(row.get("preferred"));
			if (!preferred && group.stream().noneMatch(ReleaseCuration::isPreferred)) {
				problems.add(new Problem("input.preferred", "no other " + row.get("kind") + " release of '" + work
						+ "' in this region is preferred, so this one must be"));
			}
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			this.citations.createNew(write, input);
			if (preferred) {
				group.stream().filter(ReleaseCuration::isPreferred).forEach(other -> prefer(write, other, false));
			}
			Map<String, Object> props = new LinkedHashMap<>(row);
			props.remove("work");
			props.remove("platform");
			props.put("version", 1);
			Map<String, Object> parameters = new LinkedHashMap<>();
			parameters.put("work", work);
			parameters.put("platform", row.get("platform"));
			parameters.put("props", props);
			write.run("""
					MATCH (w:Work {id: $work})
					CREATE (e:Event:Release)-[:OF]->(w) SET e = $props
					WITH e
					MATCH (o:Organization {id: $platform})
					CREATE (e)-[:ON]->(o)""", parameters);
			ChangeDraft change = new ChangeDraft(ChangeAction.ADD, "Release", id,
					"added " + row.get("kind") + " release '" + id + "' of '" + work + "'")
				.related(work)
				.diff(Map.of(), row)
				.version(1);
			write.change(change);
		});
	}

	Curation.Outcome<String> remove(Map<String, Object> input) {
		String id = (String) input.get("id");
		String instead = (String) input.get("preferInstead");
		return this.curation.write(input, id, write -> {
			var records = write.run("""
					MATCH (e:Release {id: $id})-[:OF]->(w:Work)
					RETURN w.id AS work, properties(e) AS props, [(e)-[:ON]->(o) | o.id][0] AS platform""",
					Map.of("id", id));
			if (records.isEmpty()) {
				throw new NotFoundException("input.id", id);
			}
			String work = records.get(0).get("work").asString();
			write.lock("Work", work);
			Map<String, Object> props = records.get(0).get("props").asMap();
			List<Record> others = group(write, work, props.get("kind"), props.get("region")).stream()
				.filter(other -> !other.get("id").asString().equals(id))
				.toList();
			if (Boolean.TRUE.equals(props.get("preferred")) && !others.isEmpty()) {
				Record successor = others.stream()
					.filter(other -> other.get("id").asString().equals(instead))
					.findFirst()
					.orElseThrow(() -> new InvalidInputException("input.preferInstead",
							"'" + id + "' is the preferred claim of its group; name one of "
									+ others.stream().map(other -> other.get("id").asString()).toList()
									+ " to prefer instead"));
				prefer(write, successor, true);
			}
			write.run("MATCH (e:Release {id: $id}) DETACH DELETE e", Map.of("id", id));
			Map<String, Object> before = new LinkedHashMap<>(Normalized.map(props));
			before.remove("version");
			before.remove("dataset");
			before.put("work", work);
			if (!records.get(0).get("platform").isNull()) {
				before.put("platform", records.get(0).get("platform").asString());
			}
			write.change(new ChangeDraft(ChangeAction.REMOVE, "Release", id, "removed release '" + id + "'")
				.related(work)
				.diff(before, Map.of()));
		});
	}

	/** The releases of the work with the same kind and region (no region is a region of its own). */
	private static List<Record> group(Write write, String work, @Nullable Object kind, @Nullable Object region) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("work", work);
		parameters.put("kind", kind);
		parameters.put("region", region);
		return write.run("""
				MATCH (e:Release)-[:OF]->(:Work {id: $work})
				WHERE e.kind = $kind AND coalesce(e.region, '') = coalesce($region, '')
				RETURN e.id AS id, coalesce(e.preferred, false) AS preferred, coalesce(e.version, 1) AS version""",
				parameters);
	}

	private static boolean isPreferred(Record release) {
		return release.get("preferred").asBoolean();
	}

	private static void prefer(Write write, Record release, boolean preferred) {
		String id = release.get("id").asString();
		int version = release.get("version").asInt() + 1;
		write.run("MATCH (e:Release {id: $id}) SET e.preferred = $preferred, e.version = $version",
				Map.of("id", id, "preferred", preferred, "version", version));
		write.change(new ChangeDraft(ChangeAction.UPDATE, "Release", id,
				(preferred ? "preferred" : "no longer preferred") + ": release '" + id + "'")
			.diff(Map.of("preferred", !preferred), Map.of("preferred", preferred))
			.version(version));
	}

}
