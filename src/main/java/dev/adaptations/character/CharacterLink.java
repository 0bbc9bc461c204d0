package dev.adaptations.character;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import dev.adaptations.node.Sourced;

/**
 * A counterpart of a character, reached through one or more {@code COUNTERPART_OF} links.
 */
record CharacterLink(String characterId, String kind, int distance, List<String> viaIds, @Nullable String note,
		List<String> sourceIds) implements Sourced {

	/** From the loosest link kind down: a chain is as loose as its loosest link. */
	private static final List<String> LOOSENESS = List.of("SAME", "RENAMED", "COMPOSITE", "INSPIRED_BY");

	static CharacterLink from(Value value) {
		List<String> kinds = value.get("kinds").asList(Value::asString);
		String kind = kinds.stream()
			.max(Comparator.comparingInt(CharacterLink::looseness))
			.orElse("SAME");
		List<String> notes = value.get("notes").asList(Value::asString);
		return new CharacterLink(value.get("character").asString(), kind, value.get("distance").asInt(),
				value.get("via").asList(Value::asString), notes.isEmpty() ? null : String.join(" / ", notes),
				List.copyOf(new LinkedHashSet<>(value.get("sources").asList(Value::asString))));
	}

	private static int looseness(String kind) {
		int index = LOOSENESS.indexOf(kind);
		return (index >= 0) ? index : LOOSENESS.size();
	}

}
