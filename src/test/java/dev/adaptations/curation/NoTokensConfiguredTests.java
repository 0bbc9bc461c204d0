package dev.adaptations.curation;

import org.junit.jupiter.api.Test;

import dev.adaptations.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dev.adaptations.curation.CurationTestSupport.errorsOf;
import static org.assertj.core.api.Assertions.assertThat;

/** The shipped configuration has no tokens: nobody can write, whatever they send. */
@GraphTest
class NoTokensConfiguredTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient http;

	@Test
	void withNoTokensConfiguredNoWriteIsAccepted() {
		var anonymous = errorsOf(this.graphQl
			.document("mutation { createSource(input: {id: \"ct-none\", title: \"x\", kind: OTHER}) { source { id } } }"));
		assertThat(anonymous.get(0).getErrorType().toString()).isEqualTo("UNAUTHORIZED");
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.AUTHORIZATION, "Bearer curator-test-token")
			.bodyValue("{\"query\": \"mutation { createSource(input: {id: \\\"ct-none\\\", title: \\\"x\\\", kind: OTHER}) { source { id } } }\"}")
			.exchange()
			.expectStatus()
			.isUnauthorized();
		this.graphQl.document("{ source(id: \"ct-none\") { id } }").execute().path("source").valueIsNull();
	}

}
