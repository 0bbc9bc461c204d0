package dev.adaptations.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
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

	private final Driver driver;

	DatasetLoader(DatasetReader reader, DatasetWriter writer, Driver driver) {
		this.reader = reader;
		this.writer = writer;
		this.driver = driver;
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
		Optional<String> loaded = checksum(resource).flatMap(this::loadedWithChecksum);
		if (loaded.isPresent()) {
			log.info("Dataset '{}' is loaded and unchanged", loaded.get());
			return Outcome.UNCHANGED;
		}
		DatasetFile dataset = this.reader.read(resource);
		if (dataset.checksum().equals(this.writer.loadedChecksum(dataset.id()))) {
			log.info("Dataset '{}' is loaded and unchanged", dataset.id());
			return Outcome.UNCHANGED;
		}
		this.writer.write(dataset);
		log.info("Loaded dataset '{}' from {}", dataset.id(), dataset.name());
		return Outcome.LOADED;
	}

	/**
	 * The id of the dataset loaded from exactly these bytes, if any. Asked before validating, which parses
	 * every row against the schema and resolves every reference in the graph: seconds of every restart, to
	 * learn that a file validated and written before is unchanged. The checksum covers the dataset's id, so a
	 * match is that dataset.
	 */
	private Optional<String> loadedWithChecksum(String checksum) {
		return this.driver.executableQuery("MATCH (d:Dataset {checksum: $checksum}) RETURN d.id AS id LIMIT 1")
			.withParameters(Map.of("checksum", checksum))
			.execute()
			.records()
			.stream()
			.findFirst()
			.map(record -> record.get("id").asString());
	}

	/**
	 * The SHA-256 of the file's bytes, as validation records it in {@link DatasetFile#checksum()}; empty when
	 * the file cannot be read, which validation then reports like any other problem of the file.
	 */
	private static Optional<String> checksum(Resource resource) {
		try (var in = new DigestInputStream(resource.getInputStream(), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return Optional.of(HexFormat.of().formatHex(in.getMessageDigest().digest()));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

}
