package dev.adaptations.importer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the import command.
 *
 * @param batchSize rows written per transaction
 */
@ConfigurationProperties("graph.import")
record ImportProperties(@DefaultValue("2000") int batchSize) {
}
