package dev.adaptations.organization;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import dev.adaptations.node.Node;
import dev.adaptations.node.Sourced;

import static dev.adaptations.node.Values.optionalString;
import static dev.adaptations.node.Values.string;
import static dev.adaptations.node.Values.strings;
import static dev.adaptations.node.Values.versionOf;

/** A publisher, production company, distributor, platform, festival or award body. */
public record Organization(String id, String name, @Nullable String originalName, List<String> aliases, String kind,
		@Nullable String country, @Nullable String description, List<String> sourceIds, int version) implements Node, Sourced {

	public static Organization from(Value node) {
		return new Organization(string(node, "id"), string(node, "name"), optionalString(node, "originalName"),
				strings(node, "aliases"), string(node, "kind"), optionalString(node, "country"),
				optionalString(node, "description"), strings(node, "sources"), versionOf(node));
	}

}
