package dev.adaptations.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The parts of {@code datasets/dataset.schema.json} that one row or one top-level value must match: a
 * whole file is never validated as one tree, so each row is checked against its section's {@code $defs}
 * entry, and the top-level rules (required keys, no other keys, a non-empty {@code sources}) are checked by
 * the validation itself. Curation checks its inputs against the same definitions ({@link #validateDefinition}),
 * so an entity written through the API is exactly as valid as a loaded one.
 */
@Component
public final class RowSchemas {

	static final String LOCATION = "datasets/dataset.schema.json";

	private final SchemaRegistry registry;

	private final String id;

	private final Map<Section, Schema> rows = new EnumMap<>(Section.class);

	private final Map<String, Schema> values = new ConcurrentHashMap<>();

	private final Map<String, Schema> definitions = new ConcurrentHashMap<>();

	private final Map<String, Set<String>> fields = new HashMap<>();

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
		JsonNode defs = JsonMapper.builder().build().readTree(text).path("$defs");
		for (String name : defs.propertyNames()) {
			this.fields.put(name, Set.copyOf(defs.get(name).path("properties").propertyNames()));
		}
	}

	/** Problems of a value against {@code $defs/<definition>} ({@code work}, {@code credit}, ...). */
	public List<Error> validateDefinition(String definition, JsonNode value) {
		return this.definitions.computeIfAbsent(definition, name -> schema("/$defs/" + name)).validate(value);
	}

	/** The properties a {@code $defs/<definition>} row may have. */
	public Set<String> fields(String definition) {
		return this.fields.get(definition);
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
