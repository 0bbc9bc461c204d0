package dev.adaptations.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.adaptations.dataset.DatasetSource;
import dev.adaptations.dataset.ImportProgress;
import dev.adaptations.dataset.InvalidDatasetException;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application's commands ({@code import FILE...}, {@code export}, {@code help}): which mode the
 * arguments ask for, and running a command against the configured database without an HTTP port and
 * without loading the startup datasets. Exit codes: 0 done, 1 failed (the message says why), 2 wrong usage.
 */
public final class Commands {

	static final String USAGE = """
			Usage: java -jar adaptation-graph.jar [COMMAND [ARGUMENTS]] [--spring.property=value ...]

			Without a command, the GraphQL service starts.

			Commands:
			  import FILE...                  Validate the dataset files (YAML, or JSON when named .json), all of
			                                  them, then write them; nothing is written if any file is invalid.
			                                  Into a new data directory, files of 4 MB or more are written
			                                  offline by Neo4j's batch importer (graph.import.offline-from).
			      --batch-size N              Rows per transaction (default 10000, graph.import.batch-size).
			  export [--family WORK_ID] [--output FILE]
			                                  Write the whole graph, or the adaptation family of one work, as a
			                                  dataset file (YAML), to FILE or to standard output.
			  help                            Show this text.

			Commands use the service's database: the embedded one in graph.embedded.data-directory (locked
			while the service runs: stop it first), or the server at SPRING_NEO4J_URI, which may be the running
			service's own Bolt port.
			""";

	private static final Map<String, Set<String>> OPTIONS = Map.of("import", Set.of("batch-size"), "export",
			Set.of("family", "output"), "help", Set.of());

	private Commands() {
	}

	/** Whether the arguments name a command (any argument that is not a {@code --option}), not the service. */
	public static boolean isCommand(String[] args) {
		for (String arg : args) {
			if (!arg.startsWith("-")) {
				return true;
			}
		}
		return false;
	}

