package dev.adaptations.importer;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dev.adaptations.dataset.DatasetBulkWriter;
import dev.adaptations.dataset.DatasetSource;
import dev.adaptations.dataset.ImportProgress;
import dev.adaptations.neo4j.NewStore;
import dev.adaptations.neo4j.NewStoreSeed;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * An import into a new embedded store: the files are written offline by Neo4j's batch importer before the
 * database starts (see {@link DatasetBulkWriter}), and {@link Importer} only completes what the batch importer
 * leaves (indexes online, the datasets named). Acts only when the import command asked for an import
 * ({@link Request}), the embedded store does not exist yet and the files are large enough
 * ({@code graph.import.offline-from}); otherwise the import is transactional.
 */
@Component
final class BulkImport implements NewStoreSeed {

	private final ObjectProvider<Request> request;

	private final DatasetBulkWriter writer;

	private final ImportProperties properties;

	private @Nullable Done done;

	BulkImport(ObjectProvider<Request> request, DatasetBulkWriter writer, ImportProperties properties) {
		this.request = request;
		this.writer = writer;
		this.properties = properties;
	}

	/** The import the command runs, known before the database starts. */
	record Request(List<DatasetSource> sources, ImportProgress progress) {
	}

	/**
	 * What the batch importer wrote.
	 *
	 * @param sources the files it wrote
	 * @param written the files and counts
	 * @param took how long validating and writing took
	 */
	record Done(List<DatasetSource> sources, DatasetBulkWriter.Written written, Duration took) {
	}

	@Override
	public void seed(NewStore store) {
		Request asked = this.request.getIfAvailable();
		if (asked == null || size(asked.sources()) < this.properties.offlineFrom().toBytes()) {
			return;
		}
		long started = System.nanoTime();
		this.writer.write(asked.sources(), store, asked.progress())
			.ifPresent(written -> this.done = new Done(asked.sources(), written,
					Duration.ofNanos(System.nanoTime() - started)));
	}

	private static long size(List<DatasetSource> sources) {
		return sources.stream().mapToLong(source -> Math.max(source.size(), 0)).sum();
	}

	/** What the batch importer wrote of exactly these sources, if it did; once, for the one import that asked. */
	Optional<Done> done(List<DatasetSource> sources) {
		Done written = this.done;
		if (written == null || !written.sources().equals(sources)) {
			return Optional.empty();
		}
		this.done = null;
		return Optional.of(written);
	}

}
