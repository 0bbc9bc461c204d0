package dev.adaptations.importer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the import command.
 *
 * @param batchSize rows written per transaction: each commit also refreshes the full-text index, so fewer,
 * larger transactions import faster, while a batch of 10,000 rows still takes a few megabytes of heap
 * @param offlineFrom the files' total size from which an import into a new embedded store writes it offline
 * with Neo4j's batch importer ({@link BulkImport}); the batch importer takes a few seconds whatever the size, so
 * smaller imports are faster in transactions. {@code 0B}: always offline into a new store.
 */
@ConfigurationProperties("graph.import")
record ImportProperties(@DefaultValue("10000") int batchSize, @DefaultValue("4MB") DataSize offlineFrom) {

	ImportProperties {
		if (batchSize < 1) {
			throw new IllegalArgumentException("graph.import.batch-size must be at least 1, got " + batchSize);
		}
		if (offlineFrom.isNegative()) {
			throw new IllegalArgumentException("graph.import.offline-from must not be negative, got " + offlineFrom);
		}
	}

}
