package dev.adaptations.neo4j;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.adaptations.limits.LimitsProperties;

import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real Neo4j inside the application's JVM and hands Boot a {@code bolt://} connection to it,
 * so the driver, Spring Data Neo4j and everything above them are exactly those used against an external
 * server. Bolt listens on loopback only, without authentication; HTTP is off.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OnEmbeddedNeo4j.class)
class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	@Bean
	EmbeddedDatabase embeddedDatabase(EmbeddedNeo4jProperties properties, LimitsProperties limits,
			ObjectProvider<NewStoreSeed> seeds) throws IOException {
		failFastIfPortTaken(properties);
		Path home = properties.ephemeral() ? Files.createTempDirectory("adaptation-graph-neo4j-")
				: properties.dataDirectory().toAbsolutePath();
		boolean created = NewStore.isNew(home);
		if (created) {
			NewStore store = new NewStore(home);
			seeds.orderedStream().takeWhile(seed -> !store.written()).forEach(seed -> seed.seed(store));
		}
		return new EmbeddedDatabase(start(properties, home, limits.transactionTimeout()),
				properties.ephemeral() ? home : null, created);
	}

	private static DatabaseManagementService start(EmbeddedNeo4jProperties properties, Path home,
			Duration transactionTimeout) {
		log.info("Starting embedded Neo4j in {} with Bolt on {}:{} and a {} MB page cache", home,
				properties.boltAddress(), properties.boltPort(), properties.pageCache().toMegabytes());
		return new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress(properties.boltAddress(), properties.boltPort()))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			// Neo4j would take half of the machine's free memory for its page cache, outside the heap and -Xmx.
			.setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
			// No transaction, the application's or a runaway query's, runs longer than graph.limits.transaction-timeout.
			.setConfig(GraphDatabaseSettings.transaction_timeout, transactionTimeout)
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			// Neo4j's in-JVM channel does not work with the Netty that Boot 4 brings; Bolt over loopback does.
			.setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
			// The defaults wait about ten seconds for Bolt threads on shutdown; restarts and test JVMs need not.
			.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
			.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200))
			.build();
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedDatabase embedded) {
		var database = (GraphDatabaseAPI) embedded.service().database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		var bolt = database.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		URI uri = URI.create("bolt://" + bolt.getHost() + ":" + bolt.getPort());
		log.info("Embedded Neo4j ready at {}", uri);
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return uri;
			}

			@Override
			public org.neo4j.driver.AuthToken getAuthToken() {
				return AuthTokens.none();
			}
		};
	}

	private static void failFastIfPortTaken(EmbeddedNeo4jProperties properties) {
		if (properties.boltPort() == 0) {
			return;
		}
		try (var socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getByName(properties.boltAddress()), properties.boltPort()));
		}
		catch (IOException ex) {
			throw new BoltPortInUseException(properties.boltAddress(), properties.boltPort());
		}
	}

}
