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

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Imports dataset files: validates all of them before writing any (one bad file, nothing written), then
 * writes the nodes of every file and the relationships of every file in batches, and announces the import.
 */
@Component
final class Importer {

	private final DatasetReader reader;

	private final DatasetWriter writer;

	private final ApplicationEventPublisher events;

	private final ImportProperties properties;

	Importer(DatasetReader reader, DatasetWriter writer, ApplicationEventPublisher events,
			ImportProperties properties) {
		this.reader = reader;
		this.writer = writer;
		this.events = events;
		this.properties = properties;
	}

	/** What an import did. */
	record Report(List<DatasetFile> files, WriteReport written, Duration elapsed) {
	}

	Report importFiles(List<DatasetSource> sources, ImportProgress progress) {
		return importFiles(sources, this.properties.batchSize(), progress);
	}

	/**
	 * @throws InvalidDatasetException when any file is invalid; nothing is written then
	 */
	Report importFiles(List<DatasetSource> sources, int batchSize, ImportProgress progress) {
		long start = System.nanoTime();
		List<DatasetFile> files = this.reader.validate(sources, progress);
		WriteReport written = this.writer.write(files, batchSize, progress);
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		this.events.publishEvent(new DatasetImported(files.stream().map(DatasetFile::id).toList(),
				files.stream().map(DatasetFile::name).toList(), written.records(), elapsed, written.nodesCreated(),
				written.nodesUpdated(), written.relationshipsCreated()));
		return new Report(files, written, elapsed);
	}

}
