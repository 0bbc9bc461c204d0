package dev.adaptations.curation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Reading the maps Spring for GraphQL binds mutation inputs to (absent and null fields differ there). */
final class Inputs {

	private Inputs() {
	}

	@SuppressWarnings("unchecked")
	static List<String> strings(Map<String, Object> input, String field) {
		Object value = input.get(field);
		return (value instanceof List<?> list) ? (List<String>) list : List.of();
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> maps(Map<String, Object> input, String field) {
		Object value = input.get(field);
		return (value instanceof List<?> list) ? (List<Map<String, Object>>) list : List.of();
	}

	static @Nullable String string(Map<String, Object> input, String field) {
		return (String) input.get(field);
	}

	static Map<String, Object> withoutNulls(Map<String, ?> map) {
		Map<String, Object> copy = new LinkedHashMap<>();
		map.forEach((key, value) -> {
			if (value != null) {
				copy.put(key, value);
			}
		});
		return copy;
	}

	/** The input without the given fields (those that are not row fields: comment, version, newSources...). */
	static Map<String, Object> without(Map<String, Object> input, String... fields) {
		Map<String, Object> copy = new LinkedHashMap<>(input);
		for (String field : fields) {
			copy.remove(field);
		}
		return copy;
	}

}
