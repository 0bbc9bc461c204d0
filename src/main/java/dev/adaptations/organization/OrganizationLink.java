package dev.adaptations.organization;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import dev.adaptations.node.Sourced;

import static dev.adaptations.node.Values.optionalString;
import static dev.adaptations.node.Values.string;
import static dev.adaptations.node.Values.strings;

/** A work's link to an organization, as stored on a PUBLISHED_BY, PRODUCED_BY, ... relationship. */
record OrganizationLink(String organizationId, String workId, String kind, @Nullable String region,
		@Nullable String note, @Nullable String confidence, List<String> sourceIds) implements Sourced {

	/** The relationship types that link works to organizations. */
	static final String TYPES = "PUBLISHED_BY|PRODUCED_BY|DISTRIBUTED_BY|STREAMS_ON|HOME_VIDEO_BY|RIGHTS_HOLDER";

	/** Cypher projecting such a relationship {@code l} from work {@code w} to organization {@code o}. */
	static final String PROJECTION = "{organization: o.id, work: w.id, kind: type(l), region: l.region, note: l.note, confidence: l.confidence, sources: l.sources}";

	static OrganizationLink from(Value value) {
		return new OrganizationLink(string(value, "organization"), string(value, "work"), string(value, "kind"),
				optionalString(value, "region"), optionalString(value, "note"), optionalString(value, "confidence"),
				strings(value, "sources"));
	}

}
