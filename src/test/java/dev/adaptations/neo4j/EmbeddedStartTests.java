package dev.adaptations.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.Driver;

import dev.adaptations.AdaptationGraphApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatRuntimeException;

/**
 * The embedded database started beside Spring's own start: taken over by the bean that owns it, switched off by
 * {@code graph.embedded.start-early=false}, stopped when nobody took it over, and its failure reported where the
 * database is first needed.
 */
class EmbeddedStartTests {

	@Test
	void theDatabaseStartsBesideSpringsStartAndTheApplicationUsesThatDatabase() {
		Path store;
		try (var context = start("--graph.embedded.ephemeral=true")) {
			var early = context.getBean(EarlyEmbeddedStart.BEAN_NAME, EmbeddedStart.class);
			assertThat(early.handedOver()).isTrue();
			store = early.home();
			assertThat(store).isEqualTo(home(context.getBean(EmbeddedDatabase.class)));
			assertThat(nodes(context)).isGreaterThan(100);
		}
		// Ephemeral: the temporary store goes with the context.
		assertThat(store).doesNotExist();
	}

	@Test
	void switchedOffTheDatabaseStartsWithTheBeans() {
		try (var context = start("--graph.embedded.ephemeral=true", "--graph.embedded.start-early=false")) {
			assertThat(context.containsBean(EarlyEmbeddedStart.BEAN_NAME)).isFalse();
			assertThat(nodes(context)).isGreaterThan(100);
		}
	}

	@Test
	void aStartNobodyTookOverIsStoppedAndReleasesItsStore(@TempDir Path data) throws Exception {
		EmbeddedStart start = EmbeddedStart.prepare(properties(data), Duration.ofSeconds(30)).inBackground();
		start.destroy();
		// The store is free again: a second start on the same directory runs and is handed over.
		EmbeddedStart again = EmbeddedStart.prepare(properties(data), Duration.ofSeconds(30));
		again.run();
		EmbeddedDatabase database = again.handOver();
		assertThat(database.service().database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(1000))
			.isTrue();
		database.destroy();
	}

	@Test
	void aFailedStartIsThrownWhereTheDatabaseIsFirstNeeded(@TempDir Path data) throws Exception {
		EmbeddedStart holder = EmbeddedStart.prepare(properties(data), Duration.ofSeconds(30));
		holder.run();
		EmbeddedDatabase running = holder.handOver();
		try {
			// The same store, still locked by the database above: this start fails in its own thread.
			EmbeddedStart second = EmbeddedStart.prepare(properties(data), Duration.ofSeconds(30)).inBackground();
			// As Neo4j threw it, not wrapped by the hand-over, so that failure analyzers still recognise it.
			assertThatRuntimeException().isThrownBy(second::handOver)
				.satisfies(ex -> assertThat(ex).isNotInstanceOf(CompletionException.class))
				.havingRootCause()
				.withMessageContaining("Unable to obtain lock");
			second.destroy();
		}
		finally {
			running.destroy();
		}
	}

	private static EmbeddedNeo4jProperties properties(Path data) {
		return new EmbeddedNeo4jProperties(data, "127.0.0.1", 0, false, DataSize.ofMegabytes(16), true);
	}

	private static Path home(EmbeddedDatabase database) {
		var api = (org.neo4j.kernel.internal.GraphDatabaseAPI) database.service()
			.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		return api.getDependencyResolver()
			.resolveDependency(org.neo4j.configuration.Config.class)
			.get(GraphDatabaseSettings.neo4j_home);
	}

	private static long nodes(ConfigurableApplicationContext context) {
		return context.getBean(Driver.class)
			.executableQuery("MATCH (n) RETURN count(n) AS nodes")
			.execute()
			.records()
			.get(0)
			.get("nodes")
			.asLong();
	}

	private static ConfigurableApplicationContext start(String... arguments) {
		String[] all = new String[arguments.length + 3];
		all[0] = "--server.port=0";
		all[1] = "--graph.embedded.bolt-port=0";
		all[2] = "--spring.main.banner-mode=off";
		System.arraycopy(arguments, 0, all, 3, arguments.length);
		return new SpringApplicationBuilder(AdaptationGraphApplication.class).run(all);
	}

}
