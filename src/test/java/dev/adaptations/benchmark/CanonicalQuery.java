package dev.adaptations.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.adaptations.search.SearchParameters;

/**
 * One of the benchmark's canonical questions, as the GraphQL document a client sends and the hand-tuned
 * Cypher a Neo4j expert would write for the same answer ({@code src/test/resources/benchmark/}). The Cypher
 * returns one row with one column named like the document's root field, holding the same JSON value.
 */
public record CanonicalQuery(String name, String file, String rootField, String graphQl, String cypher) {

	/** Q1 to Q6, in order. */
	public static final List<CanonicalQuery> ALL = List.of(
			load("Q1", "q1-work-adaptations-credits", "work"),
			load("Q2", "q2-person-credits-characters", "person"),
			load("Q3", "q3-series-episodes-directors", "work"),
			load("Q4", "q4-search", "search"),
			load("Q5", "q5-shortest-path", "path"),
			load("Q6", "q6-neighborhood", "neighborhood"));

	public static CanonicalQuery named(String name) {
		return ALL.stream().filter(query -> query.name().equals(name)).findFirst().orElseThrow();
	}

	/**
	 * The Cypher's parameters for the document's variables: the same, plus for search the Lucene query and
	 * folded text that the service derives from {@code text} (a client of the raw database would do the same).
	 */
	public Map<String, Object> cypherParameters(Map<String, Object> variables) {
		Map<String, Object> parameters = new HashMap<>(variables);
		if (variables.get("text") instanceof String text) {
			parameters.putAll(SearchParameters.of(text));
		}
		return parameters;
	}

	/** How deeply the document's selections nest: the most statements a request should ever need. */
	public int depth() {
		int depth = 0;
		int max = 0;
		for (String line : this.graphQl.lines().filter(line -> !line.strip().startsWith("#")).toList()) {
			for (char c : line.toCharArray()) {
				if (c == '{') {
					max = Math.max(max, ++depth);
				}
				else if (c == '}') {
					depth--;
				}
			}
		}
		return max;
	}

	private static CanonicalQuery load(String name, String file, String rootField) {
		return new CanonicalQuery(name, file, rootField, resource(file + ".graphql"), resource(file + ".cypher"));
	}

	private static String resource(String name) {
		try (InputStream in = CanonicalQuery.class.getResourceAsStream("/benchmark/" + name)) {
			if (in == null) {
				throw new IllegalStateException("missing resource benchmark/" + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
