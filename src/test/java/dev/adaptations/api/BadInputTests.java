package dev.adaptations.api;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.adaptations.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input gets a clear error that names what was wrong, and nothing in a response reveals the
 * implementation.
 */
@GraphTest
class BadInputTests {

	@Autowired
	GraphQlTester graphQl;

	@LocalServerPort
	int port;

	@Test
	void unknownIdsGiveNullForNullableLookups() {
		this.graphQl.document("""
				{ node(id: "no-such-id") { id } work(id: "no-such-id") { id } person(id: "park-sang-young-x") { id }
				  character(id: "nope") { id } source(id: "nope") { id } role(id: "nope") { id }
				  organization(id: "nope") { id } award(id: "nope") { id }
				  path(from: "nope", to: "kim-go-eun") { length } }""")
			.execute()
			.errors()
			.verify()
			.path("node").valueIsNull()
			.path("work").valueIsNull()
			.path("person").valueIsNull()
			.path("character").valueIsNull()
			.path("source").valueIsNull()
			.path("role").valueIsNull()
			.path("organization").valueIsNull()
			.path("award").valueIsNull()
			.path("path").valueIsNull();
	}

	@Test
	void anIdOfAnotherTypeIsNotFoundAsThatType() {
		this.graphQl.document("{ work(id: \"park-sang-young\") { id } person(id: \"park-sang-young\") { id } }")
			.execute()
			.path("work").valueIsNull()
			.path("person.id").entity(String.class).isEqualTo("park-sang-young");
	}

	@ParameterizedTest
	@ValueSource(strings = { "works(first: -1) { totalCount }", "works(first: 100000) { totalCount }",
			"people(first: 101) { totalCount }", "search(text: \"park\", first: 0) { score }",
			"search(text: \"park\", first: 51) { score }",
			"work(id: \"love-in-the-big-city-novel\") { credits(first: -5) { totalCount } }" })
	void pageSizesOutOfRangeAreBadRequestsNamingFirst(String field) {
		assertBadRequest("{ " + field + " }", "first");
	}

	@ParameterizedTest
	@ValueSource(strings = { "not-a-cursor", "azE6", "!!!", "eyJ4IjoxfQ" })
	void malformedCursorsAreBadRequestsNamingAfter(String cursor) {
		assertBadRequest("{ works(after: \"" + cursor + "\") { totalCount } }", "after");
		assertBadRequest("{ people(after: \"" + cursor + "\") { totalCount } }", "after");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "---", "?*~" })
	void emptySearchTextIsABadRequestNamingText(String text) {
		assertBadRequest("{ search(text: \"" + text + "\") { score } }", "text");
	}

	@Test
	void overlongSearchTextIsABadRequestNamingText() {
		assertBadRequest("{ search(text: \"" + "a".repeat(201) + "\") { score } }", "text");
	}

	@Test
	void unknownEnumValuesAreBadRequestsNamingTheArgument() {
		this.graphQl.document("{ works(kind: [BOOK]) { totalCount } }").execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(errors.get(0).getMessage()).contains("'kind").contains("BOOK").doesNotContain("EnumValue");
		});
	}

	@Test
	void outOfRangeExploreArgumentsAreBadRequestsNamingThem() {
		assertBadRequest("{ path(from: \"nam-yoon-su\", to: \"kim-go-eun\", maxLength: 11) { length } }", "maxLength");
		assertBadRequest("{ neighborhood(id: \"love-in-the-big-city-novel\", depth: 4) { truncated } }", "depth");
		assertBadRequest("{ neighborhood(id: \"love-in-the-big-city-novel\", limit: 1001) { truncated } }", "limit");
	}

	@Test
	void unknownIdsWhereAnAnswerIsRequiredAreNotFoundNamingTheArgument() {
		for (String document : List.of("{ adaptationFamily(workId: \"nope\") { root { id } } }",
				"{ timeline(workId: \"nope\") { date } }", "{ neighborhood(id: \"nope\") { truncated } }")) {
			this.graphQl.document(document).execute().errors().satisfy(errors -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
				assertThat(errors.get(0).getMessage()).contains("nope");
			});
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "{ works(first: -1) { totalCount } }", "{ works(kind: [BOOK]) { totalCount } }",
			"{ search(text: \"\") { score } }", "{ nope }", "{ work(id: 5 }", "{ works(first: \"x\") { totalCount } }",
			"{ search(text: \"') MATCH (n) DETACH DELETE n //\") { score } }",
			"{ work(id: \"x\\u0000\") { id } }" })
	void noResponseRevealsStackTracesClassNamesOrCypher(String document) {
		String body = RestClient.create("http://127.0.0.1:" + this.port)
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.body(Map.of("query", document))
			.exchange((request, response) -> new String(response.getBody().readAllBytes()));
		assertThat(body).doesNotContainPattern("(?i)exception|\\bat [a-z]+\\.|java\\.|dev\\.adaptations|org\\.neo4j|graphql\\.")
			.doesNotContainPattern("EnumValue|StringValue|IntValue")
			.doesNotContainPattern("MATCH \\(|UNWIND|RETURN ");
	}

	@Test
	void injectedLuceneAndCypherSyntaxInSearchTextIsOnlyText() {
		this.graphQl.document("{ search(text: \"park\\\") OR (*:* AND sang\") { node { id } } }")
			.execute()
			.errors()
			.verify();
		this.graphQl.document("{ works(first: 1) { totalCount } }")
			.execute()
			.path("works.totalCount")
			.entity(Integer.class)
			.satisfies(total -> assertThat(total).isGreaterThan(20));
	}

	private void assertBadRequest(String document, String argument) {
		this.graphQl.document(document).execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(errors.get(0).getMessage()).contains("'" + argument + "'");
			assertThat(errors.get(0).getExtensions()).containsEntry("argument", argument);
		});
	}

}
