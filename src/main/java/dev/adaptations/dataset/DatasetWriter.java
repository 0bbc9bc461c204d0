package dev.adaptations.dataset;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Writes validated datasets by streaming them again: first the nodes of every file, then the relationships
 * of every file (a relationship needs both its ends, wherever they are defined), each as batches of
 * {@code UNWIND $rows AS row MERGE ...}. Only one batch of rows is in memory at a time. Writes never delete:
 * a row creates or updates its node or relationship, and what a file no longer says stays in the graph for
 * curators to remove.
 */
@Component
public final class DatasetWriter {

	/** Rows per batch unless told otherwise: large enough to amortise a round trip, small enough for any heap. */
	public static final int DEFAULT_BATCH_SIZE = 2_000;

	private final Driver driver;

	DatasetWriter(Driver driver) {
		this.driver = driver;
	}

	/** The checksum of the dataset as last loaded at startup, or null when it never was. */
	public @Nullable String loadedChecksum(String datasetId) {
		return this.driver.executableQuery("MATCH (d:Dataset {id: $id}) RETURN d.checksum AS checksum")
			.withParameters(Map.of("id", datasetId))
			.execute()
			.records()
			.stream()
			.findFirst()
			.map(r -> r.get("checksum").asString(null))
			.orElse(null);
	}

	/**
	 * Writes one dataset in a single transaction and records its checksum, as the startup loader does: a
	 * configured dataset is small, and all-or-nothing keeps a failed start from leaving half a dataset.
	 */
	public void write(DatasetFile dataset) {
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> {
				Pass pass = new Pass(statements -> run(tx, statements), DEFAULT_BATCH_SIZE, ImportProgress.NONE);
				pass.nodes(dataset);
				pass.relationships(dataset);
				tx.run("""
						MERGE (d:Dataset {id: $dataset})
						SET d.title = $title, d.checksum = $checksum, d.loadedAt = $loadedAt""",
						Map.of("dataset", dataset.id(), "title", dataset.title(), "checksum", dataset.checksum(),
								"loadedAt", Instant.now().atZone(ZoneOffset.UTC)))
					.consume();
			});
		}
	}

	/**
	 * Writes validated files with one transaction per batch of {@code batchSize} rows (retried on transient
	 * failures, which MERGE makes safe). A failure part way leaves the batches before it written; running
	 * the same import again completes it.
	 */
	public WriteReport write(List<DatasetFile> files, int batchSize, ImportProgress progress) {
		try (var session = this.driver.session()) {
			Pass pass = new Pass(statements -> session.executeWrite(tx -> run(tx, statements)), batchSize, progress);
			files.forEach(pass::nodes);
			files.forEach(pass::relationships);
			// Imports name their datasets but leave the checksum to startup loading, so a restart never
			// replaces what an import wrote unless the configured file itself changed.
			session.executeWriteWithoutResult(tx -> files.forEach(file -> tx.run("""
					MERGE (d:Dataset {id: $dataset})
					ON CREATE SET d.title = $title""", Map.of("dataset", file.id(), "title", file.title())).consume()));
			return pass.report();
		}
	}

	private static Counts run(TransactionContext tx, List<DatasetStatements.Statement> statements) {
		Counts counts = new Counts();
		for (DatasetStatements.Statement statement : statements) {
			var result = tx.run(statement.cypher(), statement.parameters());
			if (result.hasNext()) {
				var record = result.next();
				if (record.containsKey("created")) {
					counts.nodesCreated += record.get("created").asLong();
					counts.nodesUpdated += record.get("updated").asLong();
					counts.nodeRows += record.get("rows").asLong();
				}
			}
			counts.relationshipsCreated += result.consume().counters().relationshipsCreated();
		}
		return counts;
	}

	private static final class Counts {

		long nodesCreated;

		long nodesUpdated;

		long nodeRows;

		long relationshipsCreated;

	}

	/** Streams files and writes their rows in batches, counting what the writes did. */
	private static final class Pass {

		private final Function<List<DatasetStatements.Statement>, Counts> executor;

		private final int batchSize;

		private final ImportProgress progress;

		private final Map<String, Long> records = new LinkedHashMap<>();

		private final Counts total = new Counts();

		Pass(Function<List<DatasetStatements.Statement>, Counts> executor, int batchSize, ImportProgress progress) {
			if (batchSize < 1) {
				throw new IllegalArgumentException("The batch size must be at least 1, got " + batchSize);
			}
			this.executor = executor;
			this.batchSize = batchSize;
			this.progress = progress;
		}

		void nodes(DatasetFile file) {
			stream(file, ImportProgress.Phase.WRITING_NODES, section -> section.defines() != null,
					(section, rows) -> DatasetStatements.nodes(section, rows, file.id()));
		}

		void relationships(DatasetFile file) {
			stream(file, ImportProgress.Phase.WRITING_RELATIONSHIPS, Section::linksEntities,
					DatasetStatements::relationships);
		}

		private void stream(DatasetFile file, ImportProgress.Phase phase, Function<Section, Boolean> wanted,
				StatementMaker statements) {
			this.progress.started(file.name(), phase, file.source().size());
			String checksum = DatasetStream.read(file.source(), new DatasetStream.Visitor() {

				private @Nullable Section section;

				private List<Map<String, Object>> rows = new ArrayList<>();

				@Override
				public boolean sectionStarted(String key, int line) {
					this.section = Section.byKey(key);
					return this.section != null && wanted.apply(this.section);
				}

				@Override
				public void row(String key, int index, int line, JsonNode row) {
					// Entity rows need their properties only when their nodes are written.
					boolean withProperties = phase == ImportProgress.Phase.WRITING_NODES
							|| this.section.defines() == null;
					this.rows.add(DatasetRows.of(this.section, row, withProperties));
					if (this.rows.size() >= Pass.this.batchSize) {
						flush();
					}
				}

				@Override
				public void sectionEnded(String key, int count) {
					flush();
				}

				private void flush() {
					if (this.rows.isEmpty()) {
						return;
					}
					Counts counts = Pass.this.executor.apply(statements.make(this.section, this.rows));
					add(counts);
					boolean counted = (phase == ImportProgress.Phase.WRITING_NODES) == (this.section.defines() != null);
					if (counted) {
						Pass.this.records.merge(this.section.key(), (long) this.rows.size(), Long::sum);
					}
					Pass.this.progress.batchWritten(this.section.key(), this.rows.size());
					this.rows = new ArrayList<>();
				}
			}, this.progress);
			this.progress.finished();
			if (!checksum.equals(file.checksum())) {
				throw new IllegalStateException(file.name() + " changed while it was being imported; what was"
						+ " written so far is consistent, import the file again to complete it");
			}
		}

		private void add(Counts counts) {
			this.total.nodesCreated += counts.nodesCreated;
			this.total.nodesUpdated += counts.nodesUpdated;
			this.total.nodeRows += counts.nodeRows;
			this.total.relationshipsCreated += counts.relationshipsCreated;
		}

		WriteReport report() {
			return new WriteReport(Collections.unmodifiableMap(this.records), this.total.nodesCreated, this.total.nodesUpdated,
					this.total.nodeRows - this.total.nodesCreated - this.total.nodesUpdated,
					this.total.relationshipsCreated);
		}

		@FunctionalInterface
		private interface StatementMaker {

			List<DatasetStatements.Statement> make(Section section, List<Map<String, Object>> rows);

		}

	}

}
