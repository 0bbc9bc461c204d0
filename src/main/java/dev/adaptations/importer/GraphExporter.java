package dev.adaptations.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Writes the graph, or one adaptation family, as an {@code adaptation-graph/v1} dataset: the same format
 * the importer reads, so an export imports into an empty database as the same graph. Rows are sorted by id
 * (relationship rows by their ends) and fields follow the schema's order, so exporting the same graph twice
 * gives the same file. Rows stream from the database to the output; only the family's ids are held.
 * <p>
 * Bookkeeping ({@code version}, {@code dataset}) and derived search fields are not exported, nor any
 * property the format does not define.
 */
@Component
final class GraphExporter {

	/** The sections in the order of the format's documentation, with the query for each. */
	private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

	static {
		SECTIONS.put("works", entity("Work", "works", "{}"));
		SECTIONS.put("people", entity("Person", "people", "{}"));
		SECTIONS.put("characters", entity("Character", "characters", "{}"));
		SECTIONS.put("organizations", entity("Organization", "organizations", "{}"));
		SECTIONS.put("awards", entity("Award", "awards", """
				{presenter: COLLECT { MATCH (n)-[:PRESENTED_BY]->(o:Organization)
				  WHERE $all OR o.id IN $scope.organizations RETURN o.id ORDER BY o.id }[0]}"""));
		SECTIONS.put("events", """
				MATCH (n:Event) WHERE NOT n:Release AND ($all OR n.id IN $scope.events)
				RETURN properties(n) AS props,
				  {works: COLLECT { MATCH (n)-[:OF]->(w:Work) WHERE $all OR w.id IN $scope.works RETURN w.id ORDER BY w.id }} AS refs
				ORDER BY n.id""");
		SECTIONS.put("partOf", """
				MATCH (a:Work)-[r:PART_OF]->(b:Work) WHERE $all OR (a.id IN $scope.works AND b.id IN $scope.works)
				RETURN properties(r) AS props, {part: a.id, whole: b.id} AS refs ORDER BY a.id, b.id""");
		SECTIONS.put("adaptations", """
				MATCH (a:Work)-[r:ADAPTS]->(b:Work) WHERE $all OR (a.id IN $scope.works AND b.id IN $scope.works)
				RETURN properties(r) AS props, {adaptation: a.id, source: b.id} AS refs ORDER BY a.id, b.id""");
		SECTIONS.put("credits", entity("Role", "credits", """
				{person: COLLECT { MATCH (p:Person)-[:HAS_ROLE]->(n) RETURN p.id ORDER BY p.id }[0],
				  work: COLLECT { MATCH (n)-[:IN]->(w:Work) RETURN w.id ORDER BY w.id }[0],
				  character: COLLECT { MATCH (n)-[:AS]->(c:Character) RETURN c.id ORDER BY c.id }[0],
				  episodes: COLLECT { MATCH (n)-[:IN_EPISODE]->(e:Episode) WHERE $all OR e.id IN $scope.works
				    RETURN e.id ORDER BY e.id }}"""));
		SECTIONS.put("appearances", """
				MATCH (c:Character)-[r:APPEARS_IN]->(w:Work)
				WHERE $all OR (c.id IN $scope.characters AND w.id IN $scope.works)
				RETURN properties(r) AS props, {character: c.id, work: w.id} AS refs ORDER BY c.id, w.id""");
		SECTIONS.put("counterparts", """
				MATCH (c:Character)-[r:COUNTERPART_OF]->(o:Character)
				WHERE $all OR (c.id IN $scope.characters AND o.id IN $scope.characters)
				RETURN properties(r) AS props, {character: c.id, counterpart: o.id} AS refs ORDER BY c.id, o.id""");
		SECTIONS.put("characterRelations", """
				MATCH (c:Character)-[r:RELATED_TO]->(o:Character)
				WHERE $all OR (c.id IN $scope.characters AND o.id IN $scope.characters)
				RETURN properties(r) AS props, {character: c.id, related: o.id} AS refs ORDER BY c.id, o.id, r.kind""");
		SECTIONS.put("organizationLinks", """
				MATCH (w:Work)-[r:PUBLISHED_BY|PRODUCED_BY|DISTRIBUTED_BY|STREAMS_ON|HOME_VIDEO_BY|RIGHTS_HOLDER]->(o:Organization)
				WHERE $all OR (w.id IN $scope.works AND o.id IN $scope.organizations)
				RETURN properties(r) AS props, {work: w.id, organization: o.id, kind: type(r)} AS refs
				ORDER BY w.id, type(r), o.id""");
		SECTIONS.put("nominations", """
				MATCH (w:Work)-[r:NOMINATED_FOR]->(a:Award)
				WHERE $all OR (w.id IN $scope.works AND a.id IN $scope.awards)
				RETURN properties(r) AS props, {work: w.id, award: a.id} AS refs
				ORDER BY w.id, a.id, r.year, r.result, r.category""");
		SECTIONS.put("releases", entity("Release", "releases", """
				{work: COLLECT { MATCH (n)-[:OF]->(w:Work) RETURN w.id ORDER BY w.id }[0],
				  platform: COLLECT { MATCH (n)-[:ON]->(o:Organization) RETURN o.id ORDER BY o.id }[0]}"""));
	}

	private static final String SOURCES = entity("Source", "sources", "{}");