	/** Runs the command in {@code args}; returns the process's exit code. */
	public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		Arguments arguments;
		try {
			arguments = Arguments.parse(args);
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.println();
			err.print(USAGE);
			return 2;
		}
		if (arguments.command.equals("help")) {
			out.print(USAGE);
			return 0;
		}
		if (arguments.command.equals("import")) {
			for (String file : arguments.positional) {
				Path path = Path.of(file);
				if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
					err.println("import: " + file + ": " + (Files.exists(path) ? "not a readable file" : "no such file"));
					return 1;
				}
			}
		}
		// Known before the database starts, so that an import into a new store can write it offline.
		List<DatasetSource> sources = arguments.positional.stream().map(file -> DatasetSource.of(Path.of(file))).toList();
		ImportProgress progress = ProgressPrinter.forConsole(out);
		BulkImport.Request request = arguments.command.equals("import") ? new BulkImport.Request(sources, progress) : null;
		ConfigurableApplicationContext context;
		try {
			context = start(application, arguments.springArgs, request);
		}
		catch (RuntimeException ex) {
			err.println(arguments.command + ": cannot start: " + startFailure(ex));
			return 1;
		}
		try (context) {
			return arguments.command.equals("import") ? importFiles(context, arguments, sources, progress, out, err)
					: export(context, arguments, out, err);
		}
	}

	private static ConfigurableApplicationContext start(Class<?> application, List<String> springArgs,
			BulkImport.@Nullable Request request) {
		List<String> args = new ArrayList<>(springArgs);
		// Last, so they win: no startup loading, and the embedded Bolt port of a command is any free one
		// (the service may be holding 7687).
		args.add("--graph.dataset.load-on-startup=false");
		// An import into a new store writes it before the database starts (BulkImport), so no early start.
		args.add("--graph.embedded.start-early=false");
		if (springArgs.stream().noneMatch(arg -> arg.startsWith("--graph.embedded.bolt-port="))) {
			args.add("--graph.embedded.bolt-port=0");
		}
		// No web server, and none of what only serves HTTP (the GraphQL endpoint, the playground, the explorer,
		// actuator's endpoints): seconds of a command's start, and CPU an import's index population can use.
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.initializers(context -> {
				if (request != null) {
					context.getBeanFactory().registerSingleton("importRequest", request);
				}
			})
			.logStartupInfo(false)
			// The console is the command's: its output (an export may go to stdout) is not mixed with logs.
			.properties("logging.threshold.console=OFF")
			.run(args.toArray(String[]::new));
	}

	private static int importFiles(ConfigurableApplicationContext context, Arguments arguments,
			List<DatasetSource> sources, ImportProgress progress, PrintStream out, PrintStream err) {
		Importer importer = context.getBean(Importer.class);
		try {
			Integer batchSize = arguments.integer("batch-size");
			Importer.Report report = (batchSize != null) ? importer.importFiles(sources, batchSize, progress)
					: importer.importFiles(sources, progress);
			summary(report, out);
			return 0;
		}
		catch (InvalidDatasetException ex) {
			err.println("import: nothing was written. " + ex.getMessage());
			return 1;
		}
		catch (IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
			err.println("import: " + ex.getMessage());
			return 1;
		}
	}

	private static void summary(Importer.Report report, PrintStream out) {
		var written = report.written();
		double seconds = Math.max(report.elapsed().toNanos(), 1) / 1e9;
		long records = report.files().stream().flatMap(f -> f.records().values().stream()).mapToLong(Long::longValue).sum();
		out.printf(Locale.ROOT, "Imported %s in %s: %,d records, %,d records/s%n",
				report.files().stream().map(f -> f.name() + " (dataset " + f.id() + ")").collect(Collectors.joining(", ")),
				ProgressPrinter.duration(seconds), records, Math.round(records / seconds));
		out.println("  records: " + written.records().entrySet().stream()
			.map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%,d", e.getValue()))
			.collect(Collectors.joining(", ")));
		out.printf(Locale.ROOT, "  nodes: %,d created, %,d updated, %,d unchanged; relationships: %,d created%n",
				written.nodesCreated(), written.nodesUpdated(), written.nodesUnchanged(), written.relationshipsCreated());
		if (report.offline()) {
			out.println("  written into the new store by Neo4j's batch importer, then its indexes built");
		}
	}

	private static int export(ConfigurableApplicationContext context, Arguments arguments, PrintStream out,
			PrintStream err) {
		GraphExporter exporter = context.getBean(GraphExporter.class);
		String output = arguments.options.get("output");
		Path path = (output != null) ? Path.of(output) : null;
		long start = System.nanoTime();
		try (OutputStream target = (path != null) ? Files.newOutputStream(path) : new NonClosing(out)) {
			GraphExporter.Report report = exporter.export(arguments.options.get("family"), target);
			double seconds = (System.nanoTime() - start) / 1e9;
			err.printf(Locale.ROOT, "Exported %,d records to %s in %s (%s)%n", report.total(),
					(path != null) ? path : "standard output", ProgressPrinter.duration(seconds),
					report.records().entrySet().stream()
						.map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%,d", e.getValue()))
						.collect(Collectors.joining(", ")));
			return 0;
		}
		catch (GraphExporter.NothingToExportException ex) {
			deleteQuietly(path);
			err.println("export: " + ex.getMessage());
			return 1;
		}
		catch (IOException | UncheckedIOException ex) {
			deleteQuietly(path);
			err.println("export: cannot write " + ((path != null) ? path : "standard output") + ": " + ex.getMessage());
			return 1;
		}
	}

	private static void deleteQuietly(@Nullable Path path) {
		if (path != null) {
			try {
				Files.deleteIfExists(path);
			}
			catch (IOException ex) {
				// The message already printed says the export failed; a leftover file is secondary.
			}
		}
	}

	/** Why the application could not start, in one line: the store locked by the running service, above all. */
	private static String startFailure(Throwable ex) {
		Throwable root = ex;
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause.getClass().getSimpleName().equals("FileLockException")) {
				return "the embedded database's store is in use, probably by the running service. Stop the service,"
						+ " or import through its Bolt port: SPRING_NEO4J_URI=bolt://127.0.0.1:7687";
			}
			root = cause;
		}
		return root.getMessage();
	}

	/** Standard output stays open after an export to it. */
	private static final class NonClosing extends java.io.FilterOutputStream {

		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

	/** A command, its options and operands, and the Spring properties ({@code --name.with.dots=value}). */
	private static final class Arguments {

		final String command;

		final Map<String, String> options = new LinkedHashMap<>();

		final List<String> positional = new ArrayList<>();

		final List<String> springArgs = new ArrayList<>();

		private Arguments(String command) {
			this.command = command;
		}

		static Arguments parse(String[] args) {
			Arguments parsed = null;
			List<String> springArgs = new ArrayList<>();
			for (int i = 0; i < args.length; i++) {
				String arg = args[i];
				if (arg.startsWith("--") && arg.substring(2).split("=", 2)[0].contains(".")) {
					springArgs.add(arg);
				}
				else if (parsed == null) {
					if (!OPTIONS.containsKey(arg)) {
						throw new IllegalArgumentException("Unknown command '" + arg + "'.");
					}
					parsed = new Arguments(arg);
				}
				else if (arg.startsWith("--")) {
					String[] pair = arg.substring(2).split("=", 2);
					if (!OPTIONS.get(parsed.command).contains(pair[0])) {
						throw new IllegalArgumentException(parsed.command + ": unknown option '--" + pair[0] + "'.");
					}
					if (pair.length == 1 && i + 1 >= args.length) {
						throw new IllegalArgumentException(parsed.command + ": option '--" + pair[0] + "' needs a value.");
					}
					parsed.options.put(pair[0], (pair.length == 2) ? pair[1] : args[++i]);
				}
				else {
					parsed.positional.add(arg);
				}
			}
			if (parsed == null) {
				throw new IllegalArgumentException("No command given.");
			}
			parsed.springArgs.addAll(springArgs);
			if (parsed.command.equals("import") && parsed.positional.isEmpty()) {
				throw new IllegalArgumentException("import: name at least one file.");
			}
			if (!parsed.command.equals("import") && !parsed.positional.isEmpty()) {
				throw new IllegalArgumentException(parsed.command + ": unexpected argument '" + parsed.positional.get(0) + "'.");
			}
			Integer batchSize = parsed.integer("batch-size");
			if (batchSize != null && batchSize < 1) {
				throw new IllegalArgumentException("import: --batch-size must be at least 1.");
			}
			return parsed;
		}

		@Nullable Integer integer(String option) {
			String value = this.options.get(option);
			if (value == null) {
				return null;
			}
			try {
				return Integer.valueOf(value);
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("--" + option + " must be a number, got '" + value + "'.");
			}
		}

	}

}
