package dev.adaptations.character;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import dev.adaptations.node.Sourced;

import static dev.adaptations.node.Values.optionalString;
import static dev.adaptations.node.Values.strings;

/** A relationship from one character to another, read in the direction of the character asked about. */
record CharacterRelation(String characterId, String kind, @Nullable String note, List<String> sourceIds)
		implements Sourced {

	/** Kinds that read differently backwards; the others are symmetric. */
	private static final Map<String, String> INVERSE = Map.of("PARENT_OF", "CHILD_OF", "CHILD_OF", "PARENT_OF");

	static CharacterRelation from(Value value) {
		String kind = value.get("kind").asString();
		if (!value.get("outgoing").asBoolean()) {
			kind = INVERSE.getOrDefault(kind, kind);
		}
		return new CharacterRelation(value.get("character").asString(), kind, optionalString(value, "note"),
				strings(value, "sources"));
	}

}
