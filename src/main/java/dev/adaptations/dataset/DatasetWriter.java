package dev.adaptations.dataset;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import tools.jackson.databind.JsonNode;

import dev.adaptations.search.NameVariants;
import dev.adaptations.work.WorkKind;

import org.springframework.stereotype.Component;

/**
 * Writes a validated dataset into the graph in one transaction: every statement is an
 * {@code UNWIND $rows ... MERGE}, so a second load changes nothing, and a failure leaves the graph as it
 * was. A dataset that changed since it was loaded replaces its earlier version in the same transaction.
 */
@Component
public final class DatasetWriter {

	/** Fields that become relationships rather than properties. */
	private static final Set<String> REFERENCE_FIELDS = Set.of("person", "work", "character", "episodes", "works",
			"presenter", "platform", "part", "whole", "adaptation", "source", "counterpart", "related",
			"organization", "award");

	private static final Set<String> DATE_FIELDS = Set.of("date", "publishedOn");

	private static final Set<String> ORGANIZATION_LINK_TYPES = Set.of("PUBLISHED_BY", "PRODUCED_BY",
			"DISTRIBUTED_BY", "STREAMS_ON", "HOME_VIDEO_BY", "RIGHTS_HOLDER");

	private final Driver driver;

	DatasetWriter(Driver driver) {
		this.driver = driver;
	}

	/** The checksum of the dataset as last loaded, or null when it was never loaded. */
	public @Nullable String loadedChecksum(String datasetId) {
		return this.driver.executableQuery("MATCH (d:Dataset {id: $id}) RETURN d.checksum AS checksum")
			.withParameters(Map.of("id", datasetId))
			.execute()
			.records()
			.stream()
			.findFirst()
			.map(r -> r.get("checksum").asString(null))
			.orElse(null);
	}

