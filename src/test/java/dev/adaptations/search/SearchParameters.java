package dev.adaptations.search;

import java.util.Map;

/**
 * The parameters of the hand-tuned search Cypher (benchmark Q4) for a text: the Lucene query the service
 * builds from it and the folded text its exact-match ranking compares names with. Lives in this package
 * to reuse the service's own (package-private) query builder rather than a copy of it.
 */
public final class SearchParameters {

	private SearchParameters() {
	}

	public static Map<String, Object> of(String text) {
		String trimmed = text.strip();
		return Map.of("query", LuceneQuery.of(trimmed), "compact", NameVariants.compact(trimmed));
	}

}
