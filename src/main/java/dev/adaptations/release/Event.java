package dev.adaptations.release;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import dev.adaptations.node.Node;
import dev.adaptations.node.Sourced;

import static dev.adaptations.node.Values.optionalDate;
import static dev.adaptations.node.Values.optionalString;
import static dev.adaptations.node.Values.string;
import static dev.adaptations.node.Values.strings;
import static dev.adaptations.node.Values.versionOf;

/** A dated happening involving works that is not a release: a press conference, a festival. */
public record Event(String id, String kind, String name, @Nullable LocalDate date, String datePrecision,
		@Nullable String venue, @Nullable String region, List<String> workIds, @Nullable String note,
		List<String> sourceIds, int version) implements Node, Sourced {

	/** Cypher for the links read beside an event node {@code e}. */
	public static final String EXTRA = "{works: COLLECT { MATCH (e)-[:OF]->(eventWork:Work) RETURN eventWork.id ORDER BY eventWork.id }}";

	public static Event from(Value node, Value extra) {
		String precision = optionalString(node, "datePrecision");
		return new Event(string(node, "id"), string(node, "kind"), string(node, "name"), optionalDate(node, "date"),
				(precision != null) ? precision : "DAY", optionalString(node, "venue"), optionalString(node, "region"),
				strings(extra, "works"), optionalString(node, "note"), strings(node, "sources"), versionOf(node));
	}

}
