package dev.adaptations.curation;

import java.util.List;
import java.util.Map;

/**
 * The facts that are relationships between two entities, as curators add and remove them: which input
 * fields name the two ends, the relationship type, the dataset-format row each must satisfy, and the
 * properties that tell two links between the same ends apart (a work's nominations for one award in
 * different years).
 */
enum LinkKind {

	ADAPTATION("adaptation", "adaptation", "Work", "source", "Work", "ADAPTS", List.of()),
	PART_OF("partOf", "part", "Work", "whole", "Work", "PART_OF", List.of()),
	COUNTERPART("counterpart", "character", "Character", "counterpart", "Character", "COUNTERPART_OF", List.of()),
	APPEARANCE("appearance", "character", "Character", "work", "Work", "APPEARS_IN", List.of()),
	NOMINATION("nomination", "work", "Work", "award", "Award", "NOMINATED_FOR", List.of("year", "category")),
	/** The type is the input's {@code kind}: PUBLISHED_BY, STREAMS_ON, ... (closed by the GraphQL enum). */
	ORGANIZATION_LINK("organizationLink", "work", "Work", "organization", "Organization", null, List.of("region"));

	private static final List<String> ORGANIZATION_LINK_TYPES = List.of("PUBLISHED_BY", "PRODUCED_BY",
			"DISTRIBUTED_BY", "STREAMS_ON", "HOME_VIDEO_BY", "RIGHTS_HOLDER");

	private final String def;

	private final String from;

	private final String fromLabel;

	private final String to;

	private final String toLabel;

	private final String type;

	private final List<String> keys;

	LinkKind(String def, String from, String fromLabel, String to, String toLabel, String type, List<String> keys) {
		this.def = def;
		this.from = from;
		this.fromLabel = fromLabel;
		this.to = to;
		this.toLabel = toLabel;
		this.type = type;
		this.keys = keys;
	}

	String def() {
		return this.def;
	}

	String from() {
		return this.from;
	}

	String fromLabel() {
		return this.fromLabel;
	}

	String to() {
		return this.to;
	}

	String toLabel() {
		return this.toLabel;
	}

	List<String> keys() {
		return this.keys;
	}

	/** The relationship type for this input; never taken from the input unchecked (types cannot be parameters). */
	String type(Map<String, Object> input) {
		if (this.type != null) {
			return this.type;
		}
		Object kind = input.get("kind");
		if (kind == null || !ORGANIZATION_LINK_TYPES.contains(kind.toString())) {
			throw new IllegalArgumentException("Unknown organization link kind");
		}
		return kind.toString();
	}

	/** Fields of the row that become relationship properties (not the ends; not the type). */
	boolean isProperty(String field) {
		return !field.equals(this.from) && !field.equals(this.to) && !(this.type == null && field.equals("kind"));
	}

}