	private final Driver driver;

	private final YAMLMapper yaml = YAMLMapper.builder().disable(YAMLWriteFeature.WRITE_DOC_START_MARKER).build();

	/** Each section's fields in the schema's order: the order rows are written in. */
	private final Map<String, List<String>> fields = new LinkedHashMap<>();

	GraphExporter(Driver driver) {
		this.driver = driver;
		try (InputStream in = new ClassPathResource("datasets/dataset.schema.json").getInputStream()) {
			JsonNode schema = JsonMapper.builder().build().readTree(in);
			schema.path("properties").properties().forEach(section -> {
				String ref = section.getValue().path("items").path("$ref").asString("");
				if (!ref.isEmpty()) {
					JsonNode definition = schema.at(ref.substring(1));
					List<String> names = new ArrayList<>();
					definition.path("properties").propertyNames().forEach(names::add);
					this.fields.put(section.getKey(), names);
				}
			});
		}
		catch (IOException ex) {
			throw new IllegalStateException("The dataset schema is missing from the classpath", ex);
		}
	}

	/** What an export wrote: rows per section. */
	record Report(Map<String, Long> records) {

		long total() {
			return this.records.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	/** Nothing to export: no such work, or an empty graph. */
	static final class NothingToExportException extends RuntimeException {

		NothingToExportException(String message) {
			super(message);
		}

	}

	/**
	 * Writes the whole graph, or the family of {@code familyWorkId}, to {@code out} (not closed).
	 * @throws NothingToExportException when the work does not exist or the graph holds no source
	 */
	Report export(@Nullable String familyWorkId, OutputStream out) {
		ExportScope scope;
		if (familyWorkId == null) {
			scope = ExportScope.ALL;
		}
		else {
			scope = ExportScope.family(this.driver, familyWorkId)
				.orElseThrow(() -> new NothingToExportException("there is no work with the id '" + familyWorkId + "'"));
			// A family cites some sources only: a first, discarded pass over its rows finds them.
			TreeSet<String> cited = new TreeSet<>();
			ExportScope withoutSources = scope;
			SECTIONS.forEach((section, cypher) -> rows(section, cypher, withoutSources, row -> {
				if (row.get("sources") instanceof List<?> sources) {
					sources.forEach(source -> cited.add((String) source));
				}
			}));
			scope = scope.withSources(List.copyOf(cited));
		}
		Map<String, Long> records = new LinkedHashMap<>();
		try (JsonGenerator generator = this.yaml.createGenerator(out)) {
			generator.writeStartObject();
			generator.writeName("format");
			generator.writeString("adaptation-graph/v1");
			generator.writeName("dataset");
			generator.writeStartObject();
			if (familyWorkId == null) {
				generator.writeStringProperty("id", "graph-export");
				generator.writeStringProperty("title", "Export of the adaptation graph");
			}
			else {
				generator.writeStringProperty("id", familyId(familyWorkId));
				generator.writeStringProperty("title", "Adaptation family of " + scope.title);
			}
			generator.writeEndObject();
			section(generator, "sources", SOURCES, scope, records);
			if (records.getOrDefault("sources", 0L) == 0) {
				throw new NothingToExportException("the graph holds no sources, so there is nothing to export");
			}
			for (var section : SECTIONS.entrySet()) {
				section(generator, section.getKey(), section.getValue(), scope, records);
			}
			generator.writeEndObject();
		}
		return new Report(records);
	}

	private void section(JsonGenerator generator, String section, String cypher, ExportScope scope,
			Map<String, Long> records) {
		long[] count = { 0 };
		rows(section, cypher, scope, row -> {
			if (count[0]++ == 0) {
				generator.writeName(section);
				generator.writeStartArray();
			}
			generator.writePOJO(row);
		});
		if (count[0] > 0) {
			generator.writeEndArray();
			records.put(section, count[0]);
		}
	}

	/** Streams the rows of a section: the driver fetches records in batches as they are consumed. */
	private void rows(String section, String cypher, ExportScope scope, Consumer<Map<String, Object>> consumer) {
		List<String> names = this.fields.get(section);
		// Auto-commit, not a retried transaction function: a retry would write rows to the output twice.
		try (var session = this.driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			var result = session.run(cypher, scope.parameters());
			while (result.hasNext()) {
				var record = result.next();
				Map<String, Object> props = record.get("props").asMap();
				Map<String, Object> refs = record.get("refs").asMap();
				Map<String, Object> row = new LinkedHashMap<>();
				for (String name : names) {
					Object value = refs.containsKey(name) ? refs.get(name) : props.get(name);
					if (value != null && !(value instanceof List<?> list && list.isEmpty() && refs.containsKey(name))) {
						row.put(name, plain(value));
					}
				}
				consumer.accept(row);
			}
		}
	}

	private static Object plain(Object value) {
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(GraphExporter::plain).toList();
		}
		return value;
	}

	/** A slug for the family's dataset id, within the format's 120 characters. */
	private static String familyId(String workId) {
		String id = workId + "-family";
		return (id.length() <= 120) ? id : "family-export";
	}

	private static String entity(String label, String scopeKey, String refs) {
		return """
				MATCH (n:%s) WHERE $all OR n.id IN $scope.%s
				RETURN properties(n) AS props, %s AS refs
				ORDER BY n.id""".formatted(label, scopeKey, refs);
	}

}
