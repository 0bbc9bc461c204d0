package dev.adaptations.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark: for each size (the shipped dataset, or a generated one of about N nodes), generates and
 * imports the dataset into a fresh data directory through the application's own {@code import} command
 * (its records/s), starts the packaged service on it (time to ready), then runs every canonical query
 * (Q1-Q6) over HTTP and its hand-tuned Cypher through the Neo4j driver on the service's own embedded Bolt
 * port: latency at concurrency 1 (p50/p95/p99, median of several runs) and throughput at 8 and 32 clients,
 * with the service's resident memory sampled all along. Writes {@code docs/performance/README.md} (keeping
 * the hand-written notes after its notes marker) and {@code latency.svg}. Only 127.0.0.1 traffic.
 *
 * <p>Run through {@code scripts/benchmark.sh}; never part of the test suite.
 */
public final class BenchmarkRunner {

	static final String NOTES_MARKER = "<!-- notes: everything below is kept when the runner rewrites this file -->";

	/** The shipped dataset's entities, by query: typical and heavy. */
	static final Map<String, String> SHIPPED = new LinkedHashMap<>();

	static {
		SHIPPED.put("Q1.typical", "love-in-the-big-city-novel");
		SHIPPED.put("Q2.typical", "kim-go-eun");
		SHIPPED.put("Q2.heavy", "park-sang-young");
		SHIPPED.put("Q3.typical", "love-in-the-big-city-2024-series");
		SHIPPED.put("Q4.typical", "nam yoonsu");
		SHIPPED.put("Q4.heavy", "love");
		SHIPPED.put("Q5.typical", "nam-yoon-su,kim-go-eun");
		SHIPPED.put("Q5.heavy", "anton-hur,kim-go-eun");
		SHIPPED.put("Q6.typical", "kim-go-eun");
		SHIPPED.put("Q6.heavy", "park-sang-young");
	}

	/** As in pom.xml's {@code app.memory.jvm-arguments}, the Dockerfile and the README's Run section. */
	static final String MEMORY_JVM_ARGS = "-Xmx256m -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=128m"
			+ " -XX:MaxDirectMemorySize=128m -XX:+UseSerialGC";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, String> options;

	private final Path work;

	private final List<Result> results = new ArrayList<>();

	private final List<SizeResult> sizes = new ArrayList<>();

	/** The client threads of every concurrent call (32, the most clients a measurement uses). */
	private final ExecutorService clients = Executors.newFixedThreadPool(32, runnable -> {
		Thread thread = new Thread(runnable, "benchmark-client");
		thread.setDaemon(true);
		return thread;
	});

	private BenchmarkRunner(Map<String, String> options) {
		this.options = options;
		this.work = Path.of(option("work", "target/benchmark"));
	}

	/**
	 * One query on one entity. {@code graphQlCpu} and {@code rawCpu} are the service process's CPU time per request
	 * (ms) over the sequential runs: less sensitive than latency to what else the shared machine runs. {@code jitMs}:
	 * the CPU time (ms) the service's JIT compilers used during those runs, both sides.
	 */
	record Result(String size, String query, String variant, String entity, double[] graphQl, double[] raw,
			double graphQl8, double raw8, double graphQl32, double raw32, long errors, double graphQlCpu,
			double rawCpu, double jitMs) {

		double ratio() {
			return this.graphQl[0] / this.raw[0];
		}

		Result withThroughput(double graphQl8, double raw8, double graphQl32, double raw32, long errors) {
			return new Result(this.size, this.query, this.variant, this.entity, this.graphQl, this.raw, graphQl8, raw8,
					graphQl32, raw32, errors, this.graphQlCpu, this.rawCpu, this.jitMs);
		}

	}

	record SizeResult(String size, long nodes, long records, double importSeconds, long importRate,
			double firstStart, double restart, long maxRssKb, long rssAfterLoadKb) {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		new BenchmarkRunner(options).run();
	}

	private String option(String name, String fallback) {
		return this.options.getOrDefault(name, fallback);
	}

	private int intOption(String name, int fallback) {
		return Integer.parseInt(option(name, Integer.toString(fallback)));
	}

	private void run() throws Exception {
		String client = option("http-client", "socket");
		if (!client.equals("socket") && !client.equals("jdk")) {
			throw new IllegalArgumentException("--http-client must be socket or jdk, not " + client);
		}
		String load = loadAverage();
		for (String size : option("sizes", "shipped,100000").split(",")) {
			runSize(size.strip());
		}
		writeReport(load, loadAverage());
	}

