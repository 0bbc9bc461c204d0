package dev.adaptations.dataset;

import java.util.List;

/**
 * The kinds of entity a dataset defines by id, each with the label that finds it in the graph. Ids are
 * unique across all of them: a work and a person cannot share one.
 */
enum EntityType {

	SOURCE("source", "Source"), WORK("work", "Work"), PERSON("person", "Person"), CHARACTER("character", "Character"),
	ORGANIZATION("organization", "Organization"), AWARD("award", "Award"), EVENT("event", "Event"),
	RELEASE("release", "Release"), CREDIT("credit", "Role");

	private static final EntityType[] VALUES = values();

	/** How messages name it: "expected a person". */
	final String noun;

	/** The label its nodes carry; releases also carry {@code Event}. */
	final String label;

	EntityType(String noun, String label) {
		this.noun = noun;
		this.label = label;
	}

	static EntityType of(int ordinal) {
		return VALUES[ordinal];
	}

	/** The type of a node from its labels; a release is checked before the event it also is. */
	static EntityType fromLabels(List<String> labels) {
		for (EntityType type : VALUES) {
			if (type != EVENT && labels.contains(type.label)) {
				return type;
			}
		}
		return EVENT;
	}

}
