package dev.adaptations.dataset;

import java.util.List;

import org.neo4j.driver.Driver;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Validates dataset files (YAML, or JSON by the {@code .json} suffix) before anything is written: every row
 * against {@code datasets/dataset.schema.json}, every id unique, every reference resolved in the files or in
 * the graph. It streams each file instead of reading it whole, so a file of any size fits in memory.
 */
@Component
public final class DatasetReader {

	private final RowSchemas schemas;

	private final Driver driver;

	private final GraphLookup graph;

	DatasetReader(Driver driver, RowSchemas schemas) {
		this.driver = driver;
		this.graph = GraphLookup.of(driver);
		this.schemas = schemas;
	}

	/**
	 * Validates {@code sources} together, in order: a file may refer to what an earlier one (or the graph)
	 * defines.
	 * @throws InvalidDatasetException listing the problems of all the files, each with its file and position
	 */
	public List<DatasetFile> validate(List<DatasetSource> sources, ImportProgress progress) {
		return validate(this.schemas, sources, progress, graphLookup());
	}

	/** The graph's look-up, or none on a graph without entities (a first start), where it can only find nothing. */
	private GraphLookup graphLookup() {
		try (var session = this.driver.session()) {
			return session.executeRead(GraphLookup::anyEntity) ? this.graph : GraphLookup.NONE;
		}
	}

	/** Validates {@code sources} as if the graph were empty: whether they stand on their own. */
	public List<DatasetFile> validateStandalone(List<DatasetSource> sources) {
		return validate(this.schemas, sources, ImportProgress.NONE, GraphLookup.NONE);
	}

	static List<DatasetFile> validate(RowSchemas schemas, List<DatasetSource> sources, ImportProgress progress,
			GraphLookup lookup) {
		List<DatasetSource> guessed = sources.stream().map(JsonContent::of).toList();
		DatasetValidation validation = new DatasetValidation(schemas, lookup);
		List<DatasetFile> files = check(validation, guessed, progress);
		if (validation.malformed() && !guessed.equals(sources)) {
			// A YAML file that only opened like JSON: YAML itself says whether, and where, it is wrong.
			validation = new DatasetValidation(schemas, lookup);
			files = check(validation, sources, progress);
		}
		validation.finish();
		return files;
	}

	private static List<DatasetFile> check(DatasetValidation validation, List<DatasetSource> sources,
			ImportProgress progress) {
		return sources.stream().map(source -> validation.check(source, progress)).toList();
	}

	public DatasetFile read(Resource resource) {
		return validate(List.of(DatasetSource.of(resource)), ImportProgress.NONE).get(0);
	}

	/** Validates the file in {@code resource} as if the graph were empty: it must stand on its own. */
	public DatasetFile readStandalone(Resource resource) {
		return validateStandalone(List.of(DatasetSource.of(resource))).get(0);
	}

	public DatasetFile read(String name, byte[] bytes) {
		return validate(List.of(DatasetSource.of(name, bytes)), ImportProgress.NONE).get(0);
	}

}
