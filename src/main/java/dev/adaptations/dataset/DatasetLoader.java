package dev.adaptations.dataset;

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
		DatasetFile dataset = this.reader.read(resource);
		if (dataset.checksum().equals(this.writer.loadedChecksum(dataset.id()))) {
			log.info("Dataset '{}' is loaded and unchanged", dataset.id());
			return Outcome.UNCHANGED;
		}
		this.writer.write(dataset);
		log.info("Loaded dataset '{}' from {}", dataset.id(), dataset.name());
		return Outcome.LOADED;
	}

}
