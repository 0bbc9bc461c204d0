package dev.adaptations.neo4j;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.Driver;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import dev.adaptations.AdaptationGraphApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The embedded database as a newcomer meets it: data that survives a restart without being loaded again,
 * a taken Bolt port reported in one line that names the setting to change, and a page cache of the
 * configured size.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedNeo4jTests {

	@Test
	void theDataDirectoryPersistsAcrossRestartsAndASecondStartLoadsNothing(@TempDir Path data) {
		long[] first;
		try (var context = start("--graph.embedded.data-directory=" + data, "--graph.embedded.ephemeral=false")) {
			first = counts(context);
		}
		assertThat(Files.exists(data.resolve("data").resolve("databases"))).isTrue();
		try (var context = start("--graph.embedded.data-directory=" + data, "--graph.embedded.ephemeral=false")) {
			assertThat(counts(context)).containsExactly(first);
		}
		assertThat(first[0]).isGreaterThan(100);
	}

	@Test
	void aTakenBoltPortFailsFastNamingTheSettingToChange(CapturedOutput output) throws IOException {
		try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			assertThatException().isThrownBy(() -> start("--graph.embedded.bolt-port=" + taken.getLocalPort(),
					"--graph.embedded.ephemeral=true"))
				.havingRootCause()
				.isInstanceOf(BoltPortInUseException.class);
			assertThat(output).contains("graph.embedded.bolt-port").contains(String.valueOf(taken.getLocalPort()));
		}
	}

	@Test
	void thePageCacheSettingReachesNeo4j() {
		try (var context = start("--graph.embedded.ephemeral=true", "--graph.embedded.page-cache=48MB")) {
			var database = (GraphDatabaseAPI) context.getBean(EmbeddedDatabase.class)
				.service()
				.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			Config config = database.getDependencyResolver().resolveDependency(Config.class);
			assertThat(config.get(GraphDatabaseSettings.pagecache_memory)).isEqualTo(48L * 1024 * 1024);
		}
	}

	@Test
	void aTooSmallPageCacheIsRefusedAtStartupNamingTheSetting() {
		assertThatException()
			.isThrownBy(() -> start("--graph.embedded.page-cache=1MB", "--graph.embedded.ephemeral=true"))
			.havingRootCause()
			.isInstanceOf(IllegalArgumentException.class)
			.withMessageContaining("graph.embedded.page-cache must be at least 8MB");
	}

	private static ConfigurableApplicationContext start(String... arguments) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("server.port", "0");
		properties.put("graph.embedded.bolt-port", "0");
		properties.put("spring.main.banner-mode", "off");
		for (String argument : arguments) {
			String[] pair = argument.substring(2).split("=", 2);
			properties.put(pair[0], pair[1]);
		}
		return new SpringApplicationBuilder(AdaptationGraphApplication.class).run(properties.entrySet()
			.stream()
			.map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new));
	}

	/** Node count, relationship count and the dataset's load time: all equal when nothing was written. */
	private static long[] counts(ConfigurableApplicationContext context) {
		var record = context.getBean(Driver.class)
			.executableQuery("""
					MATCH (d:Dataset) WITH max(d.loadedAt) AS loadedAt
					CALL () { MATCH (n) RETURN count(n) AS nodes }
					CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
					RETURN nodes, relationships, loadedAt.epochMillis AS loadedAt""")
			.execute()
			.records()
			.get(0);
		return new long[] { record.get("nodes").asLong(), record.get("relationships").asLong(),
				record.get("loadedAt").asLong() };
	}

}
