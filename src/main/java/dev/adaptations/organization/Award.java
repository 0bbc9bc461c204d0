package dev.adaptations.organization;

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

/** A prize. */
public record Award(String id, String name, @Nullable String originalName, List<String> aliases,
		@Nullable String presenterId, @Nullable Integer year, @Nullable String description, List<String> sourceIds, int version)
		implements Node, Sourced {

	/** Cypher for the links read beside an award node {@code a}. */
	public static final String EXTRA = "{presenter: COLLECT { MATCH (a)-[:PRESENTED_BY]->(awardPresenter:Organization) RETURN awardPresenter.id }[0]}";

	public static Award from(Value node, Value extra) {
		return new Award(string(node, "id"), string(node, "name"), optionalString(node, "originalName"),
				strings(node, "aliases"), optionalString(extra, "presenter"), optionalInt(node, "year"),
				optionalString(node, "description"), strings(node, "sources"), versionOf(node));
	}

}
