package dev.adaptations.protocol;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Raw HTTP against {@code /graphql}, with exactly the headers a test names (none added, not even {@code Accept}), for
 * tests of the protocol itself: status codes, media types, bodies that are not GraphQL requests at all.
 */
public final class GraphQlHttp {

	public static final String JSON = "application/json";

	public static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private final URI endpoint;

	public GraphQlHttp(int port) {
		this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
	}

	/** A POST of {@code {"query": document}} as {@code application/json}, accepting {@code application/json}. */
	public Exchange post(String document) {
		return post(document, Map.of());
	}

	/** A POST of the document and variables as {@code application/json}, accepting {@code application/json}. */
	public Exchange post(String document, Map<String, ?> variables) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document);
		if (!variables.isEmpty()) {
			body.put("variables", variables);
		}
		return post(JSON, JSON, json(body));
	}

	/** A POST with this content type, {@code Accept} (none when null) and body. */
	public Exchange post(@Nullable String contentType, @Nullable String accept, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.endpoint)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return send(request, accept);
	}

	/** A GET with these query parameters (URL-encoded here) and {@code Accept} (none when null). */
	public Exchange get(Map<String, String> parameters, @Nullable String accept) {
		String query = parameters.entrySet()
			.stream()
			.map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.endpoint + (query.isEmpty() ? "" : "?" + query))).GET(),
				accept);
	}

	private Exchange send(HttpRequest.Builder request, @Nullable String accept) {
		if (accept != null) {
			request.header("Accept", accept);
		}
		try {
			HttpResponse<String> response = this.client.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Exchange(response.statusCode(), response.headers().map(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static String json(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	/** What came back. */
	public record Exchange(int status, Map<String, List<String>> headers, String body) {

		public @Nullable String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter(entry -> entry.getKey().equalsIgnoreCase(name))
				.map(entry -> entry.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

		/** The media type of the response, without parameters such as {@code charset}. */
		public @Nullable String mediaType() {
			String contentType = header("Content-Type");
			return (contentType != null) ? contentType.split(";")[0].trim() : null;
		}

		@SuppressWarnings("unchecked")
		public Map<String, Object> json() {
			return MAPPER.readValue(this.body, Map.class);
		}

		@SuppressWarnings("unchecked")
		public List<Map<String, Object>> errors() {
			Object errors = json().get("errors");
			return (errors != null) ? (List<Map<String, Object>>) errors : List.of();
		}

		@SuppressWarnings("unchecked")
		public Map<String, Object> extensions() {
			Object extensions = json().get("extensions");
			return (extensions != null) ? (Map<String, Object>) extensions : Map.of();
		}

		@SuppressWarnings("unchecked")
		public Map<String, Object> cost() {
			return (Map<String, Object>) extensions().get("cost");
		}

	}

}
