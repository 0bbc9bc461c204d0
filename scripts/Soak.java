import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded soak of a running service on 127.0.0.1: CLIENTS concurrent clients for SECONDS seconds, each
 * sending a mix of reads (canonical queries) and authenticated writes (create a person, then update it with
 * the version it read), then a check that every acknowledged write is in the graph. Prints a Markdown
 * report. Plain JDK (java.net.http), run as a single-file program: java scripts/Soak.java PORT TOKEN [SECONDS] [CLIENTS]
 */
public class Soak {

	static final String[] READS = {
			"{ work(id: \"love-in-the-big-city-2024-series\") { title credits(first: 50) { totalCount edges { node { kind person { name } character { name } } } } adaptedFrom { source { title } } } }",
			"{ search(text: \"남윤수\") { node { id } score matched } }",
			"{ neighborhood(id: \"park-sang-young\", depth: 2, limit: 100) { nodes { id } edges { from to type } truncated } }",
			"{ path(from: \"nam-yoon-su\", to: \"kim-go-eun\") { length steps { relationship } } }",
			"{ adaptationFamily(workId: \"love-in-the-big-city-novel\") { works { id title } adaptations { kind } } }",
			"{ people(first: 20) { totalCount edges { node { name credits(first: 5) { edges { node { kind work { title } } } } } } } }" };

	static final Pattern CLASSIFICATION = Pattern.compile("\"classification\"\\s*:\\s*\"([A-Z_]+)\"");

	static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		String token = args[1];
		int seconds = (args.length > 2) ? Integer.parseInt(args[2]) : 60;
		int clients = (args.length > 3) ? Integer.parseInt(args[3]) : 16;
		URI uri = URI.create("http://127.0.0.1:" + port + "/graphql");
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

		Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
		Queue<Long> readLatencies = new ConcurrentLinkedQueue<>();
		Queue<Long> writeLatencies = new ConcurrentLinkedQueue<>();
		Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
		AtomicInteger sequence = new AtomicInteger();
		String run = Long.toString(System.currentTimeMillis(), 36);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);

		ExecutorService pool = Executors.newFixedThreadPool(clients);
		for (int c = 0; c < clients; c++) {
			pool.submit(() -> {
				while (System.nanoTime() < deadline) {
					boolean write = ThreadLocalRandom.current().nextInt(100) < 20;
					if (write) {
						String id = "soak-" + run + "-" + sequence.incrementAndGet();
						String create = "mutation { createPerson(input: {id: \"" + id + "\", name: \"Soak " + id
								+ "\", sources: [\"seed-article\"]}) { person { id version } } }";
						Result created = send(http, uri, create, token, outcomes, writeLatencies);
						if (created.ok() && created.body().contains("\"" + id + "\"")) {
							acknowledged.add(id);
							String update = "mutation { updatePerson(input: {id: \"" + id + "\", version: 1, description: \"updated\", sources: [\"seed-article\"]}) { person { version } } }";
							send(http, uri, update, token, outcomes, writeLatencies);
						}
					}
					else {
						send(http, uri, READS[ThreadLocalRandom.current().nextInt(READS.length)], null, outcomes,
								readLatencies);
					}
				}
				return null;
			});
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);

		// Every acknowledged write must be in the graph (25 ids per request: within the alias limit of 30).
		List<String> ids = new ArrayList<>(acknowledged);
		int found = 0;
		for (int i = 0; i < ids.size(); i += 25) {
			StringBuilder query = new StringBuilder("{");
			List<String> batch = ids.subList(i, Math.min(ids.size(), i + 25));
			for (int j = 0; j < batch.size(); j++) {
				query.append(" p").append(j).append(": person(id: \"").append(batch.get(j)).append("\") { id }");
			}
			Result result = send(http, uri, query.append(" }").toString(), null, new ConcurrentHashMap<>(),
					new ConcurrentLinkedQueue<>());
			if (!result.ok()) {
				throw new IllegalStateException("The check of acknowledged writes failed: " + result.body());
			}
			for (String id : batch) {
				if (result.body().contains("\"" + id + "\"")) {
					found++;
				}
			}
		}

		long total = outcomes.values().stream().mapToLong(LongAdder::sum).sum();
		System.out.printf("| figure | value |%n|---|---|%n");
		System.out.printf("| duration, clients | %d s, %d |%n", seconds, clients);
		System.out.printf("| requests | %d (%.0f/s) |%n", total, total / (double) seconds);
		outcomes.entrySet().stream().sorted(Map.Entry.comparingByKey())
			.forEach(entry -> System.out.printf("| outcome `%s` | %d |%n", entry.getKey(), entry.getValue().sum()));
		System.out.printf("| reads p50 / p99 | %s / %s ms |%n", percentile(readLatencies, 50), percentile(readLatencies, 99));
		System.out.printf("| writes p50 / p99 | %s / %s ms |%n", percentile(writeLatencies, 50), percentile(writeLatencies, 99));
		System.out.printf("| writes acknowledged (creates) | %d |%n", ids.size());
		System.out.printf("| acknowledged creates found afterwards | %d (lost: %d) |%n", found, ids.size() - found);
	}

	record Result(boolean ok, String body) {
	}

	static Result send(HttpClient http, URI uri, String query, String token, Map<String, LongAdder> outcomes,
			Queue<Long> latencies) {
		var request = HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		String body = "{\"query\": \"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
		long started = System.nanoTime();
		try {
			HttpResponse<String> response = http.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
					HttpResponse.BodyHandlers.ofString());
			latencies.add(System.nanoTime() - started);
			String outcome;
			if (response.statusCode() != 200) {
				outcome = "HTTP " + response.statusCode();
			}
			else {
				Matcher matcher = CLASSIFICATION.matcher(response.body());
				outcome = matcher.find() ? matcher.group(1) : "ok";
			}
			outcomes.computeIfAbsent(outcome, key -> new LongAdder()).increment();
			return new Result(outcome.equals("ok"), response.body());
		}
		catch (Exception ex) {
			outcomes.computeIfAbsent("client " + ex.getClass().getSimpleName(), key -> new LongAdder()).increment();
			return new Result(false, "");
		}
	}

	static String percentile(Queue<Long> latencies, int percentile) {
		List<Long> sorted = new ArrayList<>(latencies);
		if (sorted.isEmpty()) {
			return "-";
		}
		Collections.sort(sorted);
		long nanos = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
		return String.format("%.1f", nanos / 1_000_000.0);
	}

}
