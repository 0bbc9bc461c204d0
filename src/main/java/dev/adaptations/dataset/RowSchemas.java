package dev.adaptations.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * The parts of {@code datasets/dataset.schema.json} that one row or one top-level value must match: a
 * whole file is never validated as one tree, so each row is checked against its section's {@code $defs}
 * entry, and the top-level rules (required keys, no other keys, a non-empty {@code sources}) are checked by
 * the validation itself.
 */
final class RowSchemas {

	static final String LOCATION = "datasets/dataset.schema.json";

	private final SchemaRegistry registry;

	private final String id;

	private final Map<Section, Schema> rows = new EnumMap<>(Section.class);

	private final Map<String, Schema> values = new ConcurrentHashMap<>();

	RowSchemas() {
		String text;
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The dataset schema is missing from the classpath", ex);
		}
		this.id = JsonMapper.builder().build().readTree(text).path("$id").asString();
		this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
				builder -> builder.schemas(Map.of(this.id, text)));
		for (Section section : Section.values()) {
			this.rows.put(section, schema("/$defs/" + section.definition()));
		}
	}

	/** Problems of one row of {@code section}; locations are relative to the row ({@code /year}). */
	List<Error> validateRow(Section section, JsonNode row) {
		return this.rows.get(section).validate(row);
	}

	/** Problems of a top-level value against {@code /properties/<key>}. */
	List<Error> validateValue(String key, JsonNode value) {
		return this.values.computeIfAbsent(key, k -> schema("/properties/" + k)).validate(value);
	}

	private Schema schema(String pointer) {
		Schema schema = this.registry.getSchema(SchemaLocation.of(this.id + "#" + pointer));
		schema.initializeValidators();
		return schema;
	}

}
