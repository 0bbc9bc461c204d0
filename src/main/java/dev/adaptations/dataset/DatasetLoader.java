package dev.adaptations.dataset;

import java.io.IOException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.neo4j.graphdb.GraphDatabaseService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Loads a configured dataset file at startup: validates all of it first (nothing is written from an invalid
 * file), skips it when the same content is already loaded, and otherwise writes it in one transaction with
 * the import's semantics: rows create or update their nodes and relationships, nothing is deleted, so
 * curated edits to the graph survive a changed dataset (except the properties its rows state again).
 */
@Component
public final class DatasetLoader {

	private static final Logger log = LoggerFactory.getLogger(DatasetLoader.class);

	private final DatasetReader reader;

	private final DatasetWriter writer;

	DatasetLoader(DatasetReader reader, DatasetWriter writer) {
		this.reader = reader;
		this.writer = writer;
	}

	/** What a load did. */
	public enum Outcome {

		/** The dataset was written. */
		LOADED,
		/** The same content was already loaded; nothing was written. */
		UNCHANGED

	}

	/**
	 * Loads the dataset in {@code resource}.
	 * @throws InvalidDatasetException listing every problem when the file is not valid; nothing is written
	 */
	public Outcome load(Resource resource) {
		return load(resource, () -> {
		});
	}

	/**
	 * Loads the dataset in {@code resource}, running {@code beforeWriting} once it is validated and found new or
	 * changed, before anything is written (the startup's load waits there for the migrations).
	 * @throws InvalidDatasetException listing every problem when the file is not valid; nothing is written
	 */
	public Outcome load(Resource resource, Runnable beforeWriting) {
		return load(resource, beforeWriting, null);
	}

	/**
	 * Loads the dataset in {@code resource} as {@link #load(Resource, Runnable)} does. Given {@code createdEmpty},
	 * the embedded database of a store this start created that holds nothing yet, it skips the look-ups that would
	 * find so (whether the file is loaded; what it refers to outside itself, so it has to stand on its own) and
	 * writes through the database's own API: on a first start each of those statements is one the cold Cypher
	 * planner meets for the first time.
	 */
	public Outcome load(Resource resource, Runnable beforeWriting, @Nullable GraphDatabaseService createdEmpty) {
		if (createdEmpty != null) {
			DatasetFile dataset = this.reader.readStandalone(resource);
			beforeWriting.run();
			this.writer.writeEmbedded(createdEmpty, dataset);
			log.info("Loaded dataset '{}' from {}", dataset.id(), dataset.name());
			return Outcome.LOADED;
		}
		Optional<String> loaded = checksum(resource).flatMap(this.writer::loadedWithChecksum);
		if (loaded.isPresent()) {
			log.info("Dataset '{}' is loaded and unchanged", loaded.get());
			return Outcome.UNCHANGED;
		}
		DatasetFile dataset = this.reader.read(resource);
		if (dataset.checksum().equals(this.writer.loadedChecksum(dataset.id()))) {
			log.info("Dataset '{}' is loaded and unchanged", dataset.id());
			return Outcome.UNCHANGED;
		}
		beforeWriting.run();
		this.writer.write(dataset);
		log.info("Loaded dataset '{}' from {}", dataset.id(), dataset.name());
		return Outcome.LOADED;
	}

	/**
	 * The SHA-256 of the file's bytes, as validation records it in {@link DatasetFile#checksum()}, compared before
	 * validating: validation parses every row against the schema and resolves every reference in the graph, seconds
	 * of every restart to learn that a file written before is unchanged. Empty when the file cannot be read, which
	 * validation then reports like any other problem of the file.
	 */
	private static Optional<String> checksum(Resource resource) {
		try {
			return Optional.of(DatasetStream.checksum(DatasetSource.of(resource)));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

}
