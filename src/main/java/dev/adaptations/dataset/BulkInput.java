package dev.adaptations.dataset;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.internal.batchimport.input.Groups;
import tools.jackson.databind.JsonNode;

/**
 * Validated dataset files as the input of Neo4j's batch importer: the nodes of every file, then the
 * relationships of every file, each streamed from the files again on a thread of its own and handed to the
 * importer's threads in chunks. Nodes and relationships are those the Cypher writers create (see
 * {@link GraphRecords}). Each node gets the next record id as it is read (a dataset's ids are unique across types),
 * and a relationship names its ends by those records.
 * <p>
 * The Cypher writers MERGE, so an id defined twice or a relationship stated twice writes one node or one
 * relationship; the batch importer would write two. Either stops this input ({@link Repeated}), and the caller
 * then leaves the files to the transactional writer.
 */
final class BulkInput {

	private static final int CHUNK = 1_000;

	private final List<DatasetFile> files;

	private final ImportProgress progress;

	private final Groups groups = new Groups();

	/** The nodes' ids as the last reading of the nodes numbered them: the relationships' ends. */
	private volatile SeenKeys nodeIds = new SeenKeys();

	private volatile Counts nodeCounts = new Counts();

	private volatile Counts linkCounts = new Counts();

	BulkInput(List<DatasetFile> files, ImportProgress progress) {
		this.files = files;
		this.progress = progress;
	}

	/** Something the files say twice: the transactional writer merges it, the batch importer cannot. */
	static final class Repeated extends RuntimeException {

		Repeated(String what) {
			super(what + " is stated twice");
		}

	}

	Input input() {
		long nodeRows = 0;
		long linkRows = 0;
		for (DatasetFile file : this.files) {
			for (var entry : file.records().entrySet()) {
				Section section = Section.byKey(entry.getKey());
				if (section != null && section.defines() != null) {
					nodeRows += entry.getValue();
				}
				if (section != null && section.linksEntities()) {
					linkRows += entry.getValue();
				}
			}
		}
		// The importer may read an input more than once: each reading counts and checks afresh.
		InputIterable nodes = () -> {
			SeenKeys nodeIds = new SeenKeys();
			this.nodeIds = nodeIds;
			Counts counts = new Counts();
			this.nodeCounts = counts;
			return new Streamed(ImportProgress.Phase.WRITING_NODES, section -> section.defines() != null,
					(file, section, row) -> {
						Map<String, Object> values = DatasetRows.of(section, row, true);
						String id = (String) values.get("id");
						long record = nodeIds.size();
						if (!nodeIds.add(id)) {
							throw new Repeated("The id '" + id + "'");
						}
						counts.records.merge(section.key(), 1L, Long::sum);
						counts.entities++;
						return List.of((InputEntityVisitor visitor) -> node(visitor, record, section, values, file.id()));
					});
		};
		InputIterable links = () -> {
			SeenKeys linkKeys = new SeenKeys();
			Counts counts = new Counts();
			this.linkCounts = counts;
			return new Streamed(ImportProgress.Phase.WRITING_RELATIONSHIPS, Section::linksEntities,
					(file, section, row) -> {
						Map<String, Object> values = DatasetRows.of(section, row, section.defines() == null);
						if (section.defines() == null) {
							counts.records.merge(section.key(), 1L, Long::sum);
						}
						List<Entity> entities = new ArrayList<>(2);
						GraphRecords.links(section, values, link -> {
							if (!linkKeys.add(link.key())) {
								throw new Repeated("A " + link.type() + " relationship from '" + link.start()
										+ "' to '" + link.end() + "'");
							}
							counts.entities++;
							long start = record(link.start());
							long end = record(link.end());
							entities.add(visitor -> relationship(visitor, start, end, link));
						});
						return entities;
					});
		};
		// Estimates size the importer's memory; a credit or an event may link several entities. The nodes' ids are
		// the records' own (ACTUAL): numbered here in the order they are read, so the importer needs no id mapper,
		// whose sorting and searching of a million string ids cost more CPU than writing the relationships.
		return Input.input(nodes, links, IdType.ACTUAL,
				Input.knownEstimates(nodeRows, linkRows * 2, nodeRows * 6, linkRows, nodeRows * 200, linkRows * 16,
						nodeRows * 2),
				this.groups);
	}

	/** Rows written per section, nodes and relationships created; complete once the import returned. */
	WriteReport report() {
		Map<String, Long> records = new LinkedHashMap<>(this.nodeCounts.records);
		this.linkCounts.records.forEach((section, rows) -> records.merge(section, rows, Long::sum));
		return new WriteReport(records, this.nodeCounts.entities, 0, 0, this.linkCounts.entities);
	}

	/** What one reading of the files met: rows per section, and nodes or relationships. */
	private static final class Counts {

		final Map<String, Long> records = new LinkedHashMap<>();

		long entities;

	}

