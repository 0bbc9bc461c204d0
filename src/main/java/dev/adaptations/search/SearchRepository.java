package dev.adaptations.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.neo4j.driver.Value;

import dev.adaptations.neo4j.ReadStatements;
import dev.adaptations.node.NodeRepository;
import dev.adaptations.organization.Award;
import dev.adaptations.support.BatchQueries;
import dev.adaptations.work.Work;

import org.springframework.stereotype.Repository;

@Repository
class SearchRepository {

	private static final String SEARCH = """
			CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $limit * 3}) YIELD node, score
			// Between equally good text matches, the better connected node (the novel many works adapt,
			// rather than a story of the same title) and top-level works before their parts come first.
			WITH node, score * (1 + 0.1 * log10(1 + COUNT { (node)--() }))
			  * CASE WHEN node:Work AND EXISTS { (node)-[:PART_OF]->(:Work) } THEN 0.9 ELSE 1.0 END AS score
			ORDER BY score DESC, node.id
			LIMIT $candidates
			WITH node, score, node AS w, node AS a
			RETURN node, score, COUNT { (node)<-[:ADAPTS]-(:Work) } AS adaptedBy,
			  CASE WHEN node:Work THEN 'Work' WHEN node:Person THEN 'Person' WHEN node:Character THEN 'Character'
			       WHEN node:Organization THEN 'Organization' ELSE 'Award' END AS type,
			  CASE WHEN node:Work THEN %s WHEN node:Award THEN %s ELSE {} END AS extra""".formatted(Work.EXTRA, Award.EXTRA);

	private final ReadStatements reads;

	SearchRepository(ReadStatements reads) {
		this.reads = reads;
	}

	/**
	 * The best hits: those one of whose names is exactly the text (folded) first, the original that others
	 * adapt before its adaptations of the same title, then by relevance.
	 */
	List<SearchHit> search(String text, int limit) {
		record Candidate(SearchHit hit, boolean exact, int adaptedBy) {
		}
		String folded = NameVariants.compact(text);
		return this.reads
			.list(SEARCH, BatchQueries.parameters("query", LuceneQuery.of(text), "limit", limit, "candidates", limit * 3),
					record -> {
						SearchHit hit = hit(text, record.get("type").asString(), record.get("node"), record.get("extra"),
								record.get("score").asDouble());
						boolean exact = hit.matched() != null && NameVariants.compact(hit.matched()).equals(folded);
						return new Candidate(hit, exact, record.get("adaptedBy").asInt());
					})
			.stream()
			.sorted(Comparator.comparing((Candidate c) -> !c.exact())
				.thenComparing(c -> c.exact() ? -c.adaptedBy() : 0)
				.thenComparing(c -> -c.hit().score()))
			.limit(limit)
			.map(Candidate::hit)
			.toList();
	}

	private static SearchHit hit(String text, String type, Value node, Value extra, double score) {
		List<String> names = new ArrayList<>();
		for (String field : List.of("title", "name", "originalTitle", "originalName")) {
			if (!node.get(field).isNull()) {
				names.add(node.get(field).asString());
			}
		}
		if (!node.get("aliases").isNull()) {
			names.addAll(node.get("aliases").asList(Value::asString));
		}
		return new SearchHit(NodeRepository.map(type, node, extra), score, BestMatch.of(text, names));
	}

}
