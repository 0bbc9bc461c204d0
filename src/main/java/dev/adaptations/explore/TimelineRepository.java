package dev.adaptations.explore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

import static dev.adaptations.node.Values.optionalString;
import static dev.adaptations.node.Values.strings;

/**
 * Collects every dated thing across an adaptation family: releases (every claim, marked preferred or
 * not), other events, and award results.
 */
@Repository
class TimelineRepository {

	private static final String TIMELINE = FamilyRepository.MEMBERS + """
			CALL (member) {
			  MATCH (e:Event)-[:OF]->(member) WHERE e.date IS NOT NULL
			  RETURN {date: e.date, precision: coalesce(e.datePrecision, 'DAY'), kind: e.kind, subject: e.id,
			    release: e:Release, preferred: CASE WHEN e:Release THEN coalesce(e.preferred, false) ELSE true END,
			    sources: e.sources, name: e.name, venue: e.venue, region: e.region, claim: e.claim,
			    platform: COLLECT { MATCH (e)-[:ON]->(o:Organization) RETURN o.name }[0]} AS entry
			  UNION
			  MATCH (member)-[n:NOMINATED_FOR]->(a:Award) WHERE n.date IS NOT NULL OR n.year IS NOT NULL
			  RETURN {date: coalesce(n.date, date({year: n.year})),
			    precision: CASE WHEN n.date IS NULL THEN 'YEAR' ELSE 'DAY' END, kind: 'NOMINATION', subject: a.id,
			    release: false, preferred: true, sources: n.sources, name: a.name, result: n.result,
			    category: n.category} AS entry
			}
			RETURN entry, member.id AS work, member.title AS title, member.kind AS workKind, member.year AS year""";

	private static final Map<String, Integer> KIND_ORDER = Map.of("PUBLICATION", 0, "NOMINATION", 1, "PREMIERE", 2,
			"THEATRICAL", 3, "STREAMING", 4, "BROADCAST", 5, "HOME_VIDEO", 6);

	/** How each kind of release reads, and how its platform joins the sentence. */
	private static final Map<String, String[]> RELEASE_PHRASES = Map.of("PUBLICATION",
			new String[] { "published", " by " }, "PREMIERE", new String[] { "premiere", " on " }, "THEATRICAL",
			new String[] { "theatrical release", " by " }, "STREAMING", new String[] { "streaming", " on " },
			"BROADCAST", new String[] { "broadcast", " on " }, "HOME_VIDEO",
			new String[] { "home video release", " by " });

	private final Neo4jClient client;

	TimelineRepository(Neo4jClient client) {
		this.client = client;
	}

	List<TimelineEntry> timeline(String workId, boolean includeDisputed) {
		Map<String, TimelineEntry> bySubject = new LinkedHashMap<>();
		this.client.query(TIMELINE)
			.bind(workId)
			.to("workId")
			.fetchAs(TimelineEntry.class)
			.mappedBy((types, record) -> entry(record.get("entry"), record.get("work").asString(),
					describe(record.get("title").asString(), record.get("workKind").asString(),
							record.get("year").isNull() ? null : record.get("year").asInt())))
			.all()
			.forEach(entry -> bySubject.putIfAbsent(entry.kind() + " " + entry.subjectId() + " " + entry.workId(),
					entry));
		List<TimelineEntry> entries = new ArrayList<>(bySubject.values());
		entries.removeIf(entry -> !includeDisputed && !entry.preferred());
		entries.sort(Comparator.comparing(TimelineEntry::date)
			.thenComparing(entry -> KIND_ORDER.getOrDefault(entry.kind(), 9))
			.thenComparing(entry -> !entry.preferred())
			.thenComparing(TimelineEntry::label));
		return entries;
	}

	private static TimelineEntry entry(Value entry, String workId, String work) {
		String kind = entry.get("kind").asString();
		String label;
		if (kind.equals("NOMINATION")) {
			String category = optionalString(entry, "category");
			label = work + ": " + entry.get("result").asString().toLowerCase(Locale.ROOT) + ", "
					+ entry.get("name").asString() + ((category != null) ? " (" + category + ")" : "");
		}
		else if (entry.get("release").asBoolean()) {
			label = work + ": " + details(kind, entry);
		}
		else {
			label = entry.get("name").asString();
		}
		LocalDate date = entry.get("date").asLocalDate();
		return new TimelineEntry(date, entry.get("precision").asString(), kind, label, workId,
				entry.get("subject").asString(), entry.get("preferred").asBoolean(), strings(entry, "sources"));
	}

	private static String details(String kind, Value entry) {
		String[] phrase = RELEASE_PHRASES.getOrDefault(kind, new String[] { kind.toLowerCase(Locale.ROOT), " by " });
		StringBuilder details = new StringBuilder(phrase[0]);
		String venue = optionalString(entry, "venue");
		append(details, " at ", venue);
		if (venue == null) {
			append(details, phrase[1], optionalString(entry, "platform"));
		}
		String region = optionalString(entry, "region");
		if (region != null && !region.equalsIgnoreCase("worldwide")) {
			details.append(" (").append(region).append(')');
		}
		String claim = optionalString(entry, "claim");
		if (!entry.get("preferred").asBoolean()) {
			details.append(" (disputed").append((claim != null) ? ": \"" + claim + "\"" : "").append(')');
		}
		return details.toString();
	}

	private static void append(StringBuilder builder, String prefix, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			builder.append(prefix).append(value);
		}
	}

	private static String describe(String title, String kind, @Nullable Integer year) {
		String what = kind.toLowerCase(Locale.ROOT).replace('_', ' ');
		return title + " (" + what + ((year != null) ? ", " + year : "") + ")";
	}

}
