package dev.adaptations.neo4j;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.adaptations.support.Futures;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Applies the Cypher migrations under {@code classpath:neo4j/migrations} (constraints and indexes, the
 * graph's contract) before anything reads or writes, on the embedded database and on external ones alike:
 * nothing to do when the newest is recorded (a restart), all at once when none is recorded (a first start,
 * {@link MigrationBaseline}), otherwise through neo4j-migrations, one by one. Wired by hand because the
 * neo4j-migrations Spring Boot starter does not run on Boot 4.
 *
 * <p>They run in a thread of their own while Spring sets up the web and GraphQL layers (the JVM's first Cypher
 * statements are the slow part of a start); whatever writes at startup waits for them ({@link #awaitApplied()}),
 * and so does the startup itself before the web server opens, failing if they failed.
 */
@Component
public final class GraphMigrations implements InitializingBean, SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(GraphMigrations.class);

	private final Driver driver;

	private final MigrationFiles files = new MigrationFiles();

	private volatile Duration took = Duration.ZERO;

	private final CompletableFuture<Void> connected = new CompletableFuture<>();

	private final CompletableFuture<Void> applied = new CompletableFuture<>();

	private final ObjectProvider<EmbeddedDatabase> embedded;

	GraphMigrations(Driver driver, ObjectProvider<EmbeddedDatabase> embedded) {
		this.driver = driver;
		this.embedded = embedded;
	}

	/**
	 * How long applying migrations took at this start (zero when there were none to apply): on a store written
	 * offline, creating the constraints and indexes over what it holds is part of the import.
	 */
	public Duration took() {
		return this.took;
	}

	@Override
	public void afterPropertiesSet() {
		// Asked here, in the thread that creates beans, not in the migrations' own.
		boolean created = createdStore();
		Thread thread = new Thread(() -> {
			try {
				awaitDatabase();
				this.connected.complete(null);
				migrate(created);
				this.applied.complete(null);
			}
			catch (Throwable ex) {
				this.connected.completeExceptionally(ex);
				this.applied.completeExceptionally(ex);
			}
		}, "graph-migrations");
		// A startup that fails elsewhere meanwhile does not wait for them.
		thread.setDaemon(true);
		thread.start();
	}

	/** The startup goes on only with the schema in place: a failed migration stops it, as it was thrown. */
	@Override
	public void afterSingletonsInstantiated() {
		awaitApplied();
	}

	/** Waits until the migrations ran; throws what stopped them, as it was thrown. */
	public void awaitApplied() {
		Futures.join(this.applied);
	}

	/**
	 * Waits until the database answers (an external one may start after the application), not for the migrations:
	 * enough to read the graph.
	 */
	public void awaitConnected() {
		Futures.join(this.connected);
	}

	/** Applies what is missing, in the calling thread. */
	void apply() {
		awaitDatabase();
		migrate(createdStore());
	}

	/**
	 * The embedded database, when this start created its store and nothing wrote it offline (no import): until the
	 * startup's own writes, the graph holds no entity and no dataset, so a writer need not look that up (on a first
	 * start, each look-up is a statement the cold Cypher planner meets first: 0.3-2 s on two cores). Ask it in the
	 * thread that creates beans.
	 */
	public @Nullable GraphDatabaseService createdEmptyDatabase() {
		EmbeddedDatabase embedded = this.embedded.getIfAvailable();
		return (embedded != null && embedded.createdEmpty()) ? createdDatabase() : null;
	}

	/** Whether this start created the embedded store: one that records no migration. */
	private boolean createdStore() {
		EmbeddedDatabase embedded = this.embedded.getIfAvailable();
		return embedded != null && embedded.created();
	}

	/** The embedded database whose store this start created. */
	private GraphDatabaseService createdDatabase() {
		return this.embedded.getObject().database();
	}

	/** A store this start created records no migration: the look-ups saying so are skipped (cold, each costs). */
	private void migrate(boolean created) {
		String latest = this.files.latestVersion();
		if (!created && latest != null && isApplied(latest)) {
			log.info("Graph schema at migration version {}", latest);
			return;
		}
		MigrationsConfig config = config();
		var baseline = new MigrationBaseline(this.driver, this.files, created ? createdDatabase() : null);
		long started = System.nanoTime();
		if (!(created || baseline.applies()) || baseline.apply(config) == null) {
			applyOneByOne(new Migrations(config, this.driver));
		}
		this.took = Duration.ofNanos(System.nanoTime() - started);
	}

	/**
	 * The library's ordinary path: lock, check the recorded chain (checksums included), then apply what is missing,
	 * one transaction per migration. Also what the tests compare {@link MigrationBaseline} with.
	 */
	void applyOneByOne(Migrations library) {
		library.apply()
			.ifPresent(version -> log.info("Graph schema at migration version {}", version.getValue()));
	}

	/** The library, configured for this application's migrations. */
	Migrations library() {
		return new Migrations(config(), this.driver);
	}

	private MigrationsConfig config() {
		return MigrationsConfig.builder()
			.withLocationsToScan("classpath:" + MigrationFiles.LOCATION)
			.withResourceScanner(this.files)
			.withAutocrlf(true)
			.build();
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