	private void runSize(String size) throws Exception {
		log("== size " + size);
		Path data = this.work.resolve("data-" + size);
		deleteRecursively(data);
		Files.createDirectories(data);
		Map<String, String> entities = new LinkedHashMap<>();
		long nodes = 0;
		long records = 0;
		double importSeconds = 0;
		long importRate = 0;
		if (!size.equals("shipped")) {
			Path file = this.work.resolve("synthetic-" + size + ".json");
			Path properties = Path.of(file + ".properties");
			if (!Files.exists(properties)) {
				log("generating " + file);
				DatasetGenerator.main(new String[] { "--nodes", size, "--seed", option("seed", "42"), "--output",
						file.toString() });
			}
			Properties generated = new Properties();
			try (InputStream in = Files.newInputStream(properties)) {
				generated.load(in);
			}
			generated.stringPropertyNames().stream().filter(key -> key.startsWith("Q")).sorted()
				.forEach(key -> entities.put(key, generated.getProperty(key)));
			nodes = Long.parseLong(generated.getProperty("nodes"));
			records = Long.parseLong(generated.getProperty("records"));
			log("importing " + file);
			long start = System.nanoTime();
			// A one-off batch job on a large file: its page cache sized for the store it builds (the service's
			// default, 128MB, fits the shipped graph), as docs/import-export.md advises.
			String output = runCommand(List.of("import", file.toString(), "--graph.embedded.data-directory=" + data,
					"--graph.embedded.page-cache=" + option("import-page-cache", "1GB")),
					this.work.resolve("import-" + size + ".log"));
			importSeconds = (System.nanoTime() - start) / 1e9;
			Matcher rate = Pattern.compile("Imported .*?: ([\\d,]+) records, ([\\d,]+) records/s").matcher(output);
			if (rate.find()) {
				importRate = Long.parseLong(rate.group(2).replace(",", ""));
			}
			log("imported in %.1f s, importer reports %,d records/s".formatted(importSeconds, importRate));
		}
		Map<String, String> shipped = new LinkedHashMap<>();
		SHIPPED.forEach((key, value) -> shipped.put(key.replace(".typical", ".shipped").replace(".heavy", ".shipped-heavy"), value));
		if (size.equals("shipped")) {
			entities.putAll(SHIPPED);
		}
		else {
			// The shipped dataset loads at startup beside the generated one: its entities on the large graph.
			shipped.forEach((key, value) -> {
				if (key.endsWith(".shipped")) {
					entities.put(key, value);
				}
			});
		}
		// Startup on a noisy machine: the median of several first starts (each on the directory as the import left
		// it, or empty) and of as many restarts, the last of which is the service measured below.
		int starts = Math.max(1, intOption("starts", 3));
		Path imported = this.work.resolve("data-" + size + ".imported");
		deleteRecursively(imported);
		copyRecursively(data, imported);
		List<Double> firstStarts = new ArrayList<>();
		for (int i = 0; i < starts; i++) {
			if (i > 0) {
				deleteRecursively(data);
				copyRecursively(imported, data);
			}
			Service first = Service.start(this, data, size);
			firstStarts.add(first.readySeconds);
			first.stop();
		}
		deleteRecursively(imported);
		List<Double> restarts = new ArrayList<>();
		for (int i = 1; i < starts; i++) {
			Service again = Service.start(this, data, size);
			restarts.add(again.readySeconds);
			again.stop();
		}
		Service service = Service.start(this, data, size);
		restarts.add(service.readySeconds);
		double firstStart = median(firstStarts);
		double restart = median(restarts);
		log("first start %.1f s %s, restart %.1f s %s".formatted(firstStart, firstStarts, restart, restarts));
		RssSampler rss = new RssSampler(service.process.pid());
		long rssAfterLoad;
		try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + service.boltPort, AuthTokens.none())) {
			rss.start();
			List<String> only = List.of(option("queries", "Q1,Q2,Q3,Q4,Q5,Q6").split(","));
			CompilerThreads compilers = new CompilerThreads(service.process.pid());
			warmUp(entities, only, service.port, driver, compilers);
			// Every latency first, then every throughput: the bursts of 8 and 32 clients send the JIT compiling
			// again, and a latency measured after one was measured beside the compilers (docs/performance).
			List<Result> measured = new ArrayList<>();
			for (CanonicalQuery query : CanonicalQuery.ALL.stream().filter(q -> only.contains(q.name())).toList()) {
				for (var entry : entities.entrySet()) {
					if (entry.getKey().startsWith(query.name() + ".")) {
						String variant = entry.getKey().substring(query.name().length() + 1);
						measured.add(latency(size, query, variant, entry.getValue(), service.port, driver,
								service.process.pid(), compilers));
					}
				}
			}
			// The floor: what any request costs over HTTP and GraphQL, against a Bolt round trip; last, so both
			// sides are as warm as for the queries.
			measured.add(latency(size, FLOOR, "floor", "-", service.port, driver, service.process.pid(), compilers));
			for (Result result : measured) {
				this.results.add(result.variant().equals("typical")
						? throughput(result, CanonicalQuery.named(result.query()), service.port, driver) : result);
			}
			rssAfterLoad = rss.current();
		}
		finally {
			rss.stop();
			service.stop();
		}
		this.sizes.add(new SizeResult(size, nodes, records, importSeconds, importRate, firstStart, restart,
				rss.max.get(), rssAfterLoad));
	}

	/** The smallest request: no field that reads the graph, against the smallest Cypher. */
	static final CanonicalQuery FLOOR = new CanonicalQuery("Q0", "floor", "__typename", "query Q0 { __typename }",
			"RETURN 1 AS one");

	private Map<String, Object> variables(CanonicalQuery query, String entity) {
		return switch (query.name()) {
			case "Q0" -> Map.of();
			case "Q4" -> Map.of("text", entity);
			case "Q5" -> Map.of("from", entity.split(",")[0], "to", entity.split(",")[1]);
			default -> Map.of("id", entity);
		};
	}

	/**
	 * Every query on every entity, round after round, for at least {@code --jit-warmup} seconds (default 180) and
	 * then until the service's JIT compilers are quiet ({@code --jit-quiet}, default 2% of a core over a cycle of
	 * three rounds; at most {@code --jit-warmup-max} seconds in all, default 420), so that the service and the
	 * database it embeds are as warm as in a long run whichever size and query comes first. In each round every
	 * call runs back to back for a fifth of a second, so that a light query gets as much of the warm-up as a heavy
	 * one. A small request takes 20,000-30,000 of its kind before its latency settles (Q1 on the shipped graph,
	 * sequential, after 1,000 requests: p50 10.9 ms and 28 ms of the service's CPU each; after 14,000: 3.1 and
	 * 3.7 ms; from 24,000 on: 2.9-3.0 and 3.2-3.6 ms). The first round of every three runs each typical entity's
	 * calls at 8 or 32 clients, as the throughput does: concurrent requests take paths that sequential ones do not
	 * (contended locks, more connections), and without them in the warm-up the first throughput burst set the
	 * compilers going again for a minute.
	 */
	private void warmUp(Map<String, String> entities, List<String> only, int port, Driver driver,
			CompilerThreads compilers) throws Exception {
		int seconds = intOption("jit-warmup", 180);
		int maxSeconds = Math.max(seconds, intOption("jit-warmup-max", 420));
		double quiet = Double.parseDouble(option("jit-quiet", "0.02"));
		List<Call> calls = new ArrayList<>();
		// Concurrent rounds send what the throughput measures (the typical entities), not many heavy answers at once.
		List<Call> typical = new ArrayList<>();
		for (CanonicalQuery query : CanonicalQuery.ALL.stream().filter(q -> only.contains(q.name())).toList()) {
			entities.forEach((key, entity) -> {
				if (key.startsWith(query.name() + ".")) {
					List<Call> both = List.of(graphQlCall(query, entity, port, new AtomicLong()),
							rawCall(query, entity, driver));
					calls.addAll(both);
					if (key.endsWith(".typical")) {
						typical.addAll(both);
					}
				}
			});
		}
		// The floor too: measured last, it was the only request the warm-up had not compiled.
		calls.add(graphQlCall(FLOOR, "-", port, new AtomicLong()));
		calls.add(rawCall(FLOOR, "-", driver));
		long start = System.nanoTime();
		long slice = TimeUnit.MILLISECONDS.toNanos(200);
		int rounds = 0;
		long requests = 0;
		double share = Double.NaN;
		Map<String, Long> cycleStart = compilers.snapshot();
		long cycleNanos = System.nanoTime();
		while (!calls.isEmpty()) {
			long elapsed = System.nanoTime() - start;
			if (rounds % 3 == 0 && rounds > 0) {
				// A cycle is one round of concurrent clients and two sequential ones: what the compilers did over it.
				share = compilers.millisSince(cycleStart) / ((System.nanoTime() - cycleNanos) / 1e6);
				cycleStart = compilers.snapshot();
				cycleNanos = System.nanoTime();
				if (elapsed >= seconds * 1_000_000_000L && share <= quiet) {
					break;
				}
			}
			if (elapsed >= maxSeconds * 1_000_000_000L) {
				break;
			}
			int clients = switch (rounds % 6) {
				case 0 -> 8;
				case 3 -> 32;
				default -> 1;
			};
			for (Call call : (clients == 1) ? calls : typical) {
				requests += (clients == 1) ? sequential(call, slice) : concurrent(call, clients, slice);
			}
			rounds++;
		}
		calls.forEach(Call::close);
		log("  warmed up for %.0f s: %d rounds of %d calls, %,d requests; JIT compilers in the last cycle: %.1f%% of a core"
			.formatted((System.nanoTime() - start) / 1e9, rounds, calls.size(), requests, share * 100));
	}

	/** Calls back to back for {@code nanos}; the number of calls. */
	private static long sequential(Call call, long nanos) throws Exception {
		long calls = 0;
		long until = System.nanoTime() + nanos;
		do {
			call.call();
			calls++;
		}
		while (System.nanoTime() < until);
		return calls;
	}

	/**
	 * A GraphQL request as a call: through a wrk-like connection per calling thread ({@link HttpConnection}), or
	 * through the JDK's {@code HttpClient} with {@code --http-client jdk} (the earlier reports' client, whose own
	 * cost is in their figures).
	 */
	private Call graphQlCall(CanonicalQuery query, String entity, int port, AtomicLong errors) {
		String json = JSON.writeValueAsString(Map.of("query", query.graphQl(), "variables", variables(query, entity)));
		if (option("http-client", "socket").equals("jdk")) {
			HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(5)).build();
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Accept", "application/graphql-response+json")
				.timeout(Duration.ofSeconds(60))
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build();
			return () -> {
				HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
				check(response.statusCode(), response.body(), errors);
			};
		}
		List<HttpConnection> opened = new ArrayList<>();
		ThreadLocal<HttpConnection> connection = ThreadLocal.withInitial(() -> {
			HttpConnection created = new HttpConnection(port, "/graphql", json, 60_000);
			synchronized (opened) {
				opened.add(created);
			}
			return created;
		});
		return new Call() {

			@Override
			public void call() throws Exception {
				HttpConnection.Response response = connection.get().send();
				check(response.status(), response.body(), errors);
			}

			@Override
			public void close() {
				synchronized (opened) {
					opened.forEach(HttpConnection::close);
				}
			}

		};
	}

	private static void check(int status, String body, AtomicLong errors) {
		if (status != 200 || body.contains("\"errors\"")) {
			if (errors.getAndIncrement() == 0) {
				log("  error " + status + ": " + body.substring(0, Math.min(300, body.length())));
			}
		}
	}

	private Call rawCall(CanonicalQuery query, String entity, Driver driver) {
		Map<String, Object> parameters = query.cypherParameters(variables(query, entity));
		QueryConfig read = QueryConfig.builder().withRouting(RoutingControl.READ).build();
		return () -> driver.executableQuery(query.cypher()).withParameters(parameters).withConfig(read).execute()
			.records().forEach(record -> record.values().forEach(value -> value.asObject()));
	}

	/**
	 * Latency at concurrency 1: after a few calls of each side, {@code --runs} runs of GraphQL requests then raw
	 * ones, each of at least {@code --iterations} requests and {@code --run-seconds} (default 1); the median of the
	 * runs' percentiles. Also the service's CPU per request and what its JIT compilers used meanwhile (a figure above
	 * a few tens of milliseconds marks a service not yet steady).
	 */
	private Result latency(String size, CanonicalQuery query, String variant, String entity, int port, Driver driver,
			long pid, CompilerThreads compilers) throws Exception {
		AtomicLong errors = new AtomicLong();
		try (Call graphQl = graphQlCall(query, entity, port, errors)) {
			Call raw = rawCall(query, entity, driver);
			int warmup = intOption("warmup", 30);
			for (int i = 0; i < warmup; i++) {
				graphQl.call();
				raw.call();
			}
			int runs = intOption("runs", 3);
			int iterations = intOption("iterations", 100);
			long minNanos = (long) (Double.parseDouble(option("run-seconds", "1")) * 1e9);
			double[][] graphQlRuns = new double[runs][];
			double[][] rawRuns = new double[runs][];
			long graphQlTicks = 0;
			long rawTicks = 0;
			long graphQlCalls = 0;
			long rawCalls = 0;
			Map<String, Long> compiling = compilers.snapshot();
			for (int r = 0; r < runs; r++) {
				long before = cpuTicks(pid);
				Run graphQlRun = run(graphQl, iterations, minNanos);
				long between = cpuTicks(pid);
				Run rawRun = run(raw, iterations, minNanos);
				graphQlTicks += between - before;
				rawTicks += cpuTicks(pid) - between;
				graphQlRuns[r] = graphQlRun.percentiles();
				rawRuns[r] = rawRun.percentiles();
				graphQlCalls += graphQlRun.calls();
				rawCalls += rawRun.calls();
			}
			double jit = compilers.millisSince(compiling);
			double graphQlCpu = graphQlTicks * ProcStat.MS_PER_TICK / graphQlCalls;
			double rawCpu = rawTicks * ProcStat.MS_PER_TICK / rawCalls;
			Result result = new Result(size, query.name(), variant, entity, medianOf(graphQlRuns), medianOf(rawRuns),
					Double.NaN, Double.NaN, Double.NaN, Double.NaN, errors.get(), graphQlCpu, rawCpu, jit);
			log("  %s %-13s p50 %7.2f / %7.2f ms (x%.2f)  p99 %7.2f / %7.2f  cpu %5.2f / %5.2f ms  jit %4.0f ms%s"
				.formatted(query.name(), variant, result.graphQl()[0], result.raw()[0], result.ratio(),
						result.graphQl()[2], result.raw()[2], graphQlCpu, rawCpu, jit,
						(errors.get() > 0) ? "  ERRORS " + errors.get() : ""));
			return result;
		}
	}

	/** Throughput at 8 and 32 clients, GraphQL then raw, added to the query's latency result. */
	private Result throughput(Result latency, CanonicalQuery query, int port, Driver driver) throws Exception {
		AtomicLong errors = new AtomicLong(latency.errors());
		long nanos = TimeUnit.SECONDS.toNanos(intOption("seconds", 5));
		try (Call graphQl = graphQlCall(query, latency.entity(), port, errors)) {
			Call raw = rawCall(query, latency.entity(), driver);
			double g8 = perSecond(graphQl, 8, nanos);
			double r8 = perSecond(raw, 8, nanos);
			double g32 = perSecond(graphQl, 32, nanos);
			double r32 = perSecond(raw, 32, nanos);
			log("  %s %-13s @8 %6.0f / %6.0f  @32 %6.0f / %6.0f req/s%s".formatted(query.name(), latency.variant(),
					g8, r8, g32, r32, (errors.get() > latency.errors()) ? "  ERRORS " + errors.get() : ""));
			return latency.withThroughput(g8, r8, g32, r32, errors.get());
		}
	}

	/** Calls completed per second by {@code clients} calling back to back for {@code nanos}, over the time taken. */
	private double perSecond(Call call, int clients, long nanos) throws Exception {
		long start = System.nanoTime();
		long done = concurrent(call, clients, nanos);
		return done / ((System.nanoTime() - start) / 1e9);
	}

	/** User plus system CPU time the process has used so far, in clock ticks, from /proc. */
	private static long cpuTicks(long pid) throws IOException {
		return ProcStat.cpuTicks(Files.readString(Path.of("/proc/" + pid + "/stat")));
	}

	@FunctionalInterface
	interface Call extends AutoCloseable {

		void call() throws Exception;

		/** Closes what the call opened (connections). */
		@Override
		default void close() {
		}

	}

	/** p50, p95 and p99 in milliseconds over a run of sequential calls, and how many calls it took. */
	record Run(double[] percentiles, int calls) {
	}

	/**
	 * At least {@code n} sequential calls, and as many more as {@code minNanos} allows: a light request's run of a
	 * hundred calls lasts a tenth of a second, in which one noisy moment on a shared machine moves its p50.
	 */
	private static Run run(Call call, int n, long minNanos) throws Exception {
		long[] nanos = new long[n];
		int calls = 0;
		long end = System.nanoTime() + minNanos;
		while (calls < n || System.nanoTime() < end) {
			if (calls == nanos.length) {
				nanos = Arrays.copyOf(nanos, nanos.length * 2);
			}
			long start = System.nanoTime();
			call.call();
			nanos[calls++] = System.nanoTime() - start;
		}
		long[] sorted = Arrays.copyOf(nanos, calls);
		Arrays.sort(sorted);
		return new Run(new double[] { at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99) }, calls);
	}

	private static double at(long[] sorted, double quantile) {
		int index = Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1));
		return sorted[index] / 1e6;
	}

	private static double[] medianOf(double[][] runs) {
		double[] median = new double[runs[0].length];
		for (int i = 0; i < median.length; i++) {
			int column = i;
			double[] values = Arrays.stream(runs).mapToDouble(run -> run[column]).sorted().toArray();
			median[i] = values[values.length / 2];
		}
		return median;
	}

	/**
	 * Calls completed by {@code clients} threads calling back to back for {@code nanos}; on the runner's one pool of
	 * client threads, so that the calls' connections (one per thread) are opened once, not per burst.
	 */
	private long concurrent(Call call, int clients, long nanos) throws Exception {
		AtomicLong done = new AtomicLong();
		long deadline = System.nanoTime() + nanos;
		List<Future<?>> running = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			running.add(this.clients.submit(() -> {
				while (System.nanoTime() < deadline) {
					try {
						call.call();
						done.incrementAndGet();
					}
					catch (Exception ex) {
						// counted as not done
					}
				}
			}));
		}
		for (Future<?> client : running) {
			client.get();
		}
		return done.get();
	}

	/**
	 * Runs one of the application's commands as docs/import-export.md runs a large import from the extracted jar:
	 * with the class data archive the build records beside it when there is one (about 5 s off a 1M-node import's
	 * whole command, and a tenth more records per second, since the import loads its classes while it writes) and the
	 * throughput collector (another tenth, side by side, against the default G1).
	 */
	private String runCommand(List<String> arguments, Path log) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(java()));
		command.addAll(archiveArgs());
		command.addAll(List.of("-XX:+UseParallelGC", "-jar", jar()));
		command.addAll(arguments);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		int exit = process.waitFor();
		String output = Files.readString(log);
		if (exit != 0) {
			throw new IllegalStateException("command failed (" + exit + "), see " + log + ":\n" + output);
		}
		return output;
	}

	/**
	 * The service's JVM options: {@code --jvm-args} when given, otherwise those of the README's run command,
	 * the memory limits and, when the build left one beside the jar, its class data archive.
	 */
	List<String> jvmArgs() {
		String given = option("jvm-args", null);
		if (given != null) {
			return Arrays.stream(given.split(" ")).filter(a -> !a.isBlank()).toList();
		}
		List<String> args = new ArrayList<>(List.of(MEMORY_JVM_ARGS.split(" ")));
		args.addAll(archiveArgs());
		return args;
	}

	/** The class data archive the build left beside the jar, if it did, as a JVM option. */
	private List<String> archiveArgs() {
		Path archive = Path.of(jar()).toAbsolutePath().resolveSibling("application.jsa");
		return Files.exists(archive) ? List.of("-XX:SharedArchiveFile=" + archive) : List.of();
	}

	String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	String jar() {
		return option("jar", "target/adaptation-graph-0.1.0-SNAPSHOT.jar");
	}

	/** The packaged service on a data directory, free ports, loopback only. */
	static final class Service {

		final Process process;

		final int port;

		final int boltPort;

		double readySeconds;

		private Service(Process process, int port, int boltPort) {
			this.process = process;
			this.port = port;
			this.boltPort = boltPort;
		}

		static Service start(BenchmarkRunner runner, Path data, String size) throws Exception {
			int port = freePort();
			int bolt = freePort();
			List<String> command = new ArrayList<>(List.of(runner.java()));
			command.addAll(runner.jvmArgs());
			command.addAll(List.of("-jar", runner.jar(), "--server.address=127.0.0.1", "--server.port=" + port,
					"--graph.embedded.data-directory=" + data, "--graph.embedded.bolt-port=" + bolt));
			// Extra Spring properties for experiments (a setting to try before changing the code).
			command.addAll(Arrays.stream(runner.option("service-args", "").split(" ")).filter(a -> !a.isBlank()).toList());
			Path log = runner.work.resolve("service-" + size + ".log");
			long start = System.nanoTime();
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
			// As the README runs it: two malloc arenas (--malloc-arena-max, empty for glibc's default).
			String arenas = runner.option("malloc-arena-max", "2");
			if (!arenas.isBlank()) {
				builder.environment().put("MALLOC_ARENA_MAX", arenas);
			}
			Process process = builder.start();
			Service service = new Service(process, port, bolt);
			// Probed as an orchestrator would, with a plain socket: the JDK's HttpClient, starting in this JVM at the
			// same moment, took CPU from the start it measured (about a second more than curl saw, on two cores).
			try (HttpConnection health = HttpConnection.get(port, "/actuator/health", 2_000)) {
				while (true) {
					if (!process.isAlive()) {
						throw new IllegalStateException("the service stopped during startup, see " + log);
					}
					try {
						HttpConnection.Response response = health.send();
						if (response.status() == 200 && response.body().contains("UP")) {
							break;
						}
					}
					catch (IOException ex) {
						// not listening yet
					}
					if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(10)) {
						service.stop();
						throw new IllegalStateException("the service was not ready within 10 minutes, see " + log);
					}
					Thread.sleep(100);
				}
			}
			service.readySeconds = (System.nanoTime() - start) / 1e9;
			return service;
		}

		void stop() throws InterruptedException {
			this.process.destroy();
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		}

		private static int freePort() throws IOException {
			try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
				return socket.getLocalPort();
			}
		}

	}

	/** Samples the service's resident set size ({@code ps -o rss}) every half second. */
	static final class RssSampler {

		final long pid;

		final LongAccumulator max = new LongAccumulator(Math::max, 0);

		private volatile boolean running;

		private Thread thread;

		RssSampler(long pid) {
			this.pid = pid;
		}

		void start() {
			this.running = true;
			this.thread = new Thread(() -> {
				while (this.running) {
					this.max.accumulate(current());
					try {
						Thread.sleep(500);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}, "rss-sampler");
			this.thread.setDaemon(true);
			this.thread.start();
		}

		long current() {
			try {
				Process ps = new ProcessBuilder("ps", "-o", "rss=", "-p", Long.toString(this.pid)).start();
				String out = new String(ps.getInputStream().readAllBytes()).strip();
				ps.waitFor();
				return out.isEmpty() ? 0 : Long.parseLong(out);
			}
			catch (IOException | InterruptedException | NumberFormatException ex) {
				return 0;
			}
		}

		void stop() {
			this.running = false;
		}

	}

	private void writeReport(String loadBefore, String loadAfter) throws IOException {
		Path out = Path.of(option("out", "docs/performance"));
		Files.createDirectories(out);
		Path readme = out.resolve("README.md");
		String notes = "";
		if (Files.exists(readme)) {
			String existing = Files.readString(readme);
			int marker = existing.indexOf(NOTES_MARKER);
			if (marker >= 0) {
				notes = existing.substring(marker + NOTES_MARKER.length());
			}
		}
		Files.writeString(readme, Report.markdown(this, loadBefore, loadAfter) + NOTES_MARKER + notes);
		Files.writeString(out.resolve("latency.svg"), Report.svg(this.results));
		log("wrote " + readme + " and " + out.resolve("latency.svg"));
	}

	List<Result> results() {
		return this.results;
	}

	List<SizeResult> sizes() {
		return this.sizes;
	}

	Map<String, String> options() {
		return this.options;
	}

	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	static void log(String message) {
		System.out.println(DateTimeFormatter.ofPattern("HH:mm:ss").format(ZonedDateTime.now()) + " " + message);
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	private static void copyRecursively(Path from, Path to) throws IOException {
		try (Stream<Path> walk = Files.walk(from)) {
			for (Path p : walk.toList()) {
				Path target = to.resolve(from.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(p, target);
				}
			}
		}
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(path)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

}
