package dev.adaptations.neo4j;

import java.io.IOException;
import java.net.URI;

import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
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

	/**
	 * The database started beside Spring's own start when it was ({@link EarlyEmbeddedStart}), otherwise started
	 * here, after the offline writers ({@link NewStoreSeed}) had their chance at a store this start creates.
	 */
	@Bean
	EmbeddedDatabase embeddedDatabase(EmbeddedNeo4jProperties properties, LimitsProperties limits,
			ObjectProvider<EmbeddedStart> early, ObjectProvider<NewStoreSeed> seeds) throws IOException {
		EmbeddedStart started = early.getIfAvailable();
		if (started != null) {
			return started.handOver();
		}
		EmbeddedStart start = EmbeddedStart.prepare(properties, limits.transactionTimeout());
		if (start.created()) {
			NewStore store = new NewStore(start.home());
			seeds.orderedStream().takeWhile(seed -> !store.written()).forEach(seed -> seed.seed(store));
			if (store.written()) {
				start.seeded();
			}
		}
		start.run();
		return start.handOver();
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedDatabase embedded) {
		var database = (GraphDatabaseAPI) embedded.database();
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

}