	/**
	 * The record of the node with the id {@code id}, numbered when the nodes were read. Validation made sure that
	 * every id a link names is defined in the files; one that is not stops the import rather than link a wrong node.
	 */
	private long record(String id) {
		int record = this.nodeIds.number(id);
		if (record < 0) {
			throw new IllegalStateException("A relationship names the id '" + id + "', which no node has");
		}
		return record;
	}

	private void node(InputEntityVisitor visitor, long record, Section section, Map<String, Object> values,
			String dataset) throws IOException {
		visitor.id(record);
		visitor.labels(GraphRecords.labels(section, values).toArray(String[]::new));
		@SuppressWarnings("unchecked")
		Map<String, Object> props = (Map<String, Object>) values.get("props");
		props.forEach((key, value) -> visitor.property(key, GraphRecords.storable(value)));
		visitor.property("version", 1L);
		visitor.property("dataset", dataset);
		visitor.endOfEntity();
	}

	private void relationship(InputEntityVisitor visitor, long start, long end, GraphRecords.Link link)
			throws IOException {
		visitor.startId(start);
		visitor.endId(end);
		visitor.type(link.type());
		link.props().forEach((key, value) -> visitor.property(key, GraphRecords.storable(value)));
		visitor.endOfEntity();
	}

	/** What one row writes: visits the importer's visitor for each entity. */
	@FunctionalInterface
	private interface Entity {

		void visit(InputEntityVisitor visitor) throws IOException;

	}

	@FunctionalInterface
	private interface RowMapper {

		List<Entity> map(DatasetFile file, Section section, JsonNode row);

	}

	/**
	 * One pass over the files on a reading thread, chunks of entities handed over through a bounded queue (the
	 * reader stays at most a few chunks ahead), so memory holds a few thousand rows whatever the files' size.
	 */
	private final class Streamed implements InputIterator {

		private static final List<Entity> END = List.of();

		private final BlockingQueue<List<Entity>> chunks = new ArrayBlockingQueue<>(8);

		private final Thread reader;

		private volatile @Nullable Throwable failure;

		Streamed(ImportProgress.Phase phase, java.util.function.Predicate<Section> wanted, RowMapper mapper) {
			this.reader = new Thread(() -> {
				try {
					read(phase, wanted, mapper);
				}
				catch (Throwable ex) {
					// Whatever stopped the reading stops the import: an end without it would import part of the files.
					this.failure = ex;
				}
				try {
					this.chunks.put(END);
				}
				catch (InterruptedException ex) {
					// Closed: the importer no longer reads.
				}
			}, "dataset-bulk-reader");
			this.reader.setDaemon(true);
			this.reader.start();
		}

		private void read(ImportProgress.Phase phase, java.util.function.Predicate<Section> wanted, RowMapper mapper) {
			for (DatasetFile file : BulkInput.this.files) {
				BulkInput.this.progress.started(file.name(), phase, file.source().size());
				var current = new Object() {
					List<Entity> chunk = new ArrayList<>(CHUNK);
				};
				BiConsumer<Section, JsonNode> rows = (section, row) -> {
					current.chunk.addAll(mapper.map(file, section, row));
					if (current.chunk.size() >= CHUNK) {
						put(current.chunk);
						current.chunk = new ArrayList<>(CHUNK);
					}
				};
				String checksum = DatasetStream.read(file.source(), new SectionRows(wanted, rows), BulkInput.this.progress);
				if (!checksum.equals(file.checksum())) {
					throw new IllegalStateException(file.name() + " changed since it was validated");
				}
				if (!current.chunk.isEmpty()) {
					put(current.chunk);
				}
				BulkInput.this.progress.finished();
			}
		}

		private void put(List<Entity> chunk) {
			try {
				this.chunks.put(chunk);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while reading a dataset for the batch importer", ex);
			}
		}

		@Override
		public InputChunk newChunk() {
			return new Chunk();
		}

		@Override
		public boolean next(InputChunk target) throws IOException {
			List<Entity> chunk;
			try {
				chunk = this.chunks.take();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new InterruptedIOException("Interrupted while waiting for dataset rows");
			}
			if (chunk == END) {
				// Every importer thread asking after the end must see it too.
				put(END);
				Throwable failed = this.failure;
				if (failed instanceof RuntimeException runtime) {
					throw runtime;
				}
				if (failed instanceof Error error) {
					throw error;
				}
				if (failed != null) {
					throw new IllegalStateException(failed);
				}
				return false;
			}
			((Chunk) target).entities = chunk;
			((Chunk) target).next = 0;
			return true;
		}

		@Override
		public void close() {
			this.reader.interrupt();
		}

	}

	private static final class Chunk implements InputChunk {

		private List<Entity> entities = List.of();

		private int next;

		@Override
		public boolean next(InputEntityVisitor visitor) throws IOException {
			if (this.next >= this.entities.size()) {
				return false;
			}
			this.entities.get(this.next++).visit(visitor);
			return true;
		}

		@Override
		public void close() {
		}

	}

}
