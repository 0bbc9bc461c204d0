package dev.adaptations.dataset;

import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.networknt.schema.Error;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import dev.adaptations.work.WorkKind;

/**
 * The first pass of an import, over one or more files, writing nothing: every row is checked against its
 * schema definition as it streams by, its id recorded, and its references resolved against the ids seen so
 * far; references still open at the end are resolved against the ids of all the files, then looked up in
 * the graph in batches, as are the ids the files define (an id may be updated, not given another type).
 * <p>
 * The one structure that grows with the files is the id index (id to type, work kind, file and line, in
 * one {@code long}); open references are kept until the end, rows never are.
 */
final class DatasetValidation {

	/** Enough to fix a file by; a generated file with a systematic mistake would otherwise list millions. */
	static final int MAX_PROBLEMS = 200;

	private static final int LOOKUP_BATCH = 1_000;

	private static final int NO_KIND = 0xFF;

	private static final Set<String> REQUIRED = Set.of("format", "dataset", "sources");

	private final RowSchemas schemas;

	private final GraphLookup graph;

	private final Map<String, Long> ids = new HashMap<>();

	private final List<Pending> pending = new ArrayList<>();

	private final List<String> names = new ArrayList<>();

	private final List<Problem> problems = new ArrayList<>();

	private int problemCount;

	private boolean malformed;

	DatasetValidation(RowSchemas schemas, GraphLookup graph) {
		this.schemas = schemas;
		this.graph = graph;
	}

