package dev.adaptations.release;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import dev.adaptations.node.Node;
import dev.adaptations.node.Sourced;

import static dev.adaptations.node.Values.bool;
import static dev.adaptations.node.Values.optionalDate;
import static dev.adaptations.node.Values.optionalString;
import static dev.adaptations.node.Values.string;
import static dev.adaptations.node.Values.strings;
import static dev.adaptations.node.Values.versionOf;

/** One claimed release of a work; disagreeing claims are separate releases, one of them preferred. */
public record Release(String id, String workId, String kind, @Nullable LocalDate date, String datePrecision,
		@Nullable String region, @Nullable String venue, @Nullable String platformId, boolean preferred,
		@Nullable String claim, @Nullable String note, @Nullable String confidence, List<String> sourceIds, int version)
		implements Node, Sourced {

	/** Cypher for the links read beside a release node {@code e}. */
	public static final String EXTRA = """
			{work: COLLECT { MATCH (e)-[:OF]->(releaseWork:Work) RETURN releaseWork.id }[0],
			 platform: COLLECT { MATCH (e)-[:ON]->(releasePlatform:Organization) RETURN releasePlatform.id }[0]}""";

	public static Release from(Value node, Value extra) {
		String precision = optionalString(node, "datePrecision");
		return new Release(string(node, "id"), string(extra, "work"), string(node, "kind"), optionalDate(node, "date"),
				(precision != null) ? precision : "DAY", optionalString(node, "region"), optionalString(node, "venue"),
				optionalString(extra, "platform"), bool(node, "preferred"), optionalString(node, "claim"),
				optionalString(node, "note"), optionalString(node, "confidence"), strings(node, "sources"), versionOf(node));
	}

}
