package dev.adaptations.history;

import java.time.temporal.TemporalAccessor;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Field values and field-change lists as JSON text, the form they take in the history. */
final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	static @Nullable String write(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		// Dates and times are written as their ISO-8601 text, the form the API shows them in.
		return MAPPER.writeValueAsString((value instanceof TemporalAccessor) ? value.toString() : value);
	}

	static String writeFields(List<FieldChange> fields) {
		return MAPPER.writeValueAsString(fields);
	}

	static List<FieldChange> readFields(@Nullable String json) {
		return (json == null) ? List.of() : MAPPER.readValue(json, new TypeReference<List<FieldChange>>() {
		});
	}

}