	/** Validates one file; its problems are kept for {@link #finish()}. */
	DatasetFile check(DatasetSource source, ImportProgress progress) {
		int file = this.names.size();
		this.names.add(source.name());
		String checksum = "";
		progress.started(source.name(), ImportProgress.Phase.VALIDATING, source.size());
		ExecutorService schemaChecks = Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "dataset-schema-check");
			thread.setDaemon(true);
			return thread;
		});
		FileCheck check = new FileCheck(file, schemaChecks);
		try {
			checksum = DatasetStream.read(source, check, progress);
			check.finish();
		}
		catch (DatasetStream.Malformed ex) {
			// The rows before the mistake are checked as they would have been.
			check.checkWaitingRows();
			this.malformed = true;
			problem(file, ex.line, ex.path, ex.getMessage());
		}
		catch (UncheckedIOException ex) {
			check.checkWaitingRows();
			problem(file, 0, "$", ex.getMessage());
		}
		finally {
			schemaChecks.shutdownNow();
		}
		progress.finished();
		return new DatasetFile(source.name(), check.datasetId, check.title, checksum, source, check.records);
	}

	/** Whether a file did not parse. */
	boolean malformed() {
		return this.malformed;
	}

	/**
	 * Resolves what only the whole set of files, or the graph, can tell.
	 * @throws InvalidDatasetException listing every problem of every file
	 */
	void finish() {
		resolvePending();
		checkDefinedIdsAgainstGraph();
		if (this.problemCount > 0) {
			this.problems.sort(Comparator.comparingInt(Problem::file).thenComparingInt(Problem::line));
			Set<String> files = new LinkedHashSet<>();
			this.problems.forEach(problem -> files.add(this.names.get(problem.file())));
			throw new InvalidDatasetException(String.join(", ", files),
					this.problems.stream().map(Problem::text).toList(), this.problemCount);
		}
	}

	private void resolvePending() {
		Set<String> unknown = new HashSet<>();
		for (Pending reference : this.pending) {
			if (!this.ids.containsKey(reference.id())) {
				unknown.add(reference.id());
			}
		}
		Map<String, GraphLookup.Found> inGraph = lookUp(unknown);
		for (Pending reference : this.pending) {
			Long known = this.ids.get(reference.id());
			if (known != null) {
				checkType(reference, type(known), kind(known));
				continue;
			}
			GraphLookup.Found found = inGraph.get(reference.id());
			if (found == null) {
				problem(reference, "'" + reference.id() + "' is not defined in this file or in the graph (expected a "
						+ reference.type().noun + ")");
			}
			else if (found.type() != reference.type()) {
				problem(reference, "'" + reference.id() + "' is a " + found.type().noun + " in the graph, not a "
						+ reference.type().noun);
			}
			else if (reference.episode() && !found.labels().contains(WorkKind.EPISODE.typeName())) {
				problem(reference, "'" + reference.id() + "' is not an EPISODE in the graph");
			}
		}
		this.pending.clear();
	}

	private void checkDefinedIdsAgainstGraph() {
		List<String> batch = new ArrayList<>(LOOKUP_BATCH);
		for (String id : this.ids.keySet()) {
			batch.add(id);
			if (batch.size() == LOOKUP_BATCH) {
				checkAgainstGraph(batch);
				batch.clear();
			}
		}
		checkAgainstGraph(batch);
	}

	private void checkAgainstGraph(List<String> batch) {
		this.graph.find(batch).forEach((id, found) -> {
			long defined = this.ids.get(id);
			EntityType type = type(defined);
			if (found.type() != type) {
				problem(file(defined), line(defined), "$." + section(type).key(), "'" + id + "' is already a "
						+ found.type().noun + " in the graph; an id names one entity, so it cannot also be a " + type.noun);
			}
		});
	}

	private Map<String, GraphLookup.Found> lookUp(Set<String> unknown) {
		Map<String, GraphLookup.Found> found = new HashMap<>();
		List<String> batch = new ArrayList<>(LOOKUP_BATCH);
		for (String id : unknown) {
			batch.add(id);
			if (batch.size() == LOOKUP_BATCH) {
				found.putAll(this.graph.find(batch));
				batch.clear();
			}
		}
		if (!batch.isEmpty()) {
			found.putAll(this.graph.find(batch));
		}
		return found;
	}

	private void checkType(Pending reference, EntityType type, int kind) {
		if (type != reference.type()) {
			problem(reference, "'" + reference.id() + "' is a " + type.noun + ", not a " + reference.type().noun);
		}
		else if (reference.episode() && kind != WorkKind.EPISODE.ordinal()) {
			problem(reference, "'" + reference.id() + "' is a " + WorkKind.values()[kind].name() + ", not an EPISODE");
		}
	}

	private static Section section(EntityType type) {
		for (Section section : Section.values()) {
			if (section.defines() == type) {
				return section;
			}
		}
		throw new IllegalArgumentException(type.name());
	}

	private void problem(Pending reference, String message) {
		problem(reference.file(), reference.line(), reference.path(), message);
	}

	private void problem(int file, int line, String path, String message) {
		this.problemCount++;
		if (this.problems.size() < MAX_PROBLEMS) {
			String where = (line > 0) ? "line " + line + ": " : "";
			this.problems.add(new Problem(file, line, this.names.get(file) + ": " + where + path + ": " + message));
		}
	}

	private static long pack(int line, int file, int kind, EntityType type) {
		return ((long) line << 32) | ((long) file << 16) | ((long) kind << 8) | type.ordinal();
	}

	private static int line(long packed) {
		return (int) (packed >>> 32);
	}

	private static int file(long packed) {
		return (int) ((packed >>> 16) & 0xFFFF);
	}

	private static int kind(long packed) {
		return (int) ((packed >>> 8) & 0xFF);
	}

	private static EntityType type(long packed) {
		return EntityType.of((int) (packed & 0xFF));
	}

	/** A JSON Pointer ({@code /sources/0}) in the notation of the messages ({@code .sources[0]}). */
	private static String path(String pointer) {
		StringBuilder path = new StringBuilder();
		for (String segment : pointer.split("/")) {
			if (segment.isEmpty()) {
				continue;
			}
			path.append(segment.chars().allMatch(Character::isDigit) ? "[" + segment + "]"
					: "." + segment.replace("~1", "/").replace("~0", "~"));
		}
		return path.toString();
	}

	/** A reference not resolved when its row was read. */
	private record Pending(int file, int line, String path, String id, EntityType type, boolean episode) {
	}

	private record Problem(int file, int line, String text) {
	}

	/** A row read and not yet checked. */
	private record Row(Section section, int index, int line, JsonNode tree) {
	}

	/** Rows whose schema problems are being found, one list of problems per row. */
	private record Batch(List<Row> rows, Future<List<List<Error>>> errors) {
	}

	/**
	 * The checks of one file as it streams by. A row's check against its schema (most of the validation's work,
	 * and independent of every other row) runs on a thread of its own, a batch at a time, while this one parses
	 * the next rows; everything else (ids, references, counts) happens here, in the file's order, once the row's
	 * schema problems are known. The batches in flight are bounded, so memory holds a few hundred rows.
	 */
	private final class FileCheck implements DatasetStream.Visitor {

		private static final int BATCH = 256;

		private static final int BATCHES_IN_FLIGHT = 3;

		private final int file;

		private final ExecutorService schemaChecks;

		private List<Row> waiting = new ArrayList<>(BATCH);

		private final Deque<Batch> inFlight = new ArrayDeque<>();

		private final Set<String> keys = new HashSet<>();

		private final Map<String, Long> records = new LinkedHashMap<>();

		/** Release groups (work, kind, region): preferred count, line and index of the first row. */
		private final Map<String, int[]> releaseGroups = new HashMap<>();

		private String datasetId = "";

		private String title = "";

		FileCheck(int file, ExecutorService schemaChecks) {
			this.file = file;
			this.schemaChecks = schemaChecks;
		}

		@Override
		public void value(String key, int line, JsonNode value) {
			checkWaitingRows();
			this.keys.add(key);
			if (!key.equals("format") && !key.equals("dataset") && Section.byKey(key) == null) {
				unknownKey(key, line);
				return;
			}
			for (Error error : DatasetValidation.this.schemas.validateValue(key, value)) {
				problem(this.file, line, "$." + key + path(error.getInstanceLocation().toString()), error.getMessage());
			}
			if (key.equals("dataset")) {
				this.datasetId = value.path("id").asString("");
				this.title = value.path("title").asString("");
			}
		}

		@Override
		public boolean sectionStarted(String key, int line) {
			checkWaitingRows();
			this.keys.add(key);
			if (Section.byKey(key) == null) {
				unknownKey(key, line);
				return false;
			}
			this.records.put(key, 0L);
			return true;
		}

		@Override
		public void sectionEnded(String key, int rows) {
			checkWaitingRows();
			if (rows == 0 && Section.byKey(key) != null) {
				for (Error error : DatasetValidation.this.schemas.validateValue(key,
						JsonNodeFactory.instance.arrayNode())) {
					problem(this.file, 0, "$." + key, error.getMessage());
				}
			}
		}

		@Override
		public void row(String key, int index, int line, JsonNode row) {
			this.waiting.add(new Row(Section.byKey(key), index, line, row));
			if (this.waiting.size() == BATCH) {
				send();
				if (this.inFlight.size() > BATCHES_IN_FLIGHT) {
					checkOldestBatch();
				}
			}
		}

		/** Checks every row read so far; before anything else of the file is looked at, and at its end. */
		void checkWaitingRows() {
			send();
			while (!this.inFlight.isEmpty()) {
				checkOldestBatch();
			}
		}

		private void send() {
			if (this.waiting.isEmpty()) {
				return;
			}
			List<Row> rows = this.waiting;
			this.waiting = new ArrayList<>(BATCH);
			RowSchemas schemas = DatasetValidation.this.schemas;
			this.inFlight.add(new Batch(rows, this.schemaChecks.submit(() -> {
				List<List<Error>> errors = new ArrayList<>(rows.size());
				rows.forEach(row -> errors.add(schemas.validateRow(row.section(), row.tree())));
				return errors;
			})));
		}

		private void checkOldestBatch() {
			Batch batch = this.inFlight.remove();
			List<Row> rows = batch.rows();
			List<List<Error>> errors;
			try {
				errors = batch.errors().get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while validating", ex);
			}
			catch (ExecutionException ex) {
				throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
						: new IllegalStateException(ex.getCause());
			}
			for (int i = 0; i < rows.size(); i++) {
				Row row = rows.get(i);
				check(row.section(), row.index(), row.line(), row.tree(), errors.get(i));
			}
		}

		private void check(Section section, int index, int line, JsonNode row, List<Error> errors) {
			String key = section.key();
			this.records.merge(key, 1L, Long::sum);
			String path = "$." + key + "[" + index + "]";
			for (Error error : errors) {
				problem(this.file, line, path + path(error.getInstanceLocation().toString()), error.getMessage());
			}
			EntityType defines = section.defines();
			if (defines != null && row.path("id").isString()) {
				define(row.path("id").asString(), defines, row, line, path);
			}
			if (!errors.isEmpty()) {
				// Reference checks on a row that is already wrong would only add noise.
				return;
			}
			for (Section.Reference reference : section.references()) {
				JsonNode value = row.path(reference.field());
				if (reference.many()) {
					for (int i = 0; i < value.size(); i++) {
						refer(value.get(i).asString(), reference.type(), reference.episodes(), line,
								path + "." + reference.field() + "[" + i + "]");
					}
				}
				else if (value.isString()) {
					refer(value.asString(), reference.type(), false, line, path + "." + reference.field());
				}
			}
			JsonNode sources = row.path("sources");
			for (int i = 0; i < sources.size(); i++) {
				refer(sources.get(i).asString(), EntityType.SOURCE, false, line, path + ".sources[" + i + "]");
			}
			if (section.distinctEnds()) {
				String one = section.references().get(0).field();
				String other = section.references().get(1).field();
				if (row.path(one).asString().equals(row.path(other).asString())) {
					problem(this.file, line, path, "'" + one + "' and '" + other + "' are the same node");
				}
			}
			if (section == Section.RELEASES) {
				String group = row.path("work").asString() + "\u0000" + row.path("kind").asString() + "\u0000"
						+ row.path("region").asString("");
				int[] counts = this.releaseGroups.computeIfAbsent(group, g -> new int[] { 0, line, index });
				if (row.path("preferred").asBoolean(false)) {
					counts[0]++;
				}
			}
		}

		private void define(String id, EntityType type, JsonNode row, int line, String path) {
			WorkKind kind = (type == EntityType.WORK) ? WorkKind.fromName(row.path("kind").asString(null)) : null;
			long packed = pack(line, this.file, (kind != null) ? kind.ordinal() : NO_KIND, type);
			Long previous = DatasetValidation.this.ids.putIfAbsent(id, packed);
			if (previous == null) {
				return;
			}
			if (file(previous) == this.file) {
				problem(this.file, line, path + ".id", "duplicate id '" + id + "' (already used by a "
						+ type(previous).noun + " at line " + line(previous) + ")");
			}
			else if (type(previous) != type) {
				problem(this.file, line, path + ".id", "'" + id + "' is already a " + type(previous).noun + " in "
						+ DatasetValidation.this.names.get(file(previous)) + " (line " + line(previous) + ")");
			}
			else {
				// A later file updates what an earlier one defined, as it would update the graph.
				DatasetValidation.this.ids.put(id, packed);
			}
		}

		private void refer(String id, EntityType type, boolean episode, int line, String path) {
			Pending reference = new Pending(this.file, line, path, id, type, episode);
			Long known = DatasetValidation.this.ids.get(id);
			if (known != null) {
				checkType(reference, type(known), kind(known));
			}
			else {
				DatasetValidation.this.pending.add(reference);
			}
		}

		private void unknownKey(String key, int line) {
			problem(this.file, line, "$." + key,
					"unknown key; the top level holds only format, dataset and the sections of the format");
		}

		void finish() {
			checkWaitingRows();
			for (String key : REQUIRED) {
				if (!this.keys.contains(key)) {
					problem(this.file, 0, "$", "required property '" + key + "' not found");
				}
			}
			this.releaseGroups.forEach((group, counts) -> {
				if (counts[0] != 1) {
					String[] parts = group.split("\u0000", 3);
					problem(this.file, counts[1], "$.releases[" + counts[2] + "]",
							"the releases of work '" + parts[0] + "', kind " + parts[1]
									+ (parts[2].isEmpty() ? "" : ", region '" + parts[2] + "'")
									+ " need exactly one preferred claim, found " + counts[0]);
				}
			});
		}

	}

}
