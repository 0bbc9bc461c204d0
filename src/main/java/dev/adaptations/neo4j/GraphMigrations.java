package dev.adaptations.neo4j;

import java.time.Duration;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Applies the Cypher migrations under {@code classpath:neo4j/migrations} (constraints and indexes, the
 * graph's contract) before anything reads or writes, on the embedded database and on external ones alike.
 * Wired by hand because the neo4j-migrations Spring Boot starter does not run on Boot 4.
 */
@Component
public final class GraphMigrations implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(GraphMigrations.class);

	private final Driver driver;

	GraphMigrations(Driver driver) {
		this.driver = driver;
	}

	@Override
	public void afterPropertiesSet() {
		awaitDatabase();
		var config = MigrationsConfig.builder()
			.withLocationsToScan("classpath:neo4j/migrations")
			.withAutocrlf(true)
			.build();
		new Migrations(config, this.driver).apply()
			.ifPresent(version -> log.info("Graph schema at migration version {}", version.getValue()));
	}

	/**
	 * Waits up to a minute for the database: the first connection of a cold JVM (or an external server that
	 * starts after the application) may outlast the deliberately short pool acquisition timeout.
	 */
	private void awaitDatabase() {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (true) {
			try {
				this.driver.verifyConnectivity();
				return;
			}
			catch (RuntimeException ex) {
				if (System.nanoTime() > deadline) {
					throw ex;
				}
				log.info("Waiting for Neo4j: {}", ex.getMessage());
				try {
					Thread.sleep(500);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
	}

}
