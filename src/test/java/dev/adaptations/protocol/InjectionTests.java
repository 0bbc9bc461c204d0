package dev.adaptations.protocol;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.adaptations.GraphTest;
import dev.adaptations.protocol.GraphQlHttp.Exchange;
import dev.adaptations.support.Leaks;
import dev.adaptations.support.Paging;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cypher-injection payloads in every string argument of the schema (ids, search text, cursors, both raw and wrapped in
 * a well-formed cursor so they reach the query): the graph keeps every node and relationship, no lookup finds
 * anything, and no response shows a stack trace, a class name or Cypher. The payloads travel as variables, as a
 * client's input would; a 10,000-character one would not fit in a document under the default size limit.
 */
@GraphTest
class InjectionTests {

	private static final String DETACH_DELETE = "}) MATCH (n) DETACH DELETE n //";

	/** Every string argument, as {@code $v}; the ids are lookups that must find nothing. */
	private static final List<String> LOOKUPS = List.of("work(id: $v) { id }", "person(id: $v) { id }",
			"character(id: $v) { id }", "role(id: $v) { id }", "organization(id: $v) { id }", "award(id: $v) { id }",
			"source(id: $v) { id }", "node(id: $v) { id }", "path(from: $v, to: \"kim-go-eun\") { length }",
			"path(from: \"nam-yoon-su\", to: $v) { length }");

	private static final List<String> OTHERS = List.of("adaptationFamily(workId: $v) { root { id } }",
			"timeline(workId: $v) { date }", "neighborhood(id: $v) { truncated }", "search(text: $v) { node { id } }",
			"works(after: $v) { totalCount }", "people(after: $v) { totalCount }",
			"person(id: \"park-sang-young\") { credits(after: $v) { totalCount } }",
			"work(id: \"love-in-the-big-city-novel\") { credits(after: $v) { totalCount } }");

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	GraphQlHttp http;

	@BeforeEach
	void client() {
		this.http = new GraphQlHttp(this.port);
	}

	static Stream<String> payloads() {
		return Stream.of("'", "\"", "\\", "`", "' OR 1=1 //", "\" OR \"\"=\"", "*/", "/* ", "*/ MATCH (n) DETACH DELETE n /*",
				DETACH_DELETE, "') " + DETACH_DELETE, "\"}) MATCH (n) DETACH DELETE n RETURN 1 //",
				"x` DETACH DELETE n //", "$ids", "park\u0000sang", "\u0000", "\uD800", "\uDC00x", "a".repeat(10_000),
				DETACH_DELETE.repeat(10_000 / DETACH_DELETE.length() + 1));
	}

	@ParameterizedTest
	@MethodSource("payloads")
	void aPayloadInAnyStringArgumentChangesNothingFindsNothingAndLeaksNothing(String payload) {
		long nodes = count("MATCH (n) RETURN count(n)");
		long relationships = count("MATCH ()-[r]->() RETURN count(r)");
		for (String value : List.of(payload, Paging.cursor(payload))) {
			for (String field : LOOKUPS) {
				Exchange response = send(field, value);
				Leaks.assertNothingLeaks(response.body(), value, field);
				assertFoundNothing(response, field);
			}
			for (String field : OTHERS) {
				Leaks.assertNothingLeaks(send(field, value).body(), value, field);
			}
		}
		assertThat(count("MATCH (n) RETURN count(n)")).as("nodes").isEqualTo(nodes);
		assertThat(count("MATCH ()-[r]->() RETURN count(r)")).as("relationships").isEqualTo(relationships);
	}

	private Exchange send(String field, String value) {
		String type = field.contains("text:") ? "String!" : field.contains("after:") ? "String" : "ID!";
		// Variables written by hand, so that a lone surrogate travels as the JSON escape \\uD800 it is.
		String body = "{\"query\": " + GraphQlHttp.json("query ($v: " + type + ") { " + field + " }")
				+ ", \"variables\": {\"v\": " + Leaks.escaped(value) + "}}";
		Exchange response = this.http.post(GraphQlHttp.JSON, GraphQlHttp.JSON, body);
		assertThat(response.status()).as(field).isEqualTo(200);
		return response;
	}

	private static void assertFoundNothing(Exchange response, String field) {
		Object data = response.json().get("data");
		if (data instanceof Map<?, ?> map) {
			assertThat(map.values()).as(field).allMatch(value -> value == null);
		}
	}

	private long count(String cypher) {
		return this.driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
	}

}
