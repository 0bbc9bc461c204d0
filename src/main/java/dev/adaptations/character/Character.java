package dev.adaptations.character;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import dev.adaptations.node.Node;
import dev.adaptations.node.Sourced;

import static dev.adaptations.node.Values.optionalString;
import static dev.adaptations.node.Values.string;
import static dev.adaptations.node.Values.strings;
import static dev.adaptations.node.Values.versionOf;

/** A fictional person. */
public record Character(String id, String name, @Nullable String originalName, List<String> aliases,
		@Nullable String description, @Nullable String note, @Nullable String confidence, List<String> sourceIds, int version)
		implements Node, Sourced {

	public static Character from(Value node) {
		return new Character(string(node, "id"), string(node, "name"), optionalString(node, "originalName"),
				strings(node, "aliases"), optionalString(node, "description"), optionalString(node, "note"),
				optionalString(node, "confidence"), strings(node, "sources"), versionOf(node));
	}

}
