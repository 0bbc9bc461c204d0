package dev.adaptations.source;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import dev.adaptations.node.Node;

import static dev.adaptations.node.Values.optionalDate;
import static dev.adaptations.node.Values.optionalString;
import static dev.adaptations.node.Values.string;
import static dev.adaptations.node.Values.versionOf;

/** Where facts come from. */
public record Source(String id, String title, @Nullable String publisher, @Nullable String url,
		@Nullable LocalDate publishedOn, String kind, @Nullable String reliability, @Nullable String excerpt, int version)
		implements Node {

	public static Source from(Value node) {
		return new Source(string(node, "id"), string(node, "title"), optionalString(node, "publisher"),
				optionalString(node, "url"), optionalDate(node, "publishedOn"), string(node, "kind"),
				optionalString(node, "reliability"), optionalString(node, "excerpt"), versionOf(node));
	}

}
