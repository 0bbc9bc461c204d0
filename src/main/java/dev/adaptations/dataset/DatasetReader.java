package dev.adaptations.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Reads a dataset file (YAML, or JSON, which is YAML too) and refuses it unless it is valid against
 * {@code datasets/dataset.schema.json} and every reference in it resolves: nothing is written from a
 * file with a single problem.
 */
@Component
public final class DatasetReader {

	private final YAMLMapper yaml = YAMLMapper.builder().build();

	private final Schema schema;

	DatasetReader() {
		try (InputStream in = new ClassPathResource("datasets/dataset.schema.json").getInputStream()) {
			this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The dataset schema is missing from the classpath", ex);
		}
	}

	public DatasetFile read(Resource resource) {
		String name = (resource.getFilename() != null) ? resource.getFilename() : resource.getDescription();
		byte[] bytes;
		try (InputStream in = resource.getInputStream()) {
			bytes = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new InvalidDatasetException(name, List.of(name + ": cannot be read (" + ex.getMessage() + ")"));
		}
		return read(name, bytes);
	}

	public DatasetFile read(String name, byte[] bytes) {
		JsonNode content = parse(name, bytes);
		List<String> problems = this.schema.validate(content)
			.stream()
			.map(error -> name + ": " + path(error.getInstanceLocation().toString()) + ": " + error.getMessage())
			.toList();
		if (problems.isEmpty()) {
			problems = new DatasetReferenceChecker(name, content).problems();
		}
		if (!problems.isEmpty()) {
			throw new InvalidDatasetException(name, problems);
		}
		JsonNode dataset = content.get("dataset");
		return new DatasetFile(name, dataset.get("id").asString(), dataset.get("title").asString(), sha256(bytes),
				content);
	}

	private JsonNode parse(String name, byte[] bytes) {
		if (bytes.length == 0) {
			throw new InvalidDatasetException(name, List.of(name + ": the file is empty"));
		}
		try {
			JsonNode content = this.yaml.readTree(bytes);
			if (content == null || content.isMissingNode() || content.isNull()) {
				throw new InvalidDatasetException(name, List.of(name + ": the file holds no document"));
			}
			return content;
		}
		catch (JacksonException ex) {
			var location = ex.getLocation();
			String where = (location != null) ? "line " + location.getLineNr() + ", column " + location.getColumnNr()
					: "unknown position";
			throw new InvalidDatasetException(name,
					List.of(name + ": " + where + ": not well-formed YAML or JSON (" + ex.getOriginalMessage() + ")"));
		}
	}

	/** A JSON Pointer ({@code /works/0/year}) in the notation the reference checks use ({@code $.works[0].year}). */
	private static String path(String pointer) {
		StringBuilder path = new StringBuilder("$");
		for (String segment : pointer.split("/")) {
			if (segment.isEmpty()) {
				continue;
			}
			path.append(segment.chars().allMatch(Character::isDigit) ? "[" + segment + "]"
					: "." + segment.replace("~1", "/").replace("~0", "~"));
		}
		return path.toString();
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
