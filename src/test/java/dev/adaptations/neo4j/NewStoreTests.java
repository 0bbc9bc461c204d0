package dev.adaptations.neo4j;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.input.Group;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.internal.batchimport.input.Groups;

import dev.adaptations.support.LoopbackNeo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The offline writer of a new store: what it writes is there when the database starts, and a write that fails
 * part way leaves no store behind, so the database then starts empty.
 */
class NewStoreTests {

	@Test
	void aWrittenStoreStartsWithWhatWasWritten(@TempDir Path home) {
		assertThat(NewStore.isNew(home)).isTrue();
		NewStore store = new NewStore(home);
		store.write(input(50, -1));
		assertThat(store.written()).isTrue();
		assertThat(NewStore.isNew(home)).isFalse();
		assertThat(countsWhenStarted(home)).isEqualTo("50 nodes, 49 relationships");
		assertThatThrownBy(() -> store.write(input(1, -1))).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("written already");
	}

	@Test
	void aFailedWriteLeavesNoStore(@TempDir Path home) {
		NewStore store = new NewStore(home);
		assertThatThrownBy(() -> store.write(input(5_000, 3_000))).hasStackTraceContaining("row 3000 is broken");
		assertThat(store.written()).isFalse();
		assertThat(NewStore.isNew(home)).isTrue();
		assertThat(countsWhenStarted(home)).isEqualTo("0 nodes, 0 relationships");
	}

	private static String countsWhenStarted(Path home) {
		var service = LoopbackNeo4j.builder(home, 0).build();
		try {
			return service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
				.executeTransactionally("MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships",
						java.util.Map.of(), result -> {
							var row = result.next();
							return row.get("nodes") + " nodes, " + row.get("relationships") + " relationships";
						});
		}
		finally {
			service.shutdown();
		}
	}

	/** {@code n} nodes in a chain; the node numbered {@code failAt} (if not negative) throws instead. */
	private static Input input(int n, int failAt) {
		Groups groups = new Groups();
		Group ids = groups.getOrCreate(null);
		InputIterable nodes = () -> new Numbered(n, (visitor, i) -> {
			if (i == failAt) {
				throw new IllegalStateException("row " + i + " is broken");
			}
			visitor.id("n" + i, ids);
			visitor.labels(new String[] { "Thing" });
			visitor.property("id", "n" + i);
			visitor.endOfEntity();
		});
		InputIterable links = () -> new Numbered(n - 1, (visitor, i) -> {
			visitor.startId("n" + i, ids);
			visitor.endId("n" + (i + 1), ids);
			visitor.type("NEXT");
			visitor.endOfEntity();
		});
		return Input.input(nodes, links, IdType.STRING, Input.knownEstimates(n, n, n, 0, n * 8L, 0, n), groups);
	}

	@FunctionalInterface
	private interface Row {

		void visit(InputEntityVisitor visitor, int i) throws IOException;

	}

	/** Rows 0 to n-1 in chunks of 100, handed out to whichever importer thread asks. */
	private static final class Numbered implements InputIterator {

		private final int n;

		private final Row row;

		private int next;

		Numbered(int n, Row row) {
			this.n = n;
			this.row = row;
		}

		@Override
		public InputChunk newChunk() {
			return new Chunk();
		}

		@Override
		public synchronized boolean next(InputChunk chunk) {
			if (this.next >= this.n) {
				return false;
			}
			((Chunk) chunk).from = this.next;
			this.next = Math.min(this.n, this.next + 100);
			((Chunk) chunk).to = this.next;
			return true;
		}

		@Override
		public void close() {
		}

		private final class Chunk implements InputChunk {

			int from;

			int to;

			@Override
			public boolean next(InputEntityVisitor visitor) throws IOException {
				if (this.from >= this.to) {
					return false;
				}
				Numbered.this.row.visit(visitor, this.from++);
				return true;
			}

			@Override
			public void close() {
			}

		}

	}

}
