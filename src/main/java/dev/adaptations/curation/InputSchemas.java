package dev.adaptations.curation;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import dev.adaptations.dataset.RowSchemas;
import dev.adaptations.support.InvalidInputException.Problem;

import org.springframework.stereotype.Component;

/**
 * Checks what a mutation would write against the same JSON Schema definitions the dataset files obey (a row
 * of a section: {@code $defs/work}, {@code $defs/credit}, ...), so that a curated entity is exactly as valid
 * as a loaded one and exports of curated graphs always import again. Problems are named by input path.
 */
@Component
final class InputSchemas {

	private final JsonMapper json = JsonMapper.builder().build();

	private final RowSchemas schemas;

	InputSchemas(RowSchemas schemas) {
		this.schemas = schemas;
	}

	/** The properties a row of this kind may have. */
	Set<String> fields(String def) {
		return this.schemas.fields(def);
	}

	/** The problems of {@code row} as a {@code def} row, with paths under {@code prefix}. */
	List<Problem> problems(String def, Map<String, ?> row, String prefix) {
		List<Problem> problems = new ArrayList<>();
		this.schemas.validateDefinition(def, this.json.valueToTree(jsonable(row))).forEach(error -> {
			StringBuilder path = new StringBuilder(prefix);
			for (String segment : error.getInstanceLocation().toString().split("/")) {
				if (!segment.isEmpty()) {
					path.append(segment.chars().allMatch(Character::isDigit) ? "[" + segment + "]" : "." + segment);
				}
			}
			if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
				path.append('.').append(error.getProperty());
			}
			problems.add(new Problem(path.toString(), error.getMessage()));
		});
		return problems;
	}

	/** Dates as the ISO text the schema describes; nulls left out (an absent field, to the schema). */
	private static Map<String, Object> jsonable(Map<String, ?> row) {
		Map<String, Object> copy = new LinkedHashMap<>();
		row.forEach((key, value) -> {
			if (value != null) {
				copy.put(key, (value instanceof TemporalAccessor) ? value.toString() : value);
			}
		});
		return copy;
	}

}
