package dev.adaptations.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.adaptations.work.WorkKind;

/**
 * The Cypher of the two writing passes, one {@code UNWIND $rows AS row MERGE ...} per section and batch.
 * Labels and relationship types cannot be parameters: they come from {@link WorkKind} and fixed sets here,
 * never from the file.
 * <p>
 * A node write is version-aware: a row replaces the node's properties, and when that changes anything the
 * node's {@code version} goes up by one and {@code dataset} names the file's dataset; a row that changes
 * nothing writes nothing, so importing the same file again leaves every node as it was. {@code version}
 * and {@code dataset} are bookkeeping, never compared nor removed.
 */
final class DatasetStatements {

	/** One statement of a batch. */
	record Statement(String cypher, Map<String, Object> parameters) {
	}

	private static final String NODE = """
			UNWIND $rows AS row
			MERGE (n:%s {id: row.id})
			ON CREATE SET n.version = 0
			WITH n, row, n.version AS version,
			  any(k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k])
			  OR any(k IN keys(n) WHERE NOT k IN keys(row.props) AND NOT k IN ['version', 'dataset']) AS changed
			WITH n, row, version, coalesce(version = 0, false) AS created, version IS NULL OR version = 0 OR changed AS write
			FOREACH (_ IN CASE WHEN write THEN [1] ELSE [] END |
			  %s SET n = row.props, n.version = coalesce(version, 0) + 1, n.dataset = $dataset%s)
			RETURN count(CASE WHEN created THEN 1 END) AS created,
			  count(CASE WHEN write AND NOT created THEN 1 END) AS updated, count(*) AS rows""";

	/**
	 * Nodes the graph does not hold yet are created outright: MERGE would look each one up again, lock its
	 * index entry and compare properties that cannot differ. A created node is at version 1, as MERGE leaves it.
	 */
	private static final String CREATE = """
			UNWIND $rows AS row
			CREATE (n:%s)
			SET n = row.props, n.version = 1, n.dataset = $dataset
			RETURN count(*) AS created, 0 AS updated, count(*) AS rows""";

	private static final String EXISTING = """
			UNWIND $ids AS id
			MATCH (n:%s {id: id})
			RETURN collect(n.id) AS existing""";

	private static final String WORK_KIND_LABELS = "REMOVE n:"
			+ String.join(":", java.util.Arrays.stream(WorkKind.values()).map(WorkKind::typeName).toList());

	/** Replaces a relationship's properties only when they differ, so a repeated import writes nothing. */
	private static final String SET_PROPERTIES = """

			WITH r, row WHERE properties(r) <> row.props
			SET r = row.props""";

	private static final String PART_OF = """
			UNWIND $rows AS row
			MATCH (p:Work {id: row.ref.part}), (w:Work {id: row.ref.whole})
			MERGE (p)-[r:PART_OF]->(w)""" + SET_PROPERTIES;

	private static final String ADAPTS = """
			UNWIND $rows AS row
			MATCH (a:Work {id: row.ref.adaptation}), (s:Work {id: row.ref.source})
			MERGE (a)-[r:ADAPTS]->(s)""" + SET_PROPERTIES;

	private static final String APPEARS_IN = """
			UNWIND $rows AS row
			MATCH (c:Character {id: row.ref.character}), (w:Work {id: row.ref.work})
			MERGE (c)-[r:APPEARS_IN]->(w)""" + SET_PROPERTIES;

	private static final String COUNTERPART_OF = """
			UNWIND $rows AS row
			MATCH (c:Character {id: row.ref.character}), (o:Character {id: row.ref.counterpart})
			MERGE (c)-[r:COUNTERPART_OF]->(o)""" + SET_PROPERTIES;

	private static final String RELATED_TO = """
			UNWIND $rows AS row
			MATCH (c:Character {id: row.ref.character}), (o:Character {id: row.ref.related})
			MERGE (c)-[r:RELATED_TO {kind: row.props.kind}]->(o)""" + SET_PROPERTIES;

	private static final String ORGANIZATION_LINK = """
			UNWIND $rows AS row
			MATCH (w:Work {id: row.ref.work}), (o:Organization {id: row.ref.organization})
			MERGE (w)-[r:%s]->(o)""" + SET_PROPERTIES;

	private static final String NOMINATED_FOR = """
			UNWIND $rows AS row
			MATCH (w:Work {id: row.ref.work}), (a:Award {id: row.ref.award})
			MERGE (w)-[r:NOMINATED_FOR {result: row.props.result}]->(a)""" + SET_PROPERTIES;

	private static final String PRESENTED_BY = """
			UNWIND $rows AS row
			WITH row WHERE row.ref.presenter IS NOT NULL
			MATCH (a:Award {id: row.id}), (o:Organization {id: row.ref.presenter})
			MERGE (a)-[:PRESENTED_BY]->(o)""";

	private static final String EVENT_OF = """
			UNWIND $rows AS row
			MATCH (e:Event {id: row.id})
			UNWIND row.ref.works AS workId
			MATCH (w:Work {id: workId})
			MERGE (e)-[:OF]->(w)""";

