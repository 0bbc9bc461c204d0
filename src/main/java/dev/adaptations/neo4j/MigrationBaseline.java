package dev.adaptations.neo4j;

import java.math.BigInteger;
import java.net.URL;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ac.simons.neo4j.migrations.core.CypherResource;
import ac.simons.neo4j.migrations.core.MigrationType;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.graphdb.ConstraintViolationException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the whole schema of an empty graph at once: every migration's statements in one schema transaction,
 * then the migration chain recorded in one write transaction, exactly as neo4j-migrations records it (same nodes,
 * properties and checksums, the checksums computed by the library's own code), so the library afterwards sees
 * every version applied and checks their checksums as usual. Applied one by one, the 26 migrations cost a schema
 * transaction each plus the library's lock, chain and bookkeeping statements, planned by a cold Cypher runtime:
 * about 10 s of a first start on two cores, against 2-3 s here (most of it the JVM's first Cypher compilations). In a
 * store this start created, the schema goes through the embedded database's schema API ({@link SchemaCommands}),
 * which needs no Cypher compiler (about 1 s less again), and so does the recording of the chain: its four
 * statements were the first Cypher a first start planned, 1.6 s of the migrations' 3.5 s.
 *
 * <p>Another instance migrating the same (external) database at the same moment is kept out by the library's own
 * lock: the recording transaction creates the lock node the library uses, so whichever of two writers comes second
 * fails or finds the chain recorded, and this class then leaves the database to the library's ordinary path. The
 * schema statements themselves are all {@code IF NOT EXISTS}, harmless twice.
 */
final class MigrationBaseline {

	private static final Logger log = LoggerFactory.getLogger(MigrationBaseline.class);

	/** The library's lock for the default database, and the constraints it keeps it unique with. */
	private static final String LOCK_NAME = "John Doe";

	/** The user the library records where the database cannot say which one is connected. */
	private static final String ANONYMOUS = "anonymous";

	/**
	 * The schema the library itself adds on its first run: uniqueness of its lock and of chain versions, and an
	 * index for repeatable migrations. Created here too, so both paths leave the same schema (MigrationsTests).
	 */
	static final List<String> LIBRARY_SCHEMA = List.of(
			"CREATE CONSTRAINT __Neo4jMigrationsLock__has_unique_id IF NOT EXISTS FOR (l:__Neo4jMigrationsLock) REQUIRE l.id IS UNIQUE",
			"CREATE CONSTRAINT __Neo4jMigrationsLock__has_unique_name IF NOT EXISTS FOR (l:__Neo4jMigrationsLock) REQUIRE l.name IS UNIQUE",
			"CREATE CONSTRAINT unique_version___Neo4jMigration IF NOT EXISTS FOR (m:__Neo4jMigration) REQUIRE (m.version, m.migrationTarget) IS UNIQUE",
			"CREATE INDEX repeated_at__Neo4jMigration IF NOT EXISTS FOR ()-[r:REPEATED]-() ON (r.at)");

	private static final String RECORD_CHAIN = """
			UNWIND $chain AS properties
			CREATE (m:__Neo4jMigration)
			SET m = properties
			WITH collect(m) AS chain
			UNWIND range(1, size(chain) - 1) AS i
			WITH chain[i - 1] AS previous, chain[i] AS next
			CREATE (previous)-[:MIGRATED_TO {at: datetime({timezone: 'UTC'}), in: duration({milliseconds: $executionTime}),
			  by: $installedBy, connectedAs: $neo4jUser}]->(next)""";

	/** A plain versioned migration: {@code V0026__Create_a_constraint.cypher}; anything else is the library's. */
	private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(.+)\\.cypher");

	private static final Label LOCK = Label.label("__Neo4jMigrationsLock");

	private static final Label MIGRATION = Label.label("__Neo4jMigration");

	private static final RelationshipType MIGRATED_TO = RelationshipType.withName("MIGRATED_TO");

	private static final String CONSTRAINT_FAILED = "Neo.ClientError.Schema.ConstraintValidationFailed";

	private final Driver driver;

	private final MigrationFiles files;

	/** The embedded database when this start created its store, whose own API then creates and records the schema. */
	private final @Nullable GraphDatabaseService createdStore;

	MigrationBaseline(Driver driver, MigrationFiles files, @Nullable GraphDatabaseService createdStore) {
		this.driver = driver;
		this.files = files;
		this.createdStore = createdStore;
	}

	/** Whether the graph has no migration recorded at all, the only case this class handles. */
	boolean applies() {
		return !this.driver.executableQuery("MATCH (m:__Neo4jMigration) RETURN count(m) > 0 AS recorded")
			.execute()
			.records()
			.get(0)
			.get("recorded")
			.asBoolean();
	}

	/**
	 * Applies every local migration at once and records them, or does nothing and answers {@code false} when the
	 * migrations are not all plain versioned Cypher files (repeatable migrations, preconditions: the library's
	 * business), or when another writer took the lock or recorded a chain first.
	 * @return the version the graph is now at, or {@code null} when the library has to do the work
	 */
	@Nullable String apply(MigrationsConfig config) {
		List<Migration> migrations = plainMigrations();
		if (migrations == null || migrations.isEmpty()) {
			return null;
		}
		long started = System.nanoTime();
		List<String> schema = new ArrayList<>(LIBRARY_SCHEMA);
		migrations.forEach(migration -> schema.addAll(migration.statements()));
		if (this.createdStore != null) {
			// A store this start created: nobody else writes it yet, and its schema API skips the cold Cypher compiler.
			try (var tx = this.createdStore.beginTx()) {
				SchemaCommands.apply(tx, schema);
				tx.commit();
			}
		}
		else {
			try (var session = this.driver.session()) {
				session.executeWriteWithoutResult(tx -> schema.forEach(statement -> tx.run(statement).consume()));
			}
		}
		long executionMillis = (System.nanoTime() - started) / 1_000_000 / migrations.size();
		String installedBy = config.getOptionalInstalledBy().orElse(null);
		boolean recorded;
		if (this.createdStore != null) {
			try (var tx = this.createdStore.beginTx()) {
				recorded = record(tx, migrations, executionMillis, userOf(tx), installedBy);
				tx.commit();
			}
			catch (ConstraintViolationException ex) {
				log.info("Another instance holds the migrations lock; leaving the schema to neo4j-migrations");
				return null;
			}
		}
		else {
			String user = currentUser();
			try (var session = this.driver.session()) {
				recorded = session.executeWrite(tx -> record(tx, migrations, executionMillis, user, installedBy));
			}
			catch (ClientException ex) {
				if (!CONSTRAINT_FAILED.equals(ex.code())) {
					throw ex;
				}
				log.info("Another instance holds the migrations lock; leaving the schema to neo4j-migrations");
				return null;
			}
		}
		if (!recorded) {
			return null;
		}
		String version = migrations.get(migrations.size() - 1).version();
		log.info("Created the schema of an empty graph at once: {} migrations, up to version {}, in {} ms",
				migrations.size(), version, (System.nanoTime() - started) / 1_000_000);
		return version;
	}

	/** Records the chain under the library's lock, unless some chain got recorded meanwhile. */
	private static boolean record(TransactionContext tx, List<Migration> migrations, long executionMillis,
			@Nullable String user, @Nullable String installedBy) {
		String lock = UUID.randomUUID().toString();
		tx.run("CREATE (:__Neo4jMigrationsLock {id: $id, name: $name})", Map.of("id", lock, "name", LOCK_NAME))
			.consume();
		boolean empty = tx.run("MATCH (m:__Neo4jMigration) RETURN count(m) AS recorded").single().get("recorded").asLong() == 0;
		if (empty) {
			List<Map<String, Object>> chain = new ArrayList<>();
			chain.add(Map.of("version", "BASELINE"));
			migrations.forEach(migration -> chain.add(migration.properties()));
			Map<String, Object> parameters = new LinkedHashMap<>();
			parameters.put("chain", chain);
			parameters.put("executionTime", executionMillis);
			parameters.put("neo4jUser", user);
			parameters.put("installedBy", installedBy);
			tx.run(RECORD_CHAIN, parameters).consume();
		}
		tx.run("MATCH (l:__Neo4jMigrationsLock {id: $id}) DELETE l", Map.of("id", lock)).consume();
		return empty;
	}

	/**
	 * Records the chain as {@link #record(TransactionContext, List, long, String, String)} does, through the embedded
	 * database's own API: the same nodes, properties and relationships ({@code MigrationBaselineTests} compares them
	 * with the library's), without planning a statement.
	 */
	private static boolean record(Transaction tx, List<Migration> migrations, long executionMillis,
			@Nullable String user, @Nullable String installedBy) {
		Node lock = tx.createNode(LOCK);
		lock.setProperty("id", UUID.randomUUID().toString());
		lock.setProperty("name", LOCK_NAME);
		boolean empty;
		try (ResourceIterator<Node> recorded = tx.findNodes(MIGRATION)) {
			empty = !recorded.hasNext();
		}
		if (empty) {
			// As datetime({timezone: 'UTC'}) and duration({milliseconds: ...}): one instant for the whole chain.
			ZonedDateTime at = ZonedDateTime.now(ZoneId.of("UTC"));
			Duration took = Duration.ofMillis(executionMillis);
			Node previous = tx.createNode(MIGRATION);
			previous.setProperty("version", "BASELINE");
			for (Migration migration : migrations) {
				Node next = tx.createNode(MIGRATION);
				migration.properties().forEach(next::setProperty);
				Relationship step = previous.createRelationshipTo(next, MIGRATED_TO);
				step.setProperty("at", at);
				step.setProperty("in", took);
				if (installedBy != null) {
					step.setProperty("by", installedBy);
				}
				if (user != null) {
					step.setProperty("connectedAs", user);
				}
				previous = next;
			}
		}
		lock.delete();
		return empty;
	}

	/**
	 * The local migrations as the library reads them (version and description from the file name, its checksum of
	 * the statements), with their statements, or {@code null} when one of them is not a plain versioned Cypher file
	 * without preconditions. Read here rather than asked of the library, whose listing first locks the database and
	 * queries the server (half a dozen statements, the first of a cold JVM, about two seconds of a first start);
	 * {@code MigrationBaselineTests} compares the result with the chain the library records itself.
	 */
	private @Nullable List<Migration> plainMigrations() {
		List<Migration> migrations = new ArrayList<>();
		for (Map.Entry<String, URL> file : this.files.byFileName().entrySet()) {
			Matcher name = FILE_NAME.matcher(file.getKey());
			if (!name.matches()) {
				return null;
			}
			CypherResource resource = CypherResource.of(file.getValue(), true);
			if (resource.getSingleLineComments().stream().anyMatch(MigrationBaseline::isPrecondition)) {
				return null;
			}
			migrations.add(new Migration(name.group(1), name.group(2).replace('_', ' '), file.getKey(),
					resource.getChecksum(), resource.getExecutableStatements()));
		}
		migrations.sort(Comparator.comparing(migration -> new BigInteger(migration.version())));
		return migrations;
	}

	/**
	 * The user the database knows this connection as, recorded with each migration, as the library finds it:
	 * {@code anonymous} where the server cannot say.
	 */
	private String currentUser() {
		try {
			return this.driver.executableQuery("CALL dbms.showCurrentUser() YIELD username RETURN username")
				.execute()
				.records()
				.get(0)
				.get("username")
				.asString();
		}
		catch (ClientException ex) {
			if (!"Neo.ClientError.Procedure.ProcedureNotFound".equals(ex.code())) {
				throw ex;
			}
			return ANONYMOUS;
		}
	}

	/**
	 * What {@link #currentUser()} answers over Bolt, read from an embedded transaction without planning a statement.
	 * The embedded database runs without authentication: Bolt connections and embedded transactions alike are Neo4j's
	 * auth-disabled subject, which has no name (and such a database has no {@code dbms.showCurrentUser}, so the
	 * library records {@code anonymous}; {@code MigrationBaselineTests} compares the two records).
	 */
	private static String userOf(Transaction tx) {
		String user = ((InternalTransaction) tx).securityContext().subject().executingUser();
		return user.isEmpty() ? ANONYMOUS : user;
	}

	/** The library's preconditions: {@code // assume that ...}, {@code // assert that ...}. */
	private static boolean isPrecondition(String comment) {
		String text = comment.replaceFirst("^//", "").strip().toLowerCase(Locale.ROOT);
		return text.startsWith("assume") || text.startsWith("assert");
	}

	private record Migration(String version, @Nullable String description, String source, String checksum,
			List<String> statements) {

		/** The properties the library gives a migration's node ({@code Migrations.toProperties}). */
		Map<String, Object> properties() {
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("version", this.version);
			if (this.description != null) {
				properties.put("description", this.description);
			}
			properties.put("type", MigrationType.CYPHER.name());
			properties.put("repeatable", false);
			properties.put("source", this.source);
			properties.put("checksum", this.checksum);
			return properties;
		}

	}

}
