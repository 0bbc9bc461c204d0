package dev.adaptations.dataset;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The list sections of a dataset file: which schema definition validates a row, which entity a row defines
 * (if any), and which of its fields are references to other entities rather than properties.
 */
enum Section {

	SOURCES("sources", "source", EntityType.SOURCE, false),
	WORKS("works", "work", EntityType.WORK, true),
	PEOPLE("people", "person", EntityType.PERSON, true),
	CHARACTERS("characters", "character", EntityType.CHARACTER, true),
	ORGANIZATIONS("organizations", "organization", EntityType.ORGANIZATION, true),
	AWARDS("awards", "award", EntityType.AWARD, true, Reference.one("presenter", EntityType.ORGANIZATION)),
	EVENTS("events", "event", EntityType.EVENT, false, Reference.many("works", EntityType.WORK)),
	RELEASES("releases", "release", EntityType.RELEASE, false, Reference.one("work", EntityType.WORK),
			Reference.one("platform", EntityType.ORGANIZATION)),
	CREDITS("credits", "credit", EntityType.CREDIT, false, Reference.one("person", EntityType.PERSON),
			Reference.one("work", EntityType.WORK), Reference.one("character", EntityType.CHARACTER),
			new Reference("episodes", EntityType.WORK, true, true)),
	PART_OF("partOf", "partOf", null, false, Reference.one("part", EntityType.WORK),
			Reference.one("whole", EntityType.WORK)),
	ADAPTATIONS("adaptations", "adaptation", null, false, Reference.one("adaptation", EntityType.WORK),
			Reference.one("source", EntityType.WORK)),
	APPEARANCES("appearances", "appearance", null, false, Reference.one("character", EntityType.CHARACTER),
			Reference.one("work", EntityType.WORK)),
	COUNTERPARTS("counterparts", "counterpart", null, false, Reference.one("character", EntityType.CHARACTER),
			Reference.one("counterpart", EntityType.CHARACTER)),
	CHARACTER_RELATIONS("characterRelations", "characterRelation", null, false,
			Reference.one("character", EntityType.CHARACTER), Reference.one("related", EntityType.CHARACTER)),
	ORGANIZATION_LINKS("organizationLinks", "organizationLink", null, false, Reference.one("work", EntityType.WORK),
			Reference.one("organization", EntityType.ORGANIZATION)),
	NOMINATIONS("nominations", "nomination", null, false, Reference.one("work", EntityType.WORK),
			Reference.one("award", EntityType.AWARD));

	private static final Map<String, Section> BY_KEY = Arrays.stream(values())
		.collect(Collectors.toMap(Section::key, Function.identity()));

	/** Sections whose two references must name different nodes (a work cannot adapt itself). */
	private static final List<Section> DISTINCT_ENDS = List.of(PART_OF, ADAPTATIONS, COUNTERPARTS);

	private final String key;

	private final String definition;

	private final @Nullable EntityType defines;

	private final boolean named;

	private final List<Reference> references;

	Section(String key, String definition, @Nullable EntityType defines, boolean named, Reference... references) {
		this.key = key;
		this.definition = definition;
		this.defines = defines;
		this.named = named;
		this.references = List.of(references);
	}

	static @Nullable Section byKey(String key) {
		return BY_KEY.get(key);
	}

	/** The key in the file: {@code works}, {@code partOf}. */
	String key() {
		return this.key;
	}

	/** The {@code $defs} entry of the schema that a row must match. */
	String definition() {
		return this.definition;
	}

	/** The entity each row defines, or null for rows that only link entities. */
	@Nullable EntityType defines() {
		return this.defines;
	}

	/** Whether rows get the derived search fields of the full-text index. */
	boolean named() {
		return this.named;
	}

	List<Reference> references() {
		return this.references;
	}

	/** Asked of every field of every row an import maps: a loop, not a stream. */
	boolean isReference(String field) {
		for (Reference reference : this.references) {
			if (reference.field().equals(field)) {
				return true;
			}
		}
		return false;
	}

	boolean distinctEnds() {
		return DISTINCT_ENDS.contains(this);
	}

	/** Whether the relationship pass has anything to write for this section. */
	boolean linksEntities() {
		return !this.references.isEmpty();
	}

	/**
	 * A field of a row that names other entities.
	 *
	 * @param field the row's field
	 * @param type what it must name
	 * @param many a list of ids rather than one
	 * @param episodes every id must be a work of kind EPISODE
	 */
	record Reference(String field, EntityType type, boolean many, boolean episodes) {

		static Reference one(String field, EntityType type) {
			return new Reference(field, type, false, false);
		}

		static Reference many(String field, EntityType type) {
			return new Reference(field, type, true, false);
		}

	}

}
