package dev.adaptations.resilience;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import tools.jackson.databind.json.JsonMapper;

import dev.adaptations.AdaptationGraphApplication;
import dev.adaptations.support.LoopbackNeo4j;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service against an external Neo4j that goes away and comes back (issue 5, "A lost database"). The server is a
 * second Neo4j started in this JVM as a separate Bolt server on its own port, exactly as an external one is reached:
 * the application is given its {@code bolt://} URI and starts no embedded database. While the server is stopped,
 * health is DOWN and GraphQL requests fail within two seconds with a clean {@code UNAVAILABLE} error, and no request
 * thread is left waiting on the driver; once it is started again on the same port and directory, the service
 * recovers by itself, without a restart.
 */
class LostDatabaseTests {

	/** What a request may take while the database is down (the bound). */
	private static final Duration FAIL_FAST = Duration.ofSeconds(2);

	/** How long health may take to notice the loss, and the service to notice the return. */
	private static final Duration NOTICE = Duration.ofSeconds(15);

	private static final Duration POLL = Duration.ofMillis(100);

	private static final int CONCURRENT_REQUESTS = 8;

	private static final int WRITERS = 4;

	private static final String QUERY = """
			{ work(id: "the-lantern-keeper-novel") { title } }""";

	private static final String TITLE = "The Lantern Keeper";

	/** A walk: read by the resolvers through {@code ReadStatements}, not compiled. */
	private static final String WALK = """
			{ neighborhood(id: "the-lantern-keeper-novel", depth: 2) { nodes { id } } }""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The token the writers use, and its SHA-256 as configured. */
	private static final String WRITER_TOKEN = "lost-database-writer-token";

	private static final String WRITER_TOKEN_SHA256 = "7be58005f00f6b29ea074575825feec754d6ef1ec1b84a45b4eaeb6b7204b7d3";

	private static @Nullable Path home;

	private static int boltPort;

	private static @Nullable DatabaseManagementService server;

	private static @Nullable ConfigurableApplicationContext application;

	private static @Nullable RestClient http;

	@BeforeAll
	static void startServerAndApplication() throws IOException {
		home = Files.createTempDirectory("lost-database-");
		boltPort = freeLoopbackPort();
		server = startServer();
		warmUp();
		// The shipped timeouts, read from the application's own properties: the rest of the suite relaxes them
		// (src/test/resources/config) so that a slow machine cannot fail unrelated tests; this test proves them.
		var shipped = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
		application = new SpringApplicationBuilder(AdaptationGraphApplication.class).run(
				"--spring.neo4j.uri=bolt://127.0.0.1:" + boltPort, "--graph.embedded.enabled=false",
				"--server.port=0", "--server.address=127.0.0.1",
				"--graph.dataset.locations=classpath:datasets/the-lantern-keeper.yaml",
				"--spring.neo4j.connection-timeout=" + shipped.getProperty("spring.neo4j.connection-timeout"),
				"--spring.neo4j.pool.connection-acquisition-timeout="
						+ shipped.getProperty("spring.neo4j.pool.connection-acquisition-timeout"),
				"--spring.neo4j.max-transaction-retry-time=" + shipped.getProperty("spring.neo4j.max-transaction-retry-time"),
				"--graph.security.tokens.writer.sha256=" + WRITER_TOKEN_SHA256, "--graph.security.tokens.writer.role=CURATOR");
		String port = application.getEnvironment().getRequiredProperty("local.server.port");
		// A client that never waits forever: a hung request fails the test instead of hanging the build.
		var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		var requests = new JdkClientHttpRequestFactory(client);
		requests.setReadTimeout(Duration.ofSeconds(30));
		http = RestClient.builder().baseUrl("http://127.0.0.1:" + port).requestFactory(requests).build();
	}

	@AfterAll
	static void stopApplicationAndServer() throws IOException {
		try {
			if (application != null) {
				application.close();
			}
		}
		finally {
			try {
				if (server != null) {
					server.shutdown();
				}
			}
			finally {
				if (home != null) {
					deleteRecursively(home);
				}
			}
		}
	}

	@Test
	void theServiceFailsFastWhileTheDatabaseIsDownAndRecoversByItselfWhenItReturns() throws Exception {
		// Up: the application serves the graph from the external server, and health is UP.
		assertThat(title(graphQl())).isEqualTo(TITLE);
		assertThat(health().status()).isEqualTo(200);

		// Down.
		server().shutdown();
		server = null;
		long stopped = System.nanoTime();

		// Requests sent at once, right away (the pool still holds connections to the stopped server), all answer
		// within the bound with UNAVAILABLE.
		List<Timed<Response>> concurrent = concurrently(CONCURRENT_REQUESTS, () -> timed(LostDatabaseTests::graphQl));
		for (Timed<Response> answer : concurrent) {
			assertThat(answer.took()).as("a request while the database is down").isLessThan(FAIL_FAST);
			assertCleanlyUnavailable(answer.value());
		}
		Duration slowestConcurrent = concurrent.stream().map(Timed::took).max(Duration::compareTo).orElseThrow();

		// Health reports DOWN.
		Timed<Response> down = pollUntil(LostDatabaseTests::health,
				response -> response.status() == 503 && response.body().contains("DOWN"));
		Duration timeToDown = Duration.ofNanos(System.nanoTime() - stopped);
		assertThat(down.value().body()).doesNotContain("Exception", "org.neo4j", "\tat ");

		// A single request, measured on its own, still answers within the bound.
		Timed<Response> single = timed(LostDatabaseTests::graphQl);
		assertThat(single.took()).as("a request while the database is down").isLessThan(FAIL_FAST);
		assertCleanlyUnavailable(single.value());
		Timed<Response> walk = timed(() -> graphQl(WALK));
		assertThat(walk.took()).as("a walk while the database is down").isLessThan(FAIL_FAST);
		assertCleanlyUnavailable(walk.value());

		// No request thread is left waiting on the driver.
		pollUntil(() -> requestThreadsInTheDriver(), List::isEmpty);

		// A server that accepts connections but never answers (a frozen process, a black-holed route): the driver
		// gives up after spring.neo4j.pool.connection-acquisition-timeout, still within the bound, and the failure is
		// the same clean UNAVAILABLE (not an opaque INTERNAL_ERROR).
		Timed<Response> silent;
		try (var listener = new ServerSocket()) {
			listener.setReuseAddress(true);
			listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), boltPort), 50);
			silent = timed(LostDatabaseTests::graphQl);
			Timed<Response> silentWalk = timed(() -> graphQl(WALK));
			assertThat(silentWalk.took()).as("a walk while the database does not answer").isLessThan(FAIL_FAST);
			assertCleanlyUnavailable(silentWalk.value());
			Timed<Response> silentHealth = timed(LostDatabaseTests::health);
			assertThat(silentHealth.value().status()).isEqualTo(503);
			assertThat(silentHealth.took()).as("health while the database does not answer").isLessThan(FAIL_FAST);
		}
		System.out.printf("LostDatabaseTests: request against a silent server %d ms: %s%n", silent.took().toMillis(),
				silent.value());
		assertThat(silent.took()).as("a request while the database does not answer").isLessThan(FAIL_FAST);
		assertCleanlyUnavailable(silent.value());
		pollUntil(() -> requestThreadsInTheDriver(), List::isEmpty);

		// Back: the same directory on the same port; the service notices by itself.
		server = startServer();
		long restarted = System.nanoTime();
		pollUntil(LostDatabaseTests::health, response -> response.status() == 200 && response.body().contains("UP"));
		Duration timeToHealthUp = Duration.ofNanos(System.nanoTime() - restarted);
		pollUntil(LostDatabaseTests::graphQl, response -> TITLE.equals(title(response)));
		Duration timeToRecovery = Duration.ofNanos(System.nanoTime() - restarted);

		// And keeps serving.
		for (Timed<Response> answer : concurrently(CONCURRENT_REQUESTS, () -> timed(LostDatabaseTests::graphQl))) {
			assertThat(title(answer.value())).isEqualTo(TITLE);
		}

		System.out.printf("LostDatabaseTests: slowest of %d concurrent requests while down %d ms; single request "
				+ "while down %d ms; health DOWN after %d ms; health UP %d ms and data %d ms after restart%n",
				CONCURRENT_REQUESTS, slowestConcurrent.toMillis(), single.took().toMillis(), timeToDown.toMillis(),
				timeToHealthUp.toMillis(), timeToRecovery.toMillis());
	}

	@Test
	void aQueryRightAfterARestartIsAnsweredDespiteTheDeadPooledConnections() throws Exception {
		pollUntil(LostDatabaseTests::graphQl, response -> TITLE.equals(title(response)));
		// Fill the pool with connections to the server that is about to go.
		for (Timed<Response> answer : concurrently(CONCURRENT_REQUESTS, () -> timed(LostDatabaseTests::graphQl))) {
			assertThat(title(answer.value())).isEqualTo(TITLE);
		}
		server().shutdown();
		server = startServer();
		// No health probe in between: the driver notices that the pooled connections died with the old server and
		// opens fresh ones, so even the first query is answered.
		Response first = graphQl();
		assertThat(title(first)).as("the first query after the restart: " + first.body()).isEqualTo(TITLE);
	}

	@Test
	void everyAcknowledgedWriteIsStillThereAfterTheDatabaseWentAwayAndCameBack() throws Exception {
		pollUntil(LostDatabaseTests::graphQl, response -> TITLE.equals(title(response)));
		AtomicBoolean writing = new AtomicBoolean(true);
		AtomicInteger sequence = new AtomicInteger();
		Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
		Queue<String> unavailable = new ConcurrentLinkedQueue<>();
		Queue<String> otherwise = new ConcurrentLinkedQueue<>();
		ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
		List<Future<?>> running = new ArrayList<>();
		for (int i = 0; i < WRITERS; i++) {
			running.add(writers.submit(() -> {
				while (writing.get()) {
					String id = "lost-write-" + sequence.incrementAndGet();
					Response response = createPerson(id);
					if (response.status() == 200 && !response.json().containsKey("errors")
							&& response.body().contains("\"" + id + "\"")) {
						acknowledged.add(id);
					}
					else if (response.status() == 200 && response.body().contains("UNAVAILABLE")) {
						unavailable.add(id);
					}
					else {
						otherwise.add(response.status() + " " + response.body());
					}
				}
				return null;
			}));
		}
		try {
			// Writes acknowledged before the outage, refused during it, then acknowledged after it: each waited for
			// rather than slept on, so a slow (shared, loaded) machine gives the same test, not a shorter one (two
			// seconds of outage once passed with every writer still inside a write begun before it).
			awaitMore(acknowledged, WRITERS);
			server().shutdown();
			server = null;
			awaitMore(unavailable, 1);
			int beforeRestart = acknowledged.size();
			server = startServer();
			pollUntil(LostDatabaseTests::graphQl, response -> TITLE.equals(title(response)));
			awaitMore(acknowledged, beforeRestart + WRITERS);
		}
		finally {
			writing.set(false);
			for (Future<?> writer : running) {
				writer.get(60, TimeUnit.SECONDS);
			}
			writers.shutdownNow();
		}

		// The count: every write the service acknowledged is in the database, with its history entry.
		var config = Config.builder().withConnectionTimeout(60, TimeUnit.SECONDS).build();
		try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.none(), config)) {
			var record = driver.executableQuery("""
					MATCH (p:Person) WHERE p.id IN $ids
					RETURN count(p) AS people, COUNT { MATCH (c:Change) WHERE c.entityId IN $ids } AS changes""")
				.withParameters(Map.of("ids", List.copyOf(acknowledged)))
				.execute()
				.records()
				.get(0);
			System.out.printf("LostDatabaseTests: %d writes acknowledged, %d refused as UNAVAILABLE, %d otherwise; "
					+ "%d acknowledged found after the restart%n", acknowledged.size(), unavailable.size(),
					otherwise.size(), record.get("people").asInt());
			assertThat(acknowledged).as("writes acknowledged before and after the outage").hasSizeGreaterThan(WRITERS);
			assertThat(unavailable).as("writes refused while the database was down").isNotEmpty();
			assertThat(otherwise).as("writes that failed other than cleanly").isEmpty();
			assertThat(record.get("people").asInt()).as("acknowledged writes in the database").isEqualTo(acknowledged.size());
			assertThat(record.get("changes").asInt()).as("their history entries").isEqualTo(acknowledged.size());
		}
	}

	private static Response createPerson(String id) {
		String mutation = "mutation { createPerson(input: {id: \"%s\", name: \"Writer %s\", sources: [\"lk-filmdb\"]}) { person { id } } }"
			.formatted(id, id);
		return http().post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + WRITER_TOKEN)
			.body(JSON.writeValueAsString(Map.of("query", mutation)))
			.exchange((request, response) -> new Response(response.getStatusCode().value(),
					new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
	}

	private static void assertCleanlyUnavailable(Response response) {
		assertThat(response.status()).isEqualTo(200);
		Map<String, Object> body = response.json();
		assertThat(body).containsKey("errors");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> errors = (List<Map<String, Object>>) body.get("errors");
		assertThat(errors).isNotEmpty().allSatisfy(error -> {
			assertThat(error).extractingByKey("extensions").asInstanceOf(
					org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("classification", "UNAVAILABLE");
			assertThat((String) error.get("message")).isEqualTo("The graph database is unavailable; try again shortly");
		});
		assertThat(response.body()).doesNotContain("Exception", "exception", "\tat ", "org.neo4j", "org.springframework",
				"java.", "dev.adaptations", "127.0.0.1:" + boltPort, "Cypher", "MATCH");
	}

	/** The names of Tomcat request threads that are inside the Neo4j driver right now. */
	private static List<String> requestThreadsInTheDriver() {
		List<String> waiting = new ArrayList<>();
		Thread.getAllStackTraces().forEach((thread, stack) -> {
			if (thread.getName().startsWith("http-nio-")) {
				for (StackTraceElement frame : stack) {
					if (frame.getClassName().startsWith("org.neo4j.driver")) {
						waiting.add(thread.getName());
						break;
					}
				}
			}
		});
		return waiting;
	}

	private static DatabaseManagementService startServer() {
		return LoopbackNeo4j.builder(home, boltPort).build();
	}

	/**
	 * Opens the first Bolt connection to the new server with generous timeouts: on two busy cores the very first one
	 * (class loading and JIT on both sides) can take longer than the application's deliberately short acquisition
	 * timeout, which is about a server that does not answer, not about a cold one.
	 */
	private static void warmUp() {
		var config = Config.builder()
			.withConnectionTimeout(60, TimeUnit.SECONDS)
			.withConnectionAcquisitionTimeout(60, TimeUnit.SECONDS)
			.build();
		long started = System.nanoTime();
		try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.none(), config)) {
			driver.verifyConnectivity();
			long connected = System.nanoTime();
			driver.executableQuery("RETURN 1").execute();
			System.out.printf("LostDatabaseTests: first Bolt connection took %d ms, first query %d ms more%n",
					Duration.ofNanos(connected - started).toMillis(),
					Duration.ofNanos(System.nanoTime() - connected).toMillis());
		}
	}

	private static DatabaseManagementService server() {
		assertThat(server).isNotNull();
		return server;
	}

	private static int freeLoopbackPort() throws IOException {
		try (var socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			return socket.getLocalPort();
		}
	}

	private static Response graphQl() {
		return graphQl(QUERY);
	}

	private static Response graphQl(String query) {
		return http().post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept", "application/graphql-response+json")
			.body(JSON.writeValueAsString(Map.of("query", query)))
			.exchange((request, response) -> new Response(response.getStatusCode().value(),
					new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
	}

	private static Response health() {
		return http().get()
			.uri("/actuator/health")
			.exchange((request, response) -> new Response(response.getStatusCode().value(),
					new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
	}

	private static RestClient http() {
		assertThat(http).isNotNull();
		return http;
	}

	@SuppressWarnings("unchecked")
	private static @Nullable String title(Response response) {
		if (response.status() != 200) {
			return null;
		}
		Object data = response.json().get("data");
		if (!(data instanceof Map<?, ?> map) || !(map.get("work") instanceof Map<?, ?> work)) {
			return null;
		}
		return (String) ((Map<String, Object>) work).get("title");
	}

	private static <T> Timed<T> timed(Supplier<T> action) {
		long started = System.nanoTime();
		T value = action.get();
		return new Timed<>(value, Duration.ofNanos(System.nanoTime() - started));
	}

	/** Calls the action until the condition holds, failing after {@link #NOTICE}; never sleeps longer than a poll. */
	/** Waits until the queue holds at least {@code size} elements, at most a minute. */
	private static void awaitMore(Queue<String> queue, int size) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		while (queue.size() < size) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Not within a minute: " + queue.size() + " of " + size);
			}
			Thread.sleep(POLL.toMillis());
		}
	}

	private static <T> Timed<T> pollUntil(Supplier<T> action, Predicate<T> condition) throws InterruptedException {
		long started = System.nanoTime();
		long deadline = started + NOTICE.toNanos();
		T last;
		while (true) {
			last = action.get();
			if (condition.test(last)) {
				return new Timed<>(last, Duration.ofNanos(System.nanoTime() - started));
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Not within " + NOTICE + "; last: " + last);
			}
			Thread.sleep(POLL.toMillis());
		}
	}

	private static <T> List<T> concurrently(int count, Callable<T> task) throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(count);
		try {
			List<Callable<T>> tasks = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				tasks.add(task);
			}
			List<T> results = new ArrayList<>();
			// Generous: the per-request bound is asserted by the caller; this only keeps a hang from hanging the build.
			for (Future<T> result : executor.invokeAll(tasks, 60, TimeUnit.SECONDS)) {
				results.add(result.get());
			}
			return results;
		}
		finally {
			executor.shutdownNow();
		}
	}

	private static void deleteRecursively(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, @Nullable IOException exc) throws IOException {
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}

	private record Timed<T>(T value, Duration took) {
	}

	private record Response(int status, String body) {

		@SuppressWarnings("unchecked")
		Map<String, Object> json() {
			return JSON.readValue(this.body, Map.class);
		}

	}

}
