package dev.adaptations.importer;

import java.time.Duration;
import java.util.List;

import dev.adaptations.dataset.DatasetFile;
import dev.adaptations.dataset.DatasetReader;
import dev.adaptations.dataset.DatasetSource;
import dev.adaptations.dataset.DatasetWriter;
import dev.adaptations.dataset.ImportProgress;
import dev.adaptations.dataset.InvalidDatasetException;
import dev.adaptations.dataset.WriteReport;
import dev.adaptations.neo4j.EmbeddedDatabase;
import dev.adaptations.neo4j.GraphMigrations;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Imports dataset files: validates all of them before writing any (one bad file, nothing written), then
 * writes the nodes of every file and the relationships of every file in batches, and announces the import.
 * Into a new embedded store, the files were written before the database started ({@link BulkImport}); what
 * is left then is to wait for the indexes and name the datasets.
 */
@Component
final class Importer {

	private final DatasetReader reader;

	private final DatasetWriter writer;

	private final ApplicationEventPublisher events;

	private final ImportProperties properties;

	private final BulkImport bulk;

	private final GraphMigrations migrations;

	private final ObjectProvider<EmbeddedDatabase> embedded;

	Importer(DatasetReader reader, DatasetWriter writer, ApplicationEventPublisher events, ImportProperties properties,
			BulkImport bulk, GraphMigrations migrations, ObjectProvider<EmbeddedDatabase> embedded) {
		this.reader = reader;
		this.writer = writer;
		this.events = events;
		this.properties = properties;
		this.bulk = bulk;
		this.migrations = migrations;
		this.embedded = embedded;
	}

	/**
	 * What an import did.
	 *
	 * @param offline whether the files were written into a new store by Neo4j's batch importer
	 */
	record Report(List<DatasetFile> files, WriteReport written, Duration elapsed, boolean offline) {
	}

	Report importFiles(List<DatasetSource> sources, ImportProgress progress) {
		return importFiles(sources, this.properties.batchSize(), progress);
	}

	/**
	 * @throws InvalidDatasetException when any file is invalid; nothing is written then
	 */
	Report importFiles(List<DatasetSource> sources, int batchSize, ImportProgress progress) {
		long start = System.nanoTime();
		List<DatasetFile> files;
		WriteReport written;
		Duration before = Duration.ZERO;
		var offline = this.bulk.done(sources);
		if (offline.isPresent()) {
			// Written before the database started, and its constraints created over it at the start: both are
			// part of the import (starting the database and the rest of the application are not), as is
			// waiting for the indexes.
			before = offline.get().took().plus(this.migrations.took());
			files = offline.get().written().files();
			written = offline.get().written().report();
			// Only an embedded store is written offline.
			this.writer.completeBulk(this.embedded.getObject().database(), files);
		}
		else {
			files = this.reader.validate(sources, progress);
			written = this.writer.write(files, batchSize, progress);
		}
		Duration elapsed = before.plusNanos(System.nanoTime() - start);
		this.events.publishEvent(new DatasetImported(files.stream().map(DatasetFile::id).toList(),
				files.stream().map(DatasetFile::name).toList(), written.records(), elapsed, written.nodesCreated(),
				written.nodesUpdated(), written.relationshipsCreated()));
		return new Report(files, written, elapsed, offline.isPresent());
	}

}
