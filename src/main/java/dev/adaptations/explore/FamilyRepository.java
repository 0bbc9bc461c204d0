package dev.adaptations.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


import dev.adaptations.work.Adaptation;
import dev.adaptations.work.Work;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Finds adaptation families: the works connected to a work through adaptation and composition links in
 * either direction (so a series part adapting a story joins the story's book), grouped by top-level work.
 */
@Repository
class FamilyRepository {

	/**
	 * Binds {@code member} to every work of the family of {@code $workId}. Ten hops reach from an episode
	 * through its part and series to the book, its stories, translations and their adaptations.
	 */
	static final String MEMBERS = """
			MATCH (start:Work {id: $workId})
			MATCH (start)-[:PART_OF|ADAPTS*0..10]-(member:Work)
			WITH DISTINCT member
			""";

	private static final String FAMILY = MEMBERS + """
			WITH collect(member) AS members
			UNWIND members AS w
			OPTIONAL MATCH (w)-[a:ADAPTS]->(original:Work)
			WITH members, w, CASE WHEN a IS NULL THEN null ELSE {source: original.id, adaptation: w.id, kind: a.kind,
			  note: a.note, confidence: a.confidence, sources: a.sources} END AS adaptation
			WITH members, w, collect(adaptation) AS adaptations
			RETURN w AS n, %s AS extra,
			  COLLECT { MATCH (w)-[:PART_OF*0..3]->(top:Work) WHERE NOT EXISTS { (top)-[:PART_OF]->(:Work) } RETURN top.id }[0] AS top,
			  adaptations""".formatted(Work.EXTRA);

	private final Neo4jClient client;

	FamilyRepository(Neo4jClient client) {
		this.client = client;
	}

	Optional<AdaptationFamily> family(String workId) {
		record Member(Work work, String top, List<Adaptation> adaptations) {
		}
		List<Member> members = new ArrayList<>(this.client.query(FAMILY)
			.bind(workId)
			.to("workId")
			.fetchAs(Member.class)
			.mappedBy((types, record) -> new Member(Work.from(record.get("n"), record.get("extra")),
					record.get("top").asString(), record.get("adaptations").asList(Adaptation::from)))
			.all());
		if (members.isEmpty()) {
			return Optional.empty();
		}
		Map<String, String> topById = new LinkedHashMap<>();
		members.forEach(member -> topById.put(member.work().id(), member.top()));
		List<Adaptation> adaptations = members.stream()
			.flatMap(member -> member.adaptations().stream())
			.sorted(Comparator.comparing(Adaptation::adaptationId).thenComparing(Adaptation::sourceId))
			.toList();
		List<Work> tops = members.stream()
			.map(Member::work)
			.filter(work -> work.id().equals(topById.get(work.id())))
			.sorted(Comparator.comparing((Work work) -> (work.year() != null) ? work.year() : Integer.MAX_VALUE)
				.thenComparing(Work::id))
			.toList();
		// The original: a top-level work none of whose parts adapts another top-level work of the family.
		Work root = tops.stream()
			.filter(top -> adaptations.stream()
				.noneMatch(a -> top.id().equals(topById.get(a.adaptationId()))
						&& !top.id().equals(topById.get(a.sourceId()))))
			.findFirst()
			.orElse(tops.get(0));
		return Optional.of(new AdaptationFamily(root, tops, adaptations));
	}

}
