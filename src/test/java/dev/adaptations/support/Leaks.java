package dev.adaptations.support;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the injection tests check in every response: once the client's own value is taken out (messages may
 * quote it back), nothing reveals the implementation: no stack trace, class or package name, or Cypher.
 */
public final class Leaks {

	private Leaks() {
	}

	public static void assertNothingLeaks(String body, String value, String what) {
		String quoted = escaped(value);
		String rest = body.replace(quoted.substring(1, quoted.length() - 1), "");
		assertThat(rest).as(what)
			.doesNotContainPattern("(?i)exception|\\bat [a-z]+\\.|java\\.|dev\\.adaptations|org\\.neo4j|graphql\\.")
			.doesNotContainPattern("MATCH \\(|UNWIND|RETURN |\\$ids|\\$id\\b");
	}

	/** The value as a JSON string literal, every character outside printable ASCII as a \\u escape. */
	public static String escaped(String value) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20 || c > 0x7e) {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		return json.append('"').toString();
	}

}
