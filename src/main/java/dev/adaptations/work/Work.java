package dev.adaptations.work;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import dev.adaptations.node.Node;
import dev.adaptations.node.Sourced;

import static dev.adaptations.node.Values.optionalInt;
import static dev.adaptations.node.Values.optionalString;
import static dev.adaptations.node.Values.string;
import static dev.adaptations.node.Values.strings;
import static dev.adaptations.node.Values.versionOf;

/**
 * A work of any kind. One record serves the seven GraphQL types implementing {@code Work}: the type is
 * chosen by {@link #kind()} (see the type resolver), and each type exposes the fields that apply to it.
 */
public record Work(String id, WorkKind kind, String title, @Nullable String originalTitle, List<String> aliases,
		@Nullable Integer year, @Nullable String language, @Nullable String country, @Nullable String description,
		@Nullable String note, @Nullable String confidence, @Nullable Integer runtimeMinutes,
		@Nullable Integer episodeCount, @Nullable Integer number, @Nullable String partOfId,
		List<String> sourceIds, int version) implements Node, Sourced {

	/**
	 * Cypher for the extra fields read beside a work node {@code w}; pair with {@link #from(Value, Value)}.
	 */
	public static final String EXTRA = "{partOf: COLLECT { MATCH (w)-[:PART_OF]->(workWhole:Work) RETURN workWhole.id }[0]}";

	public static Work from(Value node, Value extra) {
		return new Work(string(node, "id"), WorkKind.valueOf(string(node, "kind")), string(node, "title"),
				optionalString(node, "originalTitle"), strings(node, "aliases"), optionalInt(node, "year"),
				optionalString(node, "language"), optionalString(node, "country"), optionalString(node, "description"),
				optionalString(node, "note"), optionalString(node, "confidence"), optionalInt(node, "runtimeMinutes"),
				optionalInt(node, "episodeCount"), optionalInt(node, "number"), optionalString(extra, "partOf"),
				strings(node, "sources"), versionOf(node));
	}

}
