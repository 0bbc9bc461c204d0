package dev.adaptations.curation;

import java.io.IOException;
import java.io.InputStream;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import dev.adaptations.support.InvalidInputException.Problem;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Checks what a mutation would write against the same JSON Schema the dataset files obey (a row of a
 * section, {@code $defs/work}, {@code $defs/credit}, ...), so that a curated entity is exactly as valid as
 * a loaded one and exports of curated graphs always import again.
 */
@Component
final class RowSchemas {

	private final JsonMapper json = JsonMapper.builder().build();

	private final Map<String, Schema> schemas = new HashMap<>();

	private final Map<String, Set<String>> fields = new HashMap<>();

	RowSchemas() {
		JsonNode root;
		try (InputStream in = new ClassPathResource("datasets/dataset.schema.json").getInputStream()) {
			root = this.json.readTree(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The dataset schema is missing from the classpath", ex);
		}
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
		JsonNode defs = root.get("$defs");
		for (String name : defs.propertyNames()) {
			ObjectNode wrapper = this.json.createObjectNode();
			wrapper.set("$schema", root.get("$schema"));
			wrapper.set("$defs", defs);
			wrapper.put("$ref", "#/$defs/" + name);
			this.schemas.put(name, registry.getSchema(wrapper));
			this.fields.put(name, Set.copyOf(defs.get(name).path("properties").propertyNames()));
		}
	}

	/** The properties a row of this kind may have. */
	Set<String> fields(String def) {
		return this.fields.get(def);
	}

	/** The problems of {@code row} as a {@code def} row, with paths under {@code prefix}. */
	List<Problem> problems(String def, Map<String, ?> row, String prefix) {
		JsonNode node = this.json.valueToTree(jsonable(row));
		List<Problem> problems = new ArrayList<>();
		this.schemas.get(def).validate(node).forEach(error -> {
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
