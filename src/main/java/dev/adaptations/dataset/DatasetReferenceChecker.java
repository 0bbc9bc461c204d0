package dev.adaptations.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.JsonNode;

/**
 * The checks a JSON Schema cannot express: ids unique across the whole file, every reference pointing at
 * an entity of the right kind in the same file, every cited source defined, and exactly one preferred
 * claim among the releases of the same work, kind and region.
 */
final class DatasetReferenceChecker {

	/** Sections whose rows define ids, and the entity type each defines. */
	private static final Map<String, String> DEFINING_SECTIONS = Map.of("sources", "source", "works", "work",
			"people", "person", "characters", "character", "organizations", "organization", "awards", "award",
			"events", "event", "releases", "release", "credits", "credit");

	private final String file;

	private final JsonNode root;

	private final Map<String, String> typeById = new HashMap<>();

	private final Map<String, String> workKindById = new HashMap<>();

	private final List<String> problems = new ArrayList<>();

	DatasetReferenceChecker(String file, JsonNode root) {
		this.file = file;
		this.root = root;
	}

	List<String> problems() {
		collectIds();
		checkReferences();
		checkPreferredClaims();
		return List.copyOf(this.problems);
	}

	private void collectIds() {
		for (String section : List.of("sources", "works", "people", "characters", "organizations", "awards", "events",
				"releases", "credits")) {
			forEachRow(section, (path, row) -> {
				String id = row.path("id").asString();
				String previous = this.typeById.putIfAbsent(id, DEFINING_SECTIONS.get(section));
				if (previous != null) {
					problem(path + ".id", "duplicate id '" + id + "' (already used by a " + previous + ")");
				}
				if (section.equals("works")) {
					this.workKindById.put(id, row.path("kind").asString());
				}
			});
		}
	}

	private void checkReferences() {
		this.root.properties().forEach(entry -> {
			if (entry.getValue().isArray()) {
				forEachRow(entry.getKey(), (path, row) -> checkSources(path, row));
			}
		});
		forEachRow("awards", (path, row) -> optional(path, row, "presenter", "organization"));
		forEachRow("events", (path, row) -> each(path, row, "works", "work"));
		forEachRow("partOf", (path, row) -> {
			required(path, row, "part", "work");
			required(path, row, "whole", "work");
			notSame(path, row, "part", "whole");
		});
		forEachRow("adaptations", (path, row) -> {
			required(path, row, "adaptation", "work");
			required(path, row, "source", "work");
			notSame(path, row, "adaptation", "source");
		});
		forEachRow("credits", (path, row) -> {
			required(path, row, "person", "person");
			required(path, row, "work", "work");
			optional(path, row, "character", "character");
			each(path, row, "episodes", "work");
			JsonNode episodes = row.path("episodes");
			for (int i = 0; i < episodes.size(); i++) {
				String id = episodes.get(i).asString();
				if ("work".equals(this.typeById.get(id)) && !"EPISODE".equals(this.workKindById.get(id))) {
					problem(path + ".episodes[" + i + "]", "'" + id + "' is a " + this.workKindById.get(id)
							+ ", not an EPISODE");
				}
			}
		});
		forEachRow("appearances", (path, row) -> {
			required(path, row, "character", "character");
			required(path, row, "work", "work");
		});
		forEachRow("counterparts", (path, row) -> {
			required(path, row, "character", "character");
			required(path, row, "counterpart", "character");
			notSame(path, row, "character", "counterpart");
		});
		forEachRow("characterRelations", (path, row) -> {
			required(path, row, "character", "character");
			required(path, row, "related", "character");
		});
		forEachRow("organizationLinks", (path, row) -> {
			required(path, row, "work", "work");
			required(path, row, "organization", "organization");
		});
		forEachRow("nominations", (path, row) -> {
			required(path, row, "work", "work");
			required(path, row, "award", "award");
		});
		forEachRow("releases", (path, row) -> {
			required(path, row, "work", "work");
			optional(path, row, "platform", "organization");
		});
	}

	private void checkPreferredClaims() {
		Map<String, List<String>> preferredByGroup = new HashMap<>();
		Map<String, String> firstPathByGroup = new HashMap<>();
		forEachRow("releases", (path, row) -> {
			String group = row.path("work").asString() + " " + row.path("kind").asString() + " "
					+ row.path("region").asString("");
			firstPathByGroup.putIfAbsent(group, path);
			var preferred = preferredByGroup.computeIfAbsent(group, g -> new ArrayList<>());
			if (row.path("preferred").asBoolean(false)) {
				preferred.add(row.path("id").asString());
			}
		});
		preferredByGroup.forEach((group, preferred) -> {
			if (preferred.size() != 1) {
				String[] parts = group.split(" ", 3);
				problem(firstPathByGroup.get(group),
						"the releases of work '" + parts[0] + "', kind " + parts[1]
								+ (parts[2].isEmpty() ? "" : ", region '" + parts[2] + "'") + " need exactly one"
								+ " preferred claim, found " + preferred.size()
								+ (preferred.isEmpty() ? "" : " " + preferred));
			}
		});
	}

	private void checkSources(String path, JsonNode row) {
		JsonNode sources = row.path("sources");
		for (int i = 0; i < sources.size(); i++) {
			String id = sources.get(i).asString();
			if (!"source".equals(this.typeById.get(id))) {
				problem(path + ".sources[" + i + "]", describe(id, "source"));
			}
		}
	}

	private void required(String path, JsonNode row, String field, String type) {
		String id = row.path(field).asString();
		if (!type.equals(this.typeById.get(id))) {
			problem(path + "." + field, describe(id, type));
		}
	}

	private void optional(String path, JsonNode row, String field, String type) {
		if (row.hasNonNull(field)) {
			required(path, row, field, type);
		}
	}

	private void each(String path, JsonNode row, String field, String type) {
		JsonNode ids = row.path(field);
		for (int i = 0; i < ids.size(); i++) {
			String id = ids.get(i).asString();
			if (!type.equals(this.typeById.get(id))) {
				problem(path + "." + field + "[" + i + "]", describe(id, type));
			}
		}
	}

	private void notSame(String path, JsonNode row, String one, String other) {
		if (Objects.equals(row.path(one).asString(), row.path(other).asString())) {
			problem(path, "'" + one + "' and '" + other + "' are the same node");
		}
	}

	private String describe(String id, String expectedType) {
		String actual = this.typeById.get(id);
		return (actual == null) ? "'" + id + "' is not defined in this file (expected a " + expectedType + ")"
				: "'" + id + "' is a " + actual + ", not a " + expectedType;
	}

	private void forEachRow(String section, RowVisitor visitor) {
		JsonNode rows = this.root.path(section);
		for (int i = 0; i < rows.size(); i++) {
			visitor.visit("$." + section + "[" + i + "]", rows.get(i));
		}
	}

	private void problem(String path, String message) {
		this.problems.add(this.file + ": " + path + ": " + message);
	}

	@FunctionalInterface
	private interface RowVisitor {

		void visit(String path, JsonNode row);

	}

}
