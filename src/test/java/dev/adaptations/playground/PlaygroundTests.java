package dev.adaptations.playground;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import dev.adaptations.GraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The playground over real HTTP, as a browser without internet access sees it. Shares the application
 * context (and embedded database) of the other {@link GraphTest} classes.
 */
@GraphTest
class PlaygroundTests {

	private static final Pattern ASSET = Pattern
		.compile("<(?:script[^>]*\\ssrc|link[^>]*\\shref)\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

	/** Errors that mean the document itself is wrong, rather than data not (yet) there. */
	private static final List<String> DOCUMENT_ERRORS = List.of("ValidationError", "InvalidSyntax");

	@LocalServerPort
	int port;

	RestClient http;

	@BeforeEach
	void httpClientThatDoesNotFollowRedirects() {
		var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		this.http = RestClient.builder()
			.baseUrl("http://127.0.0.1:" + this.port)
			.requestFactory(new JdkClientHttpRequestFactory(client))
			.build();
	}

	@Test
	void playgroundPageLoadsOnlyLocalAssetsThatExist() {
		var page = this.http.get().uri("/graphiql?path=/graphql").retrieve().toEntity(String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getHeaders().getContentType()).isNotNull()
			.satisfies(type -> assertThat(type.isCompatibleWith(MediaType.TEXT_HTML)).isTrue());
		String html = Objects.requireNonNull(page.getBody());
		assertThat(html).contains("GraphiQL").contains("href=\"explore\"").contains("Graph explorer");
		assertThat(html).doesNotContainIgnoringCase("http://").doesNotContainIgnoringCase("https://");

		var assets = ASSET.matcher(html).results().map(match -> match.group(1)).toList();
		assertThat(assets).contains("webjars/react/umd/react.production.min.js",
				"webjars/react-dom/umd/react-dom.production.min.js", "webjars/graphiql/graphiql.min.js",
				"webjars/graphiql/graphiql.min.css");
		for (String asset : assets) {
			assertThat(asset).as("asset URL").doesNotStartWith("//").doesNotContain(":");
			var resolved = URI.create("http://127.0.0.1:" + this.port + "/graphiql").resolve(asset);
			var response = this.http.get().uri(resolved).retrieve().toBodilessEntity();
			assertThat(response.getStatusCode()).as(resolved.toString()).isEqualTo(HttpStatus.OK);
		}
	}

	@Test
	void playgroundRedirectsToItselfWithTheGraphQlPath() {
		var response = this.http.get().uri("/graphiql").retrieve().toBodilessEntity();
		assertThat(response.getStatusCode().is3xxRedirection()).isTrue();
		URI location = Objects.requireNonNull(response.getHeaders().getLocation());
		assertThat(location.getPath()).isEqualTo("/graphiql");
		assertThat(location.getQuery()).contains("path=/graphql");
	}

	@Test
	void rootRedirectsToThePlayground() {
		var response = this.http.get().uri("/").retrieve().toBodilessEntity();
		assertThat(response.getStatusCode().is3xxRedirection()).isTrue();
		assertThat(Objects.requireNonNull(response.getHeaders().getLocation()).getPath()).isEqualTo("/graphiql");
	}

	@Test
	void exampleIndexListsEveryExampleFileInOrder() throws Exception {
		var files = Arrays
			.stream(new PathMatchingResourcePatternResolver().getResources("classpath:playground/examples/*.graphql"))
			.map(resource -> resource.getFilename())
			.sorted()
			.toList();
		assertThat(files).hasSizeGreaterThanOrEqualTo(10);
		assertThat(examples()).extracting(example -> example.get("file")).containsExactlyElementsOf(files);
		assertThat(examples()).allSatisfy(example -> assertThat((String) example.get("query")).startsWith("#"));
	}

	@TestFactory
	Stream<DynamicTest> everyExampleParsesAndValidatesAgainstTheSchema() {
		return examples().stream()
			.map(example -> DynamicTest.dynamicTest((String) example.get("file"), () -> assertValid(example)));
	}

	private void assertValid(Map<String, Object> example) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", example.get("query"));
		if (example.get("variables") instanceof String variables) {
			body.put("variables", JsonMapper.builder().build().readValue(variables, Map.class));
		}
		// As GraphiQL sends it. A document that fails validation comes back as 400 with the errors in the body.
		var entity = this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_GRAPHQL_RESPONSE, MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.onStatus(HttpStatusCode::is4xxClientError, (request, clientResponse) -> {
			})
			.toEntity(new ParameterizedTypeReference<Map<String, Object>>() {
			});
		Map<String, Object> response = Objects.requireNonNull(entity.getBody());
		List<String> documentErrors = new ArrayList<>();
		if (response.get("errors") instanceof List<?> errors) {
			for (Object error : errors) {
				var fields = (Map<?, ?>) error;
				var extensions = (fields.get("extensions") instanceof Map<?, ?> map) ? map : Map.of();
				if (DOCUMENT_ERRORS.contains(String.valueOf(extensions.get("classification")))) {
					documentErrors.add(String.valueOf(fields.get("message")));
				}
			}
		}
		assertThat(documentErrors).as(example.get("file") + " against the schema").isEmpty();
		assertThat(entity.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response).as("a validated document is executed").containsKey("data");
	}

	private List<Map<String, Object>> examples() {
		return this.http.get()
			.uri("/graphiql/examples")
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
	}

}
