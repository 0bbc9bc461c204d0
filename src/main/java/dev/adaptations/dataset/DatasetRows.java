package dev.adaptations.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import dev.adaptations.search.SearchFields;

/**
 * Turns a validated row into the parameters of a write: {@code {id, props, ref}}, where {@code props} are
 * the row's properties (dates as dates, integers as longs, plus the derived search fields of named
 * entities) and {@code ref} its references to other entities.
 */
final class DatasetRows {

	private static final Set<String> DATE_FIELDS = Set.of("date", "publishedOn");

	private DatasetRows() {
	}

	static Map<String, Object> of(Section section, JsonNode node, boolean withProperties) {
		Map<String, Object> props = new LinkedHashMap<>();
		Map<String, Object> ref = new HashMap<>();
		node.properties().forEach(entry -> {
			Object value = value(entry.getKey(), entry.getValue());
			if (section.isReference(entry.getKey())) {
				ref.put(entry.getKey(), value);
			}
			else if (withProperties && value != null) {
				props.put(entry.getKey(), value);
			}
		});
		if (withProperties && section.named()) {
			SearchFields.add(props);
		}
		Map<String, Object> row = new HashMap<>();
		row.put("id", node.path("id").asString(null));
		row.put("props", props);
		row.put("ref", ref);
		return row;
	}

	private static Object value(String field, JsonNode value) {
		if (value.isArray()) {
			List<Object> list = new ArrayList<>();
			value.forEach(item -> list.add(value(field, item)));
			return list;
		}
		if (value.isIntegralNumber()) {
			return value.asLong();
		}
		if (value.isNumber()) {
			return value.asDouble();
		}
		if (value.isBoolean()) {
			return value.asBoolean();
		}
		if (value.isNull()) {
			return null;
		}
		return DATE_FIELDS.contains(field) ? LocalDate.parse(value.asString()) : value.asString();
	}

}
