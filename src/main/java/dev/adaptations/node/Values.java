package dev.adaptations.node;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * Null-tolerant reads from Neo4j values (nodes, maps and records alike), so that mappers stay one line
 * per field.
 */
public final class Values {

	private Values() {
	}

	public static String string(Value value, String key) {
		return value.get(key).asString();
	}

	public static @Nullable String optionalString(Value value, String key) {
		Value v = value.get(key);
		return v.isNull() ? null : v.asString();
	}

	public static @Nullable Integer optionalInt(Value value, String key) {
		Value v = value.get(key);
		return v.isNull() ? null : v.asInt();
	}

	public static boolean bool(Value value, String key) {
		Value v = value.get(key);
		return !v.isNull() && v.asBoolean();
	}

	public static @Nullable LocalDate optionalDate(Value value, String key) {
		Value v = value.get(key);
		return v.isNull() ? null : v.asLocalDate();
	}

	/**
	 * The node's version for optimistic concurrency: 1 for a node written before versions existed, which
	 * the first curated update then makes 2.
	 */
	public static int versionOf(Value node) {
		Value v = node.get("version");
		return v.isNull() ? 1 : v.asInt();
	}

	public static List<String> strings(Value value, String key) {
		Value v = value.get(key);
		return v.isNull() ? List.of() : v.asList(Value::asString);
	}

}
