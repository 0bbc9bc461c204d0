package dev.adaptations.importer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the import command.
 *
 * @param batchSize rows written per transaction: each commit also refreshes the full-text index, so fewer,
 * larger transactions import faster, while a batch of 10,000 rows still takes a few megabytes of heap
 */
@ConfigurationProperties("graph.import")
record ImportProperties(@DefaultValue("10000") int batchSize) {
}