	public void write(DatasetFile dataset) {
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> write(tx, dataset));
		}
	}

	private void write(TransactionContext tx, DatasetFile dataset) {
		JsonNode root = dataset.content();
		String id = dataset.id();
		// A changed dataset replaces what it loaded before: its nodes go, with their relationships.
		run(tx, "MATCH (n) WHERE n.dataset = $dataset AND NOT n:Dataset DETACH DELETE n", id, List.of());

		run(tx, """
				UNWIND $rows AS row
				MERGE (s:Source {id: row.id}) SET s += row.props, s.dataset = $dataset""", id,
				rows(root, "sources", false));
		for (WorkKind kind : WorkKind.values()) {
			var works = rows(root, "works", true).stream()
				.filter(row -> kind.name().equals(((Map<?, ?>) row.get("props")).get("kind")))
				.toList();
			// The label comes from the WorkKind enum, never from the file: labels cannot be parameters.
			run(tx, """
					UNWIND $rows AS row
					MERGE (w:Work {id: row.id}) SET w:%s, w += row.props, w.dataset = $dataset"""
				.formatted(kind.typeName()), id, works);
		}
		for (String section : List.of("people:Person", "characters:Character", "organizations:Organization",
				"awards:Award")) {
			String[] parts = section.split(":");
			run(tx, """
					UNWIND $rows AS row
					MERGE (n:%s {id: row.id}) SET n += row.props, n.dataset = $dataset""".formatted(parts[1]), id,
					rows(root, parts[0], true));
		}
		run(tx, """
				UNWIND $rows AS row
				MATCH (a:Award {id: row.id}), (o:Organization {id: row.ref.presenter})
				MERGE (a)-[:PRESENTED_BY]->(o)""", id, withRef(root, "awards", "presenter"));
		run(tx, """
				UNWIND $rows AS row
				MERGE (e:Event {id: row.id}) SET e += row.props, e.dataset = $dataset
				WITH e, row UNWIND row.ref.works AS workId
				MATCH (w:Work {id: workId}) MERGE (e)-[:OF]->(w)""", id, rows(root, "events", false));
		run(tx, """
				UNWIND $rows AS row
				MATCH (w:Work {id: row.ref.work})
				MERGE (e:Event:Release {id: row.id}) SET e += row.props, e.dataset = $dataset
				MERGE (e)-[:OF]->(w)""", id, rows(root, "releases", false));
		run(tx, """
				UNWIND $rows AS row
				MATCH (e:Release {id: row.id}), (o:Organization {id: row.ref.platform})
				MERGE (e)-[:ON]->(o)""", id, withRef(root, "releases", "platform"));
		run(tx, """
				UNWIND $rows AS row
				MATCH (p:Work {id: row.ref.part}), (w:Work {id: row.ref.whole})
				MERGE (p)-[r:PART_OF]->(w) SET r += row.props""", id, rows(root, "partOf", false));
		run(tx, """
				UNWIND $rows AS row
				MATCH (a:Work {id: row.ref.adaptation}), (s:Work {id: row.ref.source})
				MERGE (a)-[r:ADAPTS]->(s) SET r += row.props""", id, rows(root, "adaptations", false));
		run(tx, """
				UNWIND $rows AS row
				MATCH (p:Person {id: row.ref.person}), (w:Work {id: row.ref.work})
				MERGE (r:Role {id: row.id}) SET r += row.props, r.dataset = $dataset
				MERGE (p)-[:HAS_ROLE]->(r)
				MERGE (r)-[:IN]->(w)""", id, rows(root, "credits", false));
		run(tx, """
				UNWIND $rows AS row
				MATCH (r:Role {id: row.id}), (c:Character {id: row.ref.character})
				MERGE (r)-[:AS]->(c)""", id, withRef(root, "credits", "character"));
		run(tx, """
				UNWIND $rows AS row
				MATCH (r:Role {id: row.id})
				UNWIND row.ref.episodes AS episodeId
				MATCH (e:Episode {id: episodeId})
				MERGE (r)-[:IN_EPISODE]->(e)""", id, withRef(root, "credits", "episodes"));
		run(tx, """
				UNWIND $rows AS row
				MATCH (c:Character {id: row.ref.character}), (w:Work {id: row.ref.work})
				MERGE (c)-[r:APPEARS_IN]->(w) SET r += row.props""", id, rows(root, "appearances", false));
		run(tx, """
				UNWIND $rows AS row
				MATCH (c:Character {id: row.ref.character}), (o:Character {id: row.ref.counterpart})
				MERGE (c)-[r:COUNTERPART_OF]->(o) SET r += row.props""", id, rows(root, "counterparts", false));
		run(tx, """
				UNWIND $rows AS row
				MATCH (c:Character {id: row.ref.character}), (o:Character {id: row.ref.related})
				MERGE (c)-[r:RELATED_TO {kind: row.props.kind}]->(o) SET r += row.props""", id,
				rows(root, "characterRelations", false));
		var links = rows(root, "organizationLinks", false).stream()
			.collect(Collectors.groupingBy(row -> (String) ((Map<?, ?>) row.get("props")).get("kind")));
		links.forEach((type, typed) -> {
			if (!ORGANIZATION_LINK_TYPES.contains(type)) {
				throw new IllegalArgumentException("Unknown organization link kind " + type);
			}
			run(tx, """
					UNWIND $rows AS row
					MATCH (w:Work {id: row.ref.work}), (o:Organization {id: row.ref.organization})
					MERGE (w)-[r:%s]->(o) SET r += row.props""".formatted(type), id, typed);
		});
		run(tx, """
				UNWIND $rows AS row
				MATCH (w:Work {id: row.ref.work}), (a:Award {id: row.ref.award})
				MERGE (w)-[r:NOMINATED_FOR {result: row.props.result}]->(a) SET r += row.props""", id,
				rows(root, "nominations", false));
		run(tx, """
				MERGE (d:Dataset {id: $dataset})
				SET d.title = $title, d.checksum = $checksum, d.loadedAt = $loadedAt""",
				Map.of("dataset", id, "title", dataset.title(), "checksum", dataset.checksum(), "loadedAt",
						Instant.now().atZone(ZoneOffset.UTC)));
	}

	private static void run(TransactionContext tx, String cypher, String dataset, List<Map<String, Object>> rows) {
		if (rows.isEmpty() && cypher.startsWith("UNWIND")) {
			return;
		}
		run(tx, cypher, Map.of("dataset", dataset, "rows", rows));
	}

	private static void run(TransactionContext tx, String cypher, Map<String, Object> parameters) {
		tx.run(cypher, parameters).consume();
	}

	/** Rows of a section whose {@code field} is set, for the optional relationships. */
	private static List<Map<String, Object>> withRef(JsonNode root, String section, String field) {
		return rows(root, section, false).stream()
			.filter(row -> ((Map<?, ?>) row.get("ref")).get(field) != null)
			.toList();
	}

	/**
	 * Each row as {@code {id, props, ref}}: its scalar properties (dates as dates) and its references. Named
	 * entities also get the search fields the full-text index covers.
	 */
	private static List<Map<String, Object>> rows(JsonNode root, String section, boolean named) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (JsonNode node : root.path(section)) {
			Map<String, Object> props = new LinkedHashMap<>();
			Map<String, Object> ref = new LinkedHashMap<>();
			node.properties().forEach(entry -> {
				Object value = value(entry.getKey(), entry.getValue());
				if (REFERENCE_FIELDS.contains(entry.getKey())) {
					ref.put(entry.getKey(), value);
				}
				else if (!entry.getKey().equals("id")) {
					props.put(entry.getKey(), value);
				}
			});
			if (named) {
				addSearchFields(props);
			}
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", node.path("id").asString(null));
			row.put("props", props);
			row.put("ref", ref);
			rows.add(row);
		}
		return rows;
	}

	private static void addSearchFields(Map<String, Object> props) {
		List<String> names = new ArrayList<>();
		for (String field : List.of("title", "name", "originalTitle", "originalName")) {
			if (props.get(field) instanceof String name) {
				names.add(name);
			}
		}
		@SuppressWarnings("unchecked")
		List<String> aliases = (props.get("aliases") instanceof List<?> list) ? (List<String>) list : List.of();
		names.addAll(aliases);
		props.put("aliasText", String.join(" | ", aliases));
		props.put("searchVariants", String.join(" | ", NameVariants.of(names)));
	}

	private static Object value(String field, JsonNode value) {
		if (value.isArray()) {
			List<Object> list = new ArrayList<>();
			value.forEach(item -> list.add(value(field, item)));
			return list;
		}
		if (value.isIntegralNumber()) {
			return value.asLong();
		}
		if (value.isNumber()) {
			return value.asDouble();
		}
		if (value.isBoolean()) {
			return value.asBoolean();
		}
		if (value.isNull()) {
			return null;
		}
		return DATE_FIELDS.contains(field) ? LocalDate.parse(value.asString()) : value.asString();
	}

}
