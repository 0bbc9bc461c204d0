package dev.adaptations.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatRuntimeException;

/**
 * An ephemeral store leaves nothing behind when its database fails to start (a start that succeeds is removed with
 * the context: {@code EmbeddedStartTests}).
 */
class TemporaryStoreTests {

	@Test
	void aStoreWhoseDatabaseFailsToStartIsRemovedAtOnce() throws Exception {
		// An address of no interface here (TEST-NET-1, RFC 5737): Bolt cannot bind it, so the start fails.
		var properties = new EmbeddedNeo4jProperties(Path.of("unused"), "192.0.2.1", 0, true, DataSize.ofMegabytes(16),
				true);
		EmbeddedStart start = EmbeddedStart.prepare(properties, Duration.ofSeconds(30));
		assertThat(start.home()).exists();
		start.run();
		assertThatRuntimeException().isThrownBy(start::handOver);
		assertThat(start.home()).doesNotExist();
		start.destroy();
	}

	@Test
	void removingTwiceIsHarmless() throws Exception {
		TemporaryStore store = TemporaryStore.create();
		Files.writeString(store.home().resolve("file"), "x");
		Files.createDirectories(store.home().resolve("a").resolve("b"));
		store.remove();
		assertThat(store.home()).doesNotExist();
		store.remove();
	}

}
