package dev.adaptations.organization;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import dev.adaptations.node.Sourced;

import static dev.adaptations.node.Values.optionalDate;
import static dev.adaptations.node.Values.optionalInt;
import static dev.adaptations.node.Values.optionalString;
import static dev.adaptations.node.Values.string;
import static dev.adaptations.node.Values.strings;

/** A work's nomination for an award, as stored on the NOMINATED_FOR relationship. */
public record Nomination(String awardId, String workId, @Nullable Integer year, @Nullable String category,
		String result, @Nullable LocalDate date, @Nullable String note, @Nullable String confidence,
		List<String> sourceIds) implements Sourced {

	/** Cypher projecting a NOMINATED_FOR relationship {@code n} from work {@code w} to award {@code a}. */
	public static final String PROJECTION = "{award: a.id, work: w.id, year: n.year, category: n.category, result: n.result, date: n.date, note: n.note, confidence: n.confidence, sources: n.sources}";

	public static Nomination from(Value value) {
		return new Nomination(string(value, "award"), string(value, "work"), optionalInt(value, "year"),
				optionalString(value, "category"), string(value, "result"), optionalDate(value, "date"),
				optionalString(value, "note"), optionalString(value, "confidence"), strings(value, "sources"));
	}

}
