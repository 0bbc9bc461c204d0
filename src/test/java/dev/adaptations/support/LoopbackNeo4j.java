package dev.adaptations.support;

import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * A Neo4j server of a test's own, outside any application context, set up as the application sets up its embedded
 * one: Bolt on loopback without encryption or authentication, no HTTP, short shutdown waits.
 */
public final class LoopbackNeo4j {

	private LoopbackNeo4j() {
	}

	/** The builder for a server in {@code home} with Bolt on 127.0.0.1:{@code boltPort} (0 for any free port). */
	public static DatabaseManagementServiceBuilder builder(Path home, int boltPort) {
		return new DatabaseManagementServiceBuilder(home).setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			.setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
			.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
			.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200));
	}

}
