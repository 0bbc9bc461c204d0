package dev.adaptations.protocol;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.adaptations.GraphTest;
import dev.adaptations.protocol.GraphQlHttp.Exchange;
import dev.adaptations.support.StatementCounter;

import static dev.adaptations.protocol.GraphQlHttp.GRAPHQL_RESPONSE;
import static dev.adaptations.protocol.GraphQlHttp.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GraphQL over HTTP specification (graphql/graphql-over-http, spec/GraphQLOverHTTP.md), rule by rule, each test
 * quoting the wording it checks.
 */
@GraphTest
class GraphQlOverHttpTests {

	private static final String QUERY = "{ works(first: 1) { totalCount } }";

	@LocalServerPort
	int port;

	@Autowired
	StatementCounter statements;

	GraphQlHttp http;

	@BeforeEach
	void client() {
		this.http = new GraphQlHttp(this.port);
		this.statements.reset();
	}

	// "A server MUST accept POST requests" / "A server MUST support any GraphQL-over-HTTP request which accepts the
	// application/graphql-response+json media type" / "... which accepts the application/json media type"
	@ParameterizedTest
	@ValueSource(strings = { GRAPHQL_RESPONSE, JSON, GRAPHQL_RESPONSE + "; charset=utf-8" })
	void aPostIsAnsweredInTheAcceptedMediaType(String accept) {
		Exchange response = this.http.post(JSON, accept, body(QUERY));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.mediaType()).isEqualTo(accept.split(";")[0]);
		assertThat(response.json()).containsKey("data");
	}

	// "If an Accept header is provided, the server MUST respect the given Accept header and attempt to encode the
	// response in the highest priority media type listed that is supported by the server."
	@Test
	void theHighestPriorityAcceptedMediaTypeWins() {
		assertThat(this.http.post(JSON, JSON + ";q=0.9, " + GRAPHQL_RESPONSE, body(QUERY)).mediaType())
			.isEqualTo(GRAPHQL_RESPONSE);
		assertThat(this.http.post(JSON, GRAPHQL_RESPONSE + ";q=0.5, " + JSON, body(QUERY)).mediaType()).isEqualTo(JSON);
		assertThat(this.http.post(JSON, "text/html, " + JSON + ";q=0.1", body(QUERY)).mediaType()).isEqualTo(JSON);
	}

	// "From 1st January 2025 (2025-01-01T00:00:00Z), if the client does not supply an Accept header, the server SHOULD
	// treat the GraphQL-over-HTTP request as if it had Accept: application/graphql-response+json."
	@Test
	void withoutAcceptTheAnswerIsGraphQlResponseJson() {
		Exchange response = this.http.post(JSON, null, body(QUERY));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.mediaType()).isEqualTo(GRAPHQL_RESPONSE);
		assertThat(this.http.post(JSON, "*/*", body(QUERY)).mediaType()).isEqualTo(GRAPHQL_RESPONSE);
	}

	// "when a client does not include at least one supported media type in the Accept HTTP header, the server MUST
	// either: 1. Respond with a 406 Not Acceptable status code and stop processing the request (RECOMMENDED)"
	@Test
	void anAcceptWithoutASupportedMediaTypeIsNotAcceptable() {
		Exchange response = this.http.post(JSON, "text/html, application/xml", body(QUERY));
		assertThat(response.status()).isEqualTo(406);
		assertThat(response.errors().get(0).get("message")).asString().contains("application/graphql-response+json");
		assertThat(this.statements.count()).isZero();
	}

	// "For HTTP GET requests, the GraphQL-over-HTTP request parameters MUST be provided in the query component of the
	// request URL" / "Each of the {variables} and {extensions} parameters, if used, MUST be encoded as a JSON string."
	@Test
	void aQueryCanBeSentWithGet() {
		Exchange response = this.http.get(Map.of("query", "query ($id: ID!) { work(id: $id) { title } }", "variables",
				"{\"id\":\"love-in-the-big-city-novel\"}"), GRAPHQL_RESPONSE);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.mediaType()).isEqualTo(GRAPHQL_RESPONSE);
		assertThat(response.json()).extractingByKey("data").asString().contains("Love in the Big City");
	}

	// "The {operationName} parameter, if supplied and not the empty string, represents the name of the operation to be
	// executed within the {query} as a string." / "Setting the value of the {operationName} parameter to the empty
	// string is equivalent to omitting the {operationName} parameter."
	@Test
	void getHonoursOperationName() {
		String document = "query A { a: __typename } query B { b: __typename }";
		assertThat(this.http.get(Map.of("query", document, "operationName", "B"), JSON).json())
			.isEqualTo(Map.of("data", Map.of("b", "Query"), "extensions", cost(1)));
		assertThat(this.http.get(Map.of("query", "{ __typename }", "operationName", ""), JSON).status()).isEqualTo(200);
	}

	// "GET requests MUST NOT be used for executing mutation operations. If the values of {query} and {operationName}
	// indicate that a mutation operation is to be executed, the server MUST respond with error status code 405 (Method
	// Not Allowed) and halt execution."
	@Test
	void aMutationOverGetIsMethodNotAllowedBeforeValidation() {
		// The schema has no mutations yet: had it been validated, this would be a validation error, not a 405.
		for (Map<String, String> parameters : List.of(Map.of("query", "mutation { addWork { id } }"),
				Map.of("query", "query Q { __typename } mutation M { addWork { id } }", "operationName", "M"))) {
			Exchange response = this.http.get(parameters, GRAPHQL_RESPONSE);
			assertThat(response.status()).isEqualTo(405);
			assertThat(response.header("Allow")).isEqualTo("POST");
			assertThat(response.errors().get(0).get("message")).asString().contains("POST");
		}
		Exchange query = this.http.get(
				Map.of("query", "query Q { __typename } mutation M { addWork { id } }", "operationName", "Q"), JSON);
		assertThat(query.status()).as("a query of the same document is not a mutation").isEqualTo(200);
		assertThat(this.statements.count()).isZero();
	}

	// "A GraphQL-over-HTTP request is formed of ... {query} - (Required, string)" and "An HTTP request that encodes
	// parameters of the same names but of the wrong type, or that omits required parameters, is not a well-formed
	// GraphQL-over-HTTP request." ... "SHOULD result in status code 400 (Bad Request)."
	@Test
	void aGetWithoutQueryOrWithMalformedVariablesIsABadRequest() {
		assertThat(this.http.get(Map.of(), JSON).status()).isEqualTo(400);
		assertThat(this.http.get(Map.of("query", QUERY, "variables", "[7]"), JSON).status()).isEqualTo(400);
		assertThat(this.http.get(Map.of("query", QUERY, "variables", "{nope"), JSON).status()).isEqualTo(400);
		assertThat(this.http.get(Map.of("query", QUERY, "extensions", "\"x\""), JSON).status()).isEqualTo(400);
	}

	// application/graphql-response+json: "Requests where the GraphQL document cannot be parsed should result in status
	// code 400 (Bad Request)." application/json: "Requests where the GraphQL document cannot be parsed SHOULD result
	// in status code 200 (Okay)."
	@Test
	void aDocumentThatDoesNotParseIs400InGraphQlResponseJsonAnd200InJson() {
		assertDocumentError("{ works(first: 1) { totalCount }", "InvalidSyntax");
	}

	// application/graphql-response+json: "Requests that fail to pass GraphQL validation SHOULD be denied execution
	// with a status code of 400 (Bad Request)." application/json: "Requests that fail to pass GraphQL validation, the
	// server SHOULD NOT execute the request and SHOULD return a status code of 200 (Okay)."
	@Test
	void aDocumentThatDoesNotValidateIs400InGraphQlResponseJsonAnd200InJson() {
		assertDocumentError("{ works(first: 1) { totalCount nope } }", "ValidationError");
	}

	// "If CoerceVariableValues() raises a GraphQL request error, the server SHOULD NOT execute the request and SHOULD
	// return a status code of 400 (Bad Request)." (200 (Okay) in application/json)
	@Test
	void variablesThatDoNotCoerceAre400InGraphQlResponseJsonAnd200InJson() {
		String body = GraphQlHttp.json(Map.of("query", "query ($n: Int) { works(first: $n) { totalCount } }",
				"variables", Map.of("n", "many")));
		assertThat(this.http.post(JSON, GRAPHQL_RESPONSE, body).status()).isEqualTo(400);
		assertThat(this.http.post(JSON, JSON, body).status()).isEqualTo(200);
		assertThat(this.statements.count()).isZero();
	}

	// "If the GraphQL response contains the {data} entry and it is {null}, then the server SHOULD reply with a 2xx
	// status code and it is RECOMMENDED it replies with 200 status code."
	@Test
	void aFieldErrorThatNullsDataIsStill200() {
		Exchange response = this.http.post(JSON, GRAPHQL_RESPONSE,
				body("{ adaptationFamily(workId: \"nope\") { root { id } } }"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json()).containsEntry("data", null);
	}

	// A request over a limit is "denied execution" like one that fails validation (the specification: "The server
	// MAY, at its discretion, apply additional validation rules ... depth limit, complexity limit, etc.").
	@Test
	void aRequestOverALimitIs400InGraphQlResponseJsonAnd200InJson() {
		String tooDeep = "{ work(id: \"x\") { " + "partOf { ".repeat(12) + "id" + " }".repeat(13) + " }";
		assertThat(this.http.post(JSON, GRAPHQL_RESPONSE, body(tooDeep)).status()).isEqualTo(400);
		assertThat(this.http.post(JSON, JSON, body(tooDeep)).status()).isEqualTo(200);
	}

	// "For example a POST request body of NONSENSE or {"query": (note: invalid JSON). Requests that the server cannot
	// interpret SHOULD result in status code 400 (Bad Request)." / "For example a POST request body of
	// {"qeury": "{__typename}"} (note: typo) or {"query": "query Q ($i:Int!) { q(i: $i) }", "variables": [7]} (note:
	// invalid shape for variables). A request that does not constitute a well-formed GraphQL-over-HTTP request SHOULD
	// result in status code 400 (Bad Request)."
	@ParameterizedTest
	@ValueSource(strings = { "NONSENSE", "{\"query\":", "{\"qeury\": \"{__typename}\"}",
			"{\"query\": \"query Q ($i:Int!) { q(i: $i) }\", \"variables\": [7]}", "{\"query\": 5}", "\"{ __typename }\"",
			"{\"query\": \"{ __typename }\", \"operationName\": 5}", "{\"query\": \"{ __typename }\", \"extensions\": 1}",
			"" })
	void aBodyThatIsNotAWellFormedRequestIsABadRequest(String body) {
		for (String accept : List.of(JSON, GRAPHQL_RESPONSE)) {
			Exchange response = this.http.post(JSON, accept, body);
			assertThat(response.status()).as("%s accepting %s", body, accept).isEqualTo(400);
			assertThat(response.errors()).singleElement()
				.satisfies(error -> assertThat(error.get("message")).asString().isNotBlank());
		}
	}

	// Batching is not part of the specification: "When encoded in JSON, a GraphQL-over-HTTP request is encoded as a
	// JSON object (map)". A JSON array of requests is refused, and none of them runs.
	@Test
	void aJsonArrayOfRequestsIsRefusedAsBatching() {
		Exchange response = this.http.post(JSON, JSON, "[" + body(QUERY) + "," + body(QUERY) + "]");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.errors().get(0).get("message")).asString().startsWith("Batching is not supported");
		assertThat(this.statements.count()).isZero();
	}

	// "A server MUST support POST requests encoded with the application/json media type"; "If the client does not
	// supply a Content-Type header with a POST request, the server SHOULD reject the request using the appropriate 4xx
	// status code." Security notes: "'simple requests' like those using application/x-www-form-urlencoded or
	// multipart/form-data do not have the same CORS behavior, and thus do not undergo the same preflight checks."
	@ParameterizedTest
	@ValueSource(strings = { "text/plain", "text/plain; charset=utf-8", "application/x-www-form-urlencoded",
			"multipart/form-data; boundary=x", "application/graphql", "application/json; charset=iso-8859-1" })
	void contentTypesThatAreNotUtf8JsonAreUnsupported(String contentType) {
		// A JSON body under a type a browser may send cross-site without a preflight must not run.
		Exchange response = this.http.post(contentType, JSON, body(QUERY));
		assertThat(response.status()).isEqualTo(415);
		assertThat(response.errors().get(0).get("message")).asString().contains("application/json");
		assertThat(this.statements.count()).isZero();
	}

	@Test
	void aPostWithoutContentTypeIsUnsupported() {
		assertThat(this.http.post(null, JSON, body(QUERY)).status()).isEqualTo(415);
		assertThat(this.statements.count()).isZero();
	}

	// "For POST requests using an officially recognized GraphQL Content-Type without indicating an encoding, the
	// server MUST assume the encoding is utf-8."
	@Test
	void utf8IsAssumedAndAccepted() {
		for (String contentType : List.of(JSON, JSON + "; charset=utf-8", JSON + ";charset=UTF-8")) {
			Exchange response = this.http.post(contentType, JSON, body("{ work(id: \"love-in-the-big-city-novel\") { originalTitle } }"));
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.body()).contains("대도시의 사랑법");
		}
	}

	// Not in the specification, but in the issue: no "Did you mean" suggestions that would leak field names. graphql-java
	// makes none, even with introspection on (IntrospectionSwitchTests checks it off).
	@Test
	void validationErrorsNeverSuggestFieldNames() {
		for (String document : List.of("{ workz { id } }", "{ work(id: \"x\") { titel } }")) {
			Exchange response = this.http.post(document);
			assertThat(response.errors()).isNotEmpty();
			assertThat(response.body()).doesNotContainIgnoringCase("did you mean").doesNotContain("'works'");
		}
	}

	private void assertDocumentError(String document, String classification) {
		Exchange strict = this.http.post(JSON, GRAPHQL_RESPONSE, body(document));
		Exchange legacy = this.http.post(JSON, JSON, body(document));
		assertThat(strict.status()).isEqualTo(400);
		assertThat(strict.mediaType()).isEqualTo(GRAPHQL_RESPONSE);
		assertThat(legacy.status()).isEqualTo(200);
		assertThat(legacy.mediaType()).isEqualTo(JSON);
		for (Exchange response : List.of(strict, legacy)) {
			assertThat(response.json()).doesNotContainKey("data");
			assertThat(response.errors()).isNotEmpty()
				.allSatisfy(error -> assertThat(error.get("extensions")).asString().contains(classification));
		}
		assertThat(this.statements.count()).isZero();
	}

	private static String body(String document) {
		return GraphQlHttp.json(Map.of("query", document));
	}

	private static Map<String, Object> cost(int requested) {
		return Map.of("cost", Map.of("requested", requested, "limit", 500_000));
	}

}
