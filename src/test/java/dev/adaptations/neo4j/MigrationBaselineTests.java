package dev.adaptations.neo4j;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import ac.simons.neo4j.migrations.core.CypherResource;
import ac.simons.neo4j.migrations.core.MigrationChain;
import ac.simons.neo4j.migrations.core.MigrationState;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import dev.adaptations.support.LoopbackNeo4j;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first start creates the whole schema at once ({@link MigrationBaseline}); it must leave exactly what
 * neo4j-migrations leaves when it applies the files one by one (schema, recorded chain, checksums), so that the
 * library keeps working on the database afterwards; and a database with only some migrations applied still goes
 * the library's way. Each test runs on its own fresh embedded databases.
 */
class MigrationBaselineTests {

	/** Migrations over a Bolt connection alone, as against a server: no embedded database to ask. */
	private static final ObjectProvider<EmbeddedDatabase> NO_EMBEDDED = new StaticListableBeanFactory()
		.getBeanProvider(EmbeddedDatabase.class);


	private static final String LATEST = new MigrationFiles().latestVersion();

	@ParameterizedTest(name = "schema {0}")
	@ValueSource(strings = { "over Bolt", "through the schema API of a store this start created" })
	void aFirstStartRecordsEveryMigrationAsTheLibraryWouldAndCreatesTheSameSchema(String path, @TempDir Path once,
			@TempDir Path oneByOne) {
		try (var baseline = new Graph(once); var library = new Graph(oneByOne)) {
			new GraphMigrations(baseline.driver, path.equals("over Bolt") ? NO_EMBEDDED : created(baseline.service))
				.apply();
			var migrations = new GraphMigrations(library.driver, NO_EMBEDDED);
			migrations.applyOneByOne(migrations.library());

			assertThat(chain(baseline.driver)).hasSize(files() + 1).isEqualTo(chain(library.driver));
			assertThat(relationships(baseline.driver)).isEqualTo(relationships(library.driver));
			assertThat(schema(baseline.driver)).isEqualTo(schema(library.driver));
			assertThat(baseline.driver.executableQuery("MATCH (l:__Neo4jMigrationsLock) RETURN count(l) AS locks")
				.execute().records().get(0).get("locks").asLong()).isZero();
		}
	}

	@ParameterizedTest(name = "recorded {0}")
	@ValueSource(strings = { "over Bolt", "through the embedded API of a store this start created" })
	void theLibraryFindsEveryMigrationOfAFirstStartAppliedWithItsChecksum(String path, @TempDir Path data) {
		try (var graph = new Graph(data)) {
			var migrations = new GraphMigrations(graph.driver,
					path.equals("over Bolt") ? NO_EMBEDDED : created(graph.service));
			migrations.apply();
			Migrations library = migrations.library();

			assertThat(library.validate().isValid()).isTrue();
			MigrationChain chain = library.info();
			assertThat(chain.getElements()).hasSize(files())
				.allSatisfy(element -> {
					assertThat(element.getState()).isEqualTo(MigrationState.APPLIED);
					// What the library reads of each step: when, how long, as which user.
					assertThat(element.getInstalledOn()).isPresent();
					assertThat(element.getExecutionTime()).isPresent();
					assertThat(element.getInstalledBy()).isPresent();
				});
			assertThat(chain.getLastAppliedVersion()).hasValueSatisfying(v -> assertThat(v.getValue()).isEqualTo(LATEST));
			// Asked to migrate anyway, the library checks the chain, finds nothing to do and records nothing.
			assertThat(library.apply()).hasValueSatisfying(v -> assertThat(v.getValue()).isEqualTo(LATEST));
			assertThat(chain(graph.driver)).hasSize(files() + 1);
		}
	}

	@Test
	void aDatabaseWithSomeMigrationsAppliedIsMigratedOneByOneToTheSameEnd(@TempDir Path partial,
			@TempDir Path fresh) {
		try (var graph = new Graph(partial); var reference = new Graph(fresh)) {
			var config = MigrationsConfig.builder()
				.withLocationsToScan("classpath:" + MigrationFiles.LOCATION)
				.withAutocrlf(true)
				.withTarget("V0010__Create_role_id_constraint")
				.build();
			new Migrations(config, graph.driver).apply();
			assertThat(chain(graph.driver)).hasSize(11);

			new GraphMigrations(graph.driver, NO_EMBEDDED).apply();
			new GraphMigrations(reference.driver, NO_EMBEDDED).apply();

			assertThat(chain(graph.driver)).hasSize(files() + 1).isEqualTo(chain(reference.driver));
			assertThat(schema(graph.driver)).isEqualTo(schema(reference.driver));
			assertThat(new GraphMigrations(graph.driver, NO_EMBEDDED).library().validate().isValid()).isTrue();
		}
	}

