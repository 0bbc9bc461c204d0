package dev.adaptations.dataset;

import java.lang.reflect.Array;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import dev.adaptations.work.WorkKind;

/**
 * The nodes and relationships that rows stand for, spelled out in Java for the writers that do not go through
 * {@link DatasetStatements}' Cypher: the offline writer of a new store ({@link DatasetBulkWriter}) and a first start's
 * load into the embedded database ({@link FirstLoad}). The two must
 * agree; {@code BulkImportTests} compares the graphs they build from the same files.
 */
final class GraphRecords {

	/** The organization link kinds, each its own relationship type. */
	static final List<String> ORGANIZATION_LINK_TYPES = List.of("PUBLISHED_BY", "PRODUCED_BY", "DISTRIBUTED_BY",
			"STREAMS_ON", "HOME_VIDEO_BY", "RIGHTS_HOLDER");

	private GraphRecords() {
	}

	/**
	 * A relationship a row stands for, between entities named by id.
	 *
	 * @param type the relationship type
	 * @param start the id of its start node
	 * @param end the id of its end node
	 * @param props its properties
	 * @param discriminator the property the write statement's MERGE pattern names besides the ends, if any
	 *     ({@code kind} of a character relation, {@code result} of a nomination)
	 */
	record Link(String type, String start, String end, Map<String, Object> props, @Nullable Object discriminator) {

		/** What identifies the relationship for MERGE: two rows with the same key write one relationship. */
		String key() {
			return this.type + '\u0000' + this.start + '\u0000' + this.end + '\u0000'
					+ Objects.toString(this.discriminator, "");
		}

	}

	/** The labels of the node an entity row defines (a work's kind is a label of its own; a release is an event). */
	static List<String> labels(Section section, Map<String, Object> row) {
		EntityType type = Objects.requireNonNull(section.defines(), section.key() + " defines no entity");
		return switch (type) {
			case WORK -> List.of("Work", WorkKind.valueOf((String) props(row).get("kind")).typeName());
			case RELEASE -> List.of("Event", "Release");
			default -> List.of(type.label);
		};
	}

	/** The relationships a row of {@code section} stands for, as {@link DatasetStatements#relationships} writes them. */
	static void links(Section section, Map<String, Object> row, Consumer<Link> links) {
		String id = (String) row.get("id");
		Map<String, Object> ref = ref(row);
		Map<String, Object> props = props(row);
		switch (section) {
			case AWARDS -> {
				if (ref.get("presenter") != null) {
					links.accept(plain("PRESENTED_BY", id, ref.get("presenter")));
				}
			}
			case EVENTS -> ids(ref.get("works")).forEach(work -> links.accept(plain("OF", id, work)));
			case RELEASES -> {
				links.accept(plain("OF", id, ref.get("work")));
				if (ref.get("platform") != null) {
					links.accept(plain("ON", id, ref.get("platform")));
				}
			}
			case CREDITS -> {
				links.accept(plain("HAS_ROLE", (String) ref.get("person"), id));
				links.accept(plain("IN", id, ref.get("work")));
				if (ref.get("character") != null) {
					links.accept(plain("AS", id, ref.get("character")));
				}
				ids(ref.get("episodes")).forEach(episode -> links.accept(plain("IN_EPISODE", id, episode)));
			}
			case PART_OF -> links.accept(link("PART_OF", ref.get("part"), ref.get("whole"), props, null));
			case ADAPTATIONS -> links.accept(link("ADAPTS", ref.get("adaptation"), ref.get("source"), props, null));
			case APPEARANCES -> links.accept(link("APPEARS_IN", ref.get("character"), ref.get("work"), props, null));
			case COUNTERPARTS -> links
				.accept(link("COUNTERPART_OF", ref.get("character"), ref.get("counterpart"), props, null));
			case CHARACTER_RELATIONS -> links
				.accept(link("RELATED_TO", ref.get("character"), ref.get("related"), props, props.get("kind")));
			case ORGANIZATION_LINKS -> {
				String type = (String) props.get("kind");
				if (!ORGANIZATION_LINK_TYPES.contains(type)) {
					throw new IllegalArgumentException("Unknown organization link kind " + type);
				}
				links.accept(link(type, ref.get("work"), ref.get("organization"), props, null));
			}
			case NOMINATIONS -> links
				.accept(link("NOMINATED_FOR", ref.get("work"), ref.get("award"), props, props.get("result")));
			default -> {
				// Sections that define entities without linking them write no relationship.
			}
		}
	}

	/** A list becomes the array Cypher stores it as; other values are stored as they are. */
	static Object storable(Object value) {
		if (!(value instanceof List<?> list)) {
			return value;
		}
		Class<?> type = list.isEmpty() ? String.class : list.get(0).getClass();
		if (type == Long.class) {
			return list.stream().mapToLong(item -> (Long) item).toArray();
		}
		if (type == Double.class) {
			return list.stream().mapToDouble(item -> (Double) item).toArray();
		}
		if (type == Boolean.class) {
			boolean[] array = new boolean[list.size()];
			for (int i = 0; i < array.length; i++) {
				array[i] = (Boolean) list.get(i);
			}
			return array;
		}
		if (type == LocalDate.class) {
			return list.toArray(LocalDate[]::new);
		}
		return list.toArray((Object[]) Array.newInstance(type, 0));
	}

	private static Link plain(String type, String start, Object end) {
		return new Link(type, start, (String) end, Map.of(), null);
	}

	private static Link link(String type, Object start, Object end, Map<String, Object> props,
			@Nullable Object discriminator) {
		return new Link(type, (String) start, (String) end, props, discriminator);
	}

	private static List<String> ids(@Nullable Object value) {
		List<String> ids = new ArrayList<>();
		if (value instanceof List<?> list) {
			list.forEach(item -> ids.add((String) item));
		}
		return ids;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> props(Map<String, Object> row) {
		return (Map<String, Object>) row.get("props");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> ref(Map<String, Object> row) {
		return (Map<String, Object>) row.get("ref");
	}

}
