package dev.adaptations.curation;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.adaptations.work.WorkKind;

/**
 * The entities curators create, update and delete, each with its node label, the dataset-format row it
 * must satisfy, and the references it holds as relationships rather than properties.
 */
enum EntityKind {

	WORK("Work", "work", Map.of()),
	PERSON("Person", "person", Map.of()),
	CHARACTER("Character", "character", Map.of()),
	ORGANIZATION("Organization", "organization", Map.of()),
	AWARD("Award", "award", Map.of("presenter", new Reference("Organization", "PRESENTED_BY"))),
	SOURCE("Source", "source", Map.of());

	private final String label;

	private final String def;

	private final Map<String, Reference> references;

	EntityKind(String label, String def, Map<String, Reference> references) {
		this.label = label;
		this.def = def;
		this.references = references;
	}

	/**
	 * A field that names another entity, stored as a relationship to it.
	 *
	 * @param label the label of the entity it names
	 * @param type the relationship's type
	 */
	record Reference(String label, String type) {
	}

	String label() {
		return this.label;
	}

	String def() {
		return this.def;
	}

	Map<String, Reference> references() {
		return this.references;
	}

	/** Sources are the only entities that cite no sources (and have no names to search by). */
	boolean sourced() {
		return this != SOURCE;
	}

	/** The labels a new node of this kind gets; works get their kind's label too ({@code Work:Film}). */
	String labels(@Nullable Object workKind) {
		if (this == WORK && workKind != null) {
			return "Work:" + WorkKind.valueOf(workKind.toString()).typeName();
		}
		return this.label;
	}

	String noun() {
		return this.label.toLowerCase();
	}

}