	@Test
	void everyMigrationHasItsSchemaApiForm() {
		new MigrationFiles().byFileName().forEach((file, url) -> {
			var statements = CypherResource.of(url, true).getExecutableStatements();
			assertThat(statements).as(file).isNotEmpty().allSatisfy(statement -> assertThat(
					SchemaCommands.command(statement)).as(statement).isPresent());
		});
		// The library's own schema too (a composite constraint, a relationship index): a created store plans no Cypher.
		assertThat(MigrationBaseline.LIBRARY_SCHEMA)
			.allSatisfy(statement -> assertThat(SchemaCommands.command(statement)).as(statement).isPresent());
		assertThat(SchemaCommands.command("CREATE CONSTRAINT v IF NOT EXISTS FOR (m:M) REQUIRE (m.a, n.b) IS UNIQUE"))
			.isEmpty();
		assertThat(SchemaCommands.command("CREATE INDEX r_at IF NOT EXISTS FOR ()-[r:R]-() ON (s.at)")).isEmpty();
		assertThat(SchemaCommands.command("CREATE INDEX i IF NOT EXISTS FOR (n:N) ON (m.x)")).isEmpty();
		assertThat(SchemaCommands.command("CREATE INDEX i IF NOT EXISTS FOR (n:N) ON (n.x) OPTIONS {}")).isEmpty();
	}

	/** The embedded database of a store this start created, as the application's context holds it. */
	private static ObjectProvider<EmbeddedDatabase> created(DatabaseManagementService service) {
		var beans = new StaticListableBeanFactory();
		beans.addBean("embeddedDatabase", new EmbeddedDatabase(service, null, true, true));
		return beans.getBeanProvider(EmbeddedDatabase.class);
	}

	private static int files() {
		return new MigrationFiles().scan(List.of(MigrationFiles.LOCATION)).size();
	}

	/** Every recorded migration, from BASELINE along MIGRATED_TO, with its properties. */
	private static List<Map<String, Object>> chain(Driver driver) {
		return driver.executableQuery("""
				MATCH p = (:__Neo4jMigration {version: 'BASELINE'})-[:MIGRATED_TO*0..]->(last)
				WHERE NOT (last)-[:MIGRATED_TO]->()
				UNWIND nodes(p) AS m
				RETURN properties(m) AS m""")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("m").asMap())
			.toList();
	}

	/** What each MIGRATED_TO says besides its time: its keys, who installed it and as which user. */
	private static List<Map<String, Object>> relationships(Driver driver) {
		return driver.executableQuery("""
				MATCH ()-[r:MIGRATED_TO]->(m)
				RETURN m.version AS version, keys(r) AS keys, r.by AS by, r.connectedAs AS connectedAs
				ORDER BY version""")
			.execute()
			.records()
			.stream()
			.map(r -> Map.<String, Object>of("keys", r.get("keys").asList(v -> v.asString()).stream().sorted().toList(),
					"by", r.get("by").asString("?"), "connectedAs", r.get("connectedAs").asString("?")))
			.toList();
	}

	/** Every constraint and index, the library's own included, as SHOW describes them. */
	private static List<Map<String, Object>> schema(Driver driver) {
		var constraints = driver.executableQuery("""
				SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties, ownedIndex
				RETURN name, type, entityType, labelsOrTypes, properties, ownedIndex ORDER BY name""")
			.execute().records().stream().map(r -> r.asMap());
		var indexes = driver.executableQuery("""
				SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, indexProvider, owningConstraint, options
				RETURN name, type, entityType, labelsOrTypes, properties, indexProvider, owningConstraint, options
				ORDER BY name""")
			.execute().records().stream().map(r -> r.asMap());
		return java.util.stream.Stream.concat(constraints, indexes).toList();
	}

	/** A fresh embedded database in a temporary directory with Bolt on a free port, and a driver to it. */
	private static final class Graph implements AutoCloseable {

		final DatabaseManagementService service;

		final Driver driver;

		Graph(Path home) {
			this.service = LoopbackNeo4j.builder(home, 0)
				.setConfig(GraphDatabaseSettings.pagecache_memory, 16L * 1024 * 1024)
				.build();
			var database = (GraphDatabaseAPI) this.service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			var bolt = database.getDependencyResolver()
				.resolveDependency(ConnectorPortRegister.class)
				.getLocalAddress(ConnectorType.BOLT);
			this.driver = GraphDatabase.driver("bolt://" + bolt.getHost() + ":" + bolt.getPort(), AuthTokens.none());
		}

		@Override
		public void close() {
			this.driver.close();
			this.service.shutdown();
		}

	}

}