	/** One statement per batch, so the rows travel once: a release's work, and its platform if it names one. */
	private static final String RELEASE = """
			UNWIND $rows AS row
			MATCH (e:Release {id: row.id}), (w:Work {id: row.ref.work})
			MERGE (e)-[:OF]->(w)
			WITH e, row WHERE row.ref.platform IS NOT NULL
			MATCH (o:Organization {id: row.ref.platform})
			MERGE (e)-[:ON]->(o)""";

	/**
	 * One statement per batch, so the rows travel and the roles are found once: who, in what, as whom (if
	 * anyone), in which episodes (if named).
	 */
	private static final String CREDIT = """
			UNWIND $rows AS row
			MATCH (r:Role {id: row.id}), (p:Person {id: row.ref.person}), (w:Work {id: row.ref.work})
			MERGE (p)-[:HAS_ROLE]->(r)
			MERGE (r)-[:IN]->(w)
			WITH r, row
			CALL (r, row) {
			  WITH r, row WHERE row.ref.character IS NOT NULL
			  MATCH (c:Character {id: row.ref.character})
			  MERGE (r)-[:AS]->(c)
			}
			CALL (r, row) {
			  UNWIND coalesce(row.ref.episodes, []) AS episodeId
			  MATCH (e:Episode {id: episodeId})
			  MERGE (r)-[:IN_EPISODE]->(e)
			}""";

	private DatasetStatements() {
	}

	/** The node writes of a batch of entity rows. */
	static List<Statement> nodes(Section section, List<Map<String, Object>> rows, String dataset) {
		if (section == Section.WORKS) {
			List<Statement> statements = new ArrayList<>();
			byProperty(rows, "kind").forEach((kind, ofKind) -> {
				String label = WorkKind.valueOf(kind).typeName();
				statements.add(statement(NODE.formatted("Work", WORK_KIND_LABELS, ", n:" + label), ofKind, dataset));
			});
			return statements;
		}
		String label = (section == Section.RELEASES) ? "Event:Release" : section.defines().label;
		return List.of(statement(NODE.formatted(label, "", ""), rows, dataset));
	}

	/** The node writes of a batch of entity rows whose ids no node of the graph holds. */
	static List<Statement> creates(Section section, List<Map<String, Object>> rows, String dataset) {
		if (section == Section.WORKS) {
			List<Statement> statements = new ArrayList<>();
			byProperty(rows, "kind").forEach((kind, ofKind) -> statements
				.add(statement(CREATE.formatted("Work:" + WorkKind.valueOf(kind).typeName()), ofKind, dataset)));
			return statements;
		}
		String label = (section == Section.RELEASES) ? "Event:Release" : section.defines().label;
		return List.of(statement(CREATE.formatted(label), rows, dataset));
	}

	/** Which of {@code ids} the graph holds as nodes of the entity {@code section} defines (column {@code existing}). */
	static Statement existing(Section section, List<String> ids) {
		return new Statement(EXISTING.formatted(section.defines().label), Map.of("ids", ids));
	}

	/** The relationship writes of a batch of rows, once every node of every file exists. */
	static List<Statement> relationships(Section section, List<Map<String, Object>> rows) {
		List<String> cypher = switch (section) {
			case AWARDS -> List.of(PRESENTED_BY);
			case EVENTS -> List.of(EVENT_OF);
			case RELEASES -> List.of(RELEASE);
			case CREDITS -> List.of(CREDIT);
			case PART_OF -> List.of(PART_OF);
			case ADAPTATIONS -> List.of(ADAPTS);
			case APPEARANCES -> List.of(APPEARS_IN);
			case COUNTERPARTS -> List.of(COUNTERPART_OF);
			case CHARACTER_RELATIONS -> List.of(RELATED_TO);
			case NOMINATIONS -> List.of(NOMINATED_FOR);
			case ORGANIZATION_LINKS -> List.of();
			default -> throw new IllegalArgumentException(section + " links nothing");
		};
		if (section == Section.ORGANIZATION_LINKS) {
			List<Statement> statements = new ArrayList<>();
			byProperty(rows, "kind").forEach((type, typed) -> {
				if (!GraphRecords.ORGANIZATION_LINK_TYPES.contains(type)) {
					throw new IllegalArgumentException("Unknown organization link kind " + type);
				}
				statements.add(new Statement(ORGANIZATION_LINK.formatted(type), Map.of("rows", typed)));
			});
			return statements;
		}
		return cypher.stream().map(text -> new Statement(text, Map.<String, Object>of("rows", rows))).toList();
	}

	private static Statement statement(String cypher, List<Map<String, Object>> rows, String dataset) {
		return new Statement(cypher, Map.of("rows", rows, "dataset", dataset));
	}

	private static Map<String, List<Map<String, Object>>> byProperty(List<Map<String, Object>> rows, String field) {
		Map<String, List<Map<String, Object>>> grouped = new LinkedHashMap<>();
		for (Map<String, Object> row : rows) {
			String value = (String) ((Map<?, ?>) row.get("props")).get(field);
			grouped.computeIfAbsent(value, v -> new ArrayList<>()).add(row);
		}
		return grouped;
	}

}
