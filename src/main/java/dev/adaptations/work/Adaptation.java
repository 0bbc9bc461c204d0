package dev.adaptations.work;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import dev.adaptations.node.Sourced;

import static dev.adaptations.node.Values.optionalString;
import static dev.adaptations.node.Values.string;
import static dev.adaptations.node.Values.strings;

/** One work adapting another, as stored on the {@code ADAPTS} relationship. */
public record Adaptation(String sourceId, String adaptationId, String kind, @Nullable String note,
		@Nullable String confidence, List<String> sourceIds) implements Sourced {

	/** Cypher projecting an {@code ADAPTS} relationship {@code a} from work {@code adaptation} to {@code original}. */
	public static final String PROJECTION = "{source: original.id, adaptation: adaptation.id, kind: a.kind, note: a.note, confidence: a.confidence, sources: a.sources}";

	public static Adaptation from(Value value) {
		return new Adaptation(string(value, "source"), string(value, "adaptation"), string(value, "kind"),
				optionalString(value, "note"), optionalString(value, "confidence"), strings(value, "sources"));
	}

}
