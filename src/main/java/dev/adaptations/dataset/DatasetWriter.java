package dev.adaptations.dataset;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.schema.IndexDefinition;
import org.neo4j.graphdb.schema.Schema;
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

	private static final String CONSTRAINT_FAILED = "Neo.ClientError.Schema.ConstraintValidationFailed";

	private static final Label DATASET = Label.label("Dataset");

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
	 * The id of the dataset loaded from exactly the bytes with this checksum, if any. The checksum covers the
	 * dataset's id, so a match is that dataset, unchanged.
	 */
	public Optional<String> loadedWithChecksum(String checksum) {
		return this.driver.executableQuery("MATCH (d:Dataset {checksum: $checksum}) RETURN d.id AS id LIMIT 1")
			.withParameters(Map.of("checksum", checksum))
			.execute()
			.records()
			.stream()
			.findFirst()
			.map(record -> record.get("id").asString());
	}

	/**
	 * Writes one dataset in a single transaction and records its checksum, as the startup loader does: a
	 * configured dataset is small, and all-or-nothing keeps a failed start from leaving half a dataset.
	 */
	public void write(DatasetFile dataset) {
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> {
				if (FirstLoad.fits(dataset) && !GraphLookup.anyEntity(tx)) {
					// A first start: every node is new, and two statements write the whole file.
					FirstLoad.write(tx, dataset);
				}
				else {
					Pass pass = new Pass(batch -> batch.write(tx, Batch.Mode.CREATE_NEW), DEFAULT_BATCH_SIZE,
							ImportProgress.NONE);
					pass.nodes(dataset);
					pass.relationships(dataset);
				}
				tx.run("MERGE (d:Dataset {id: $loaded.id}) SET d += $loaded", Map.of("loaded", loaded(dataset)))
					.consume();
			});
		}
	}

	/**
	 * Writes one dataset as {@link #write(DatasetFile)} does, into the embedded database of a store this start
	 * created, which holds no entity yet: through the database's own API when the file is small enough to write at
	 * once ({@link FirstLoad#writeEmbedded}), which plans no Cypher statement.
	 */
	public void writeEmbedded(GraphDatabaseService database, DatasetFile dataset) {
		if (!FirstLoad.fits(dataset)) {
			write(dataset);
			return;
		}
		try (Transaction tx = database.beginTx()) {
			FirstLoad.writeEmbedded(tx, dataset);
			// As the MERGE above, on a graph without datasets.
			Node loaded = tx.createNode(DATASET);
			loaded(dataset).forEach(loaded::setProperty);
			tx.commit();
		}
	}

	/** What a startup load records of the dataset it wrote: its file's checksum, and when. */
	private static Map<String, Object> loaded(DatasetFile dataset) {
		return Map.of("id", dataset.id(), "title", dataset.title(), "checksum", dataset.checksum(), "loadedAt",
				Instant.now().atZone(ZoneOffset.UTC));
	}

	/**
	 * Writes validated files with one transaction per batch of {@code batchSize} rows (retried on transient
	 * failures, which MERGE makes safe). A failure part way leaves the batches before it written; running
	 * the same import again completes it.
	 */
	public WriteReport write(List<DatasetFile> files, int batchSize, ImportProgress progress) {
		try (var session = this.driver.session()) {
			Pass pass = new Pass(batch -> write(session, batch), batchSize, progress);
			files.forEach(pass::nodes);
			files.forEach(pass::relationships);
			name(session, files);
			return pass.report();
		}
	}

	/**
	 * Completes files written offline into a new store ({@link DatasetBulkWriter}): waits until the indexes the
	 * migrations created over them are online (the batch importer writes no index; until then a search would
	 * miss what was imported), and names the datasets as {@link #write(List, int, ImportProgress)} does. Through the
	 * embedded database's own API (the store is always an embedded one), like the migrations of a store this start
	 * created: an import of a million nodes otherwise spent 2 s of its CPU planning its first Cypher statements.
	 */
	public void completeBulk(GraphDatabaseService database, List<DatasetFile> files) {
		awaitIndexes(database);
		try (Transaction tx = database.beginTx()) {
			for (DatasetFile file : files) {
				// As name(): a dataset named by an earlier file of the import keeps that file's title.
				if (tx.findNode(DATASET, "id", file.id()) == null) {
					Node dataset = tx.createNode(DATASET);
					dataset.setProperty("id", file.id());
					dataset.setProperty("title", file.title());
				}
			}
			tx.commit();
		}
	}

	/**
	 * Polls rather than waits in one transaction: population lasts as long as the store is large, longer than the
	 * transaction timeout allows.
	 */
	private static void awaitIndexes(GraphDatabaseService database) {
		while (!online(database)) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for the indexes to populate", ex);
			}
		}
	}

	/** Whether every index is online; throws when one failed to populate. */
	private static boolean online(GraphDatabaseService database) {
		boolean online = true;
		try (Transaction tx = database.beginTx()) {
			Schema schema = tx.schema();
			for (IndexDefinition index : schema.getIndexes()) {
				switch (schema.getIndexState(index)) {
					case ONLINE -> {
					}
					case FAILED -> throw new IllegalStateException("The index " + index.getName() + " failed to populate");
					default -> online = false;
				}
			}
		}
		return online;
	}

	/**
	 * Imports name their datasets but leave the checksum to startup loading, so a restart never replaces what an
	 * import wrote unless the configured file itself changed.
	 */
	private static void name(Session session, List<DatasetFile> files) {
		session.executeWriteWithoutResult(tx -> files.forEach(file -> tx.run("""
				MERGE (d:Dataset {id: $dataset})
				ON CREATE SET d.title = $title""", Map.of("dataset", file.id(), "title", file.title())).consume()));
	}

	private static Counts write(Session session, Batch batch) {
		try {
			return session.executeWrite(tx -> batch.write(tx, Batch.Mode.CREATE_NEW));
		}
		catch (ClientException ex) {
			if (!CONSTRAINT_FAILED.equals(ex.code())) {
				throw ex;
			}
			// Another writer created one of the batch's nodes between its look-up and its CREATE: MERGE them all.
			return session.executeWrite(tx -> batch.write(tx, Batch.Mode.MERGE));
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

	/** The writes of one batch of rows, run in the transaction given. */
	@FunctionalInterface
	private interface Batch {

		Counts write(TransactionContext tx, Mode mode);

		/** How a batch writes its nodes. */
		enum Mode {

			/** Every node through the version-aware MERGE. */
			MERGE,
			/** The nodes the graph lacks are created without MERGE, after a look-up of which exist. */
			CREATE_NEW

		}

	}

	/**
	 * Writes a batch of entity rows: the ones whose nodes exist go through the version-aware MERGE, the others
	 * are created; a fresh import, the common case, thus merges nothing.
	 */
	private static Counts nodes(TransactionContext tx, Batch.Mode mode, Section section, List<Map<String, Object>> rows,
			String dataset) {
		if (mode == Batch.Mode.MERGE) {
			return run(tx, DatasetStatements.nodes(section, rows, dataset));
		}
		List<String> ids = new ArrayList<>(rows.size());
		rows.forEach(row -> ids.add((String) row.get("id")));
		DatasetStatements.Statement lookup = DatasetStatements.existing(section, ids);
		Set<String> existing = new HashSet<>(
				tx.run(lookup.cypher(), lookup.parameters()).single().get("existing").asList(Value::asString));
		List<Map<String, Object>> fresh = new ArrayList<>(rows.size() - existing.size());
		List<Map<String, Object>> known = new ArrayList<>(existing.size());
		rows.forEach(row -> (existing.contains(row.get("id")) ? known : fresh).add(row));
		Counts counts = fresh.isEmpty() ? new Counts() : run(tx, DatasetStatements.creates(section, fresh, dataset));
		if (!known.isEmpty()) {
			counts.add(run(tx, DatasetStatements.nodes(section, known, dataset)));
		}
		return counts;
	}

	private static final class Counts {

		long nodesCreated;

		long nodesUpdated;

		long nodeRows;

		long relationshipsCreated;

		void add(Counts counts) {
			this.nodesCreated += counts.nodesCreated;
			this.nodesUpdated += counts.nodesUpdated;
			this.nodeRows += counts.nodeRows;
			this.relationshipsCreated += counts.relationshipsCreated;
		}

	}

	/** Streams files and writes their rows in batches, counting what the writes did. */
	private static final class Pass {

		private final Function<Batch, Counts> executor;

		private final int batchSize;

		private final ImportProgress progress;

		private final Map<String, Long> records = new LinkedHashMap<>();

		private final Counts total = new Counts();

		Pass(Function<Batch, Counts> executor, int batchSize, ImportProgress progress) {
			if (batchSize < 1) {
				throw new IllegalArgumentException("The batch size must be at least 1, got " + batchSize);
			}
			this.executor = executor;
			this.batchSize = batchSize;
			this.progress = progress;
		}

		void nodes(DatasetFile file) {
			stream(file, ImportProgress.Phase.WRITING_NODES, section -> section.defines() != null,
					(section, rows) -> (tx, mode) -> DatasetWriter.nodes(tx, mode, section, rows, file.id()));
		}

		void relationships(DatasetFile file) {
			stream(file, ImportProgress.Phase.WRITING_RELATIONSHIPS, Section::linksEntities,
					(section, rows) -> (tx, mode) -> run(tx, DatasetStatements.relationships(section, rows)));
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
					Pass.this.total.add(Pass.this.executor.apply(statements.make(this.section, this.rows)));
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

		WriteReport report() {
			return new WriteReport(Collections.unmodifiableMap(this.records), this.total.nodesCreated, this.total.nodesUpdated,
					this.total.nodeRows - this.total.nodesCreated - this.total.nodesUpdated,
					this.total.relationshipsCreated);
		}

		@FunctionalInterface
		private interface StatementMaker {

			Batch make(Section section, List<Map<String, Object>> rows);

		}

	}

}
