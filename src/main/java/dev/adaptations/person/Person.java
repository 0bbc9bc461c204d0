package dev.adaptations.person;

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

/** A real person. */
public record Person(String id, String name, @Nullable String originalName, List<String> aliases,
		@Nullable Integer birthYear, @Nullable String description, @Nullable String note, @Nullable String confidence,
		List<String> sourceIds, int version) implements Node, Sourced {

	public static Person from(Value node) {
		return new Person(string(node, "id"), string(node, "name"), optionalString(node, "originalName"),
				strings(node, "aliases"), optionalInt(node, "birthYear"), optionalString(node, "description"),
				optionalString(node, "note"), optionalString(node, "confidence"), strings(node, "sources"), versionOf(node));
	}

}
