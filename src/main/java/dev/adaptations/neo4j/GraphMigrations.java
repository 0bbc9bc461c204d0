package dev.adaptations.neo4j;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the Cypher migrations under {@code classpath:neo4j/migrations} (constraints and indexes, the
 * graph's contract) before anything reads or writes, on the embedded database and on external ones alike.
 * Wired by hand because the neo4j-migrations Spring Boot starter does not run on Boot 4.
 */
@Component
public final class GraphMigrations implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(GraphMigrations.class);

	private static final String LOCATION = "classpath:neo4j/migrations";

	/** The version in a migration's file name, as the library reads it: {@code V0026__Create_....cypher}. */
	private static final Pattern VERSION = Pattern.compile("V(\\d+)__.+\\.cypher");

	private final Driver driver;

	GraphMigrations(Driver driver) {
		this.driver = driver;
	}

	@Override
	public void afterPropertiesSet() {
		awaitDatabase();
		String latest = latestVersion();
		if (latest != null && isApplied(latest)) {
			log.info("Graph schema at migration version {}", latest);
			return;
		}
		var config = MigrationsConfig.builder()
			.withLocationsToScan(LOCATION)
			.withAutocrlf(true)
			.build();
		new Migrations(config, this.driver).apply()
			.ifPresent(version -> log.info("Graph schema at migration version {}", version.getValue()));
	}

	/**
	 * The highest version among the migration files, or {@code null} when there are none. Their names are all
	 * that is read: listing a folder of the jar costs milliseconds.
	 */
	private static @Nullable String latestVersion() {
		try {
			return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(LOCATION + "/V*.cypher"))
				.map(Resource::getFilename)
				.filter(Objects::nonNull)
				.map(VERSION::matcher)
				.filter(Matcher::matches)
				.map(matcher -> matcher.group(1))
				.max(Comparator.comparing(BigInteger::new))
				.orElse(null);
		}
		catch (IOException ex) {
			return null;
		}
	}

	/**
	 * Whether the database has already recorded {@code version}, so the library has nothing to apply. The
	 * library, asked anyway, locks, reads and checks its whole chain in a few dozen statements, each planned
	 * afresh by a cold Cypher runtime: tens of seconds of every restart on a busy machine, for nothing. Its
	 * check that applied files are unchanged then runs the next time a new migration is added; applied
	 * migrations are never edited anyway.
	 */
	private boolean isApplied(String version) {
		return this.driver.executableQuery("""
				MATCH (:__Neo4jMigration)-[:MIGRATED_TO]->(m:__Neo4jMigration {version: $version})
				RETURN count(m) > 0 AS applied""")
			.withParameters(Map.of("version", version))
			.execute()
			.records()
			.get(0)
			.get("applied")
			.asBoolean();
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
