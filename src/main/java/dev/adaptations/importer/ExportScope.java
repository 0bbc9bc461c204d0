package dev.adaptations.importer;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;

/**
 * Which entities an export covers: everything, or one adaptation family, which is the work, every work
 * connected to it through PART_OF and ADAPTS in either direction (the same ten hops as the API's
 * {@code adaptationFamily}), their credits, people, characters, releases, events, nominated awards and
 * the organizations these refer to. Relationships are exported when both their ends are.
 */
final class ExportScope {

	private static final String FAMILY = """
			MATCH (start:Work {id: $workId})
			MATCH (start)-[:PART_OF|ADAPTS*0..10]-(member:Work)
			WITH start.title AS title, collect(DISTINCT member.id) AS works
			CALL (works) {
			  MATCH (r:Role)-[:IN]->(w:Work) WHERE w.id IN works
			  RETURN collect(DISTINCT r.id) AS credits
			}
			CALL (credits) {
			  MATCH (p:Person)-[:HAS_ROLE]->(r:Role) WHERE r.id IN credits
			  RETURN collect(DISTINCT p.id) AS people
			}
			CALL (works, credits) {
			  CALL (works, credits) {
			    MATCH (r:Role)-[:AS]->(c:Character) WHERE r.id IN credits RETURN c
			    UNION
			    MATCH (c:Character)-[:APPEARS_IN]->(w:Work) WHERE w.id IN works RETURN c
			  }
			  RETURN collect(DISTINCT c.id) AS characters
			}
			CALL (works) {
			  MATCH (e:Release)-[:OF]->(w:Work) WHERE w.id IN works
			  RETURN collect(DISTINCT e.id) AS releases
			}
			CALL (works) {
			  MATCH (e:Event)-[:OF]->(w:Work) WHERE w.id IN works AND NOT e:Release
			  RETURN collect(DISTINCT e.id) AS events
			}
			CALL (works) {
			  MATCH (w:Work)-[:NOMINATED_FOR]->(a:Award) WHERE w.id IN works
			  RETURN collect(DISTINCT a.id) AS awards
			}
			CALL (works, releases, awards) {
			  CALL (works, releases, awards) {
			    MATCH (e:Release)-[:ON]->(o:Organization) WHERE e.id IN releases RETURN o
			    UNION
			    MATCH (w:Work)-[:PUBLISHED_BY|PRODUCED_BY|DISTRIBUTED_BY|STREAMS_ON|HOME_VIDEO_BY|RIGHTS_HOLDER]->(o:Organization)
			    WHERE w.id IN works RETURN o
			    UNION
			    MATCH (a:Award)-[:PRESENTED_BY]->(o:Organization) WHERE a.id IN awards RETURN o
			  }
			  RETURN collect(DISTINCT o.id) AS organizations
			}
			RETURN title, {works: works, credits: credits, people: people, characters: characters,
			  releases: releases, events: events, awards: awards, organizations: organizations} AS scope""";

	private static final List<String> KINDS = List.of("works", "credits", "people", "characters", "releases", "events",
			"awards", "organizations", "sources");

	/** Everything in the graph. */
	static final ExportScope ALL = new ExportScope(true, "", Map.of());

	final boolean all;

	/** The family's work title, empty for the whole graph. */
	final String title;

	/** Ids per kind ({@code works}, {@code people}, ..., {@code sources}); empty lists for the whole graph. */
	final Map<String, List<String>> ids;

	private ExportScope(boolean all, String title, Map<String, List<String>> ids) {
		this.all = all;
		this.title = title;
		Map<String, List<String>> complete = new java.util.HashMap<>();
		KINDS.forEach(kind -> complete.put(kind, ids.getOrDefault(kind, List.of())));
		this.ids = Map.copyOf(complete);
	}

	/** The family of {@code workId}, or empty when there is no such work. */
	static Optional<ExportScope> family(Driver driver, String workId) {
		return driver.executableQuery(FAMILY)
			.withParameters(Map.of("workId", workId))
			.execute()
			.records()
			.stream()
			.findFirst()
			.map(record -> new ExportScope(false, record.get("title").asString(""),
					record.get("scope").asMap(value -> value.asList(item -> item.asString()))));
	}

	ExportScope withSources(List<String> sources) {
		Map<String, List<String>> ids = new java.util.HashMap<>(this.ids);
		ids.put("sources", List.copyOf(sources));
		return new ExportScope(this.all, this.title, ids);
	}

	Map<String, Object> parameters() {
		return Map.of("all", this.all, "scope", this.ids);
	}

}
