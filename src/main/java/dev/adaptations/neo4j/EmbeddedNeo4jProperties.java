package dev.adaptations.neo4j;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded database, used only when {@code spring.neo4j.uri} is not set.
 *
 * @param dataDirectory where the database files live; persists across restarts
 * @param boltAddress the loopback address Bolt listens on
 * @param boltPort the Bolt port; {@code 0} picks a free one (tests)
 * @param ephemeral use a fresh temporary directory, deleted on shutdown, instead of the data directory
 */
@ConfigurationProperties("graph.embedded")
public record EmbeddedNeo4jProperties(Path dataDirectory, String boltAddress, int boltPort, boolean ephemeral) {

	public EmbeddedNeo4jProperties {
		dataDirectory = (dataDirectory != null) ? dataDirectory : Path.of("data");
		boltAddress = (boltAddress != null) ? boltAddress : "127.0.0.1";
	}

}
