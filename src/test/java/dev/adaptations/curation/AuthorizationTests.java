package dev.adaptations.curation;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import dev.adaptations.CurationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dev.adaptations.curation.CurationTestSupport.as;
import static dev.adaptations.curation.CurationTestSupport.errorsOf;
import static org.assertj.core.api.Assertions.assertThat;

/** Who may write: the outcome for no token, a wrong token, a CURATOR token and an ADMIN token. */
@CurationTest
class AuthorizationTests {

	private static final String CREATE = """
			mutation { createPerson(input: {id: "%s", name: "Someone", sources: ["lk-filmdb"]}) { person { id } } }""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient http;

	@Autowired
	Driver driver;

	@Test
	void aWriteWithoutATokenIsUnauthorizedAndChangesNothing() {
		var before = GraphFingerprint.of(this.driver);
		var errors = errorsOf(this.graphQl.document(CREATE.formatted("ct-auth-anonymous")));
		assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED");
			assertThat(error.getMessage()).doesNotContain("Exception", "dev.adaptations");
		});
		assertThat(GraphFingerprint.of(this.driver)).isEqualTo(before);
	}

	@Test
	void aTokenThatIsNotConfiguredGets401AndChangesNothing() {
		var before = GraphFingerprint.of(this.driver);
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.AUTHORIZATION, "Bearer not-a-configured-token")
			.bodyValue("{\"query\": \"" + CREATE.formatted("ct-auth-wrong").replace("\"", "\\\"") + "\"}")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.value(HttpHeaders.WWW_AUTHENTICATE, value -> assertThat(value).startsWith("Bearer").contains("invalid_token"))
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("UNAUTHORIZED");
		assertThat(GraphFingerprint.of(this.driver)).isEqualTo(before);
	}

	@Test
	void aCuratorWritesButCannotDelete() {
		as(this.graphQl, CurationTest.CURATOR).document(CREATE.formatted("ct-auth-curated"))
			.execute()
			.path("createPerson.person.id")
			.entity(String.class)
			.isEqualTo("ct-auth-curated");
		var before = GraphFingerprint.of(this.driver);
		var errors = errorsOf(as(this.graphQl, CurationTest.CURATOR)
			.document("mutation { deletePerson(input: {id: \"ct-auth-curated\", version: 1}) { id } }"));
		assertThat(errors).singleElement()
			.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
		assertThat(GraphFingerprint.of(this.driver)).isEqualTo(before);
	}

	@Test
	void anAdminDeletesAPersonWithTheirRoles() {
		as(this.graphQl, CurationTest.ADMIN).document("""
				mutation {
				  createPerson(input: {id: "ct-auth-deleted", name: "Gone Soon", sources: ["lk-filmdb"]}) { person { id } }
				  addRole(input: {id: "ct-auth-deleted-role", person: "ct-auth-deleted", work: "the-lantern-keeper-2003-film",
				    kind: PRODUCER, sources: ["lk-filmdb"]}) { role { id } }
				}""").execute().errors().verify();
		as(this.graphQl, CurationTest.ADMIN)
			.document("mutation { deletePerson(input: {id: \"ct-auth-deleted\", version: 1, comment: \"duplicate\"}) { id changes { summary relatedIds actor } } }")
			.execute()
			.path("deletePerson")
			.matchesJson("""
					{"id": "ct-auth-deleted", "changes": [{"summary": "deleted person 'ct-auth-deleted' with 1 role",
					  "relatedIds": ["ct-auth-deleted-role"], "actor": "test-admin"}]}""");
		this.graphQl.document("{ a: node(id: \"ct-auth-deleted\") { id } b: node(id: \"ct-auth-deleted-role\") { id } }")
			.execute()
			.path("")
			.matchesJson("{\"a\": null, \"b\": null}");
	}

	@Test
	void deletesThatWouldLeaveFactsDanglingAreRefused() {
		var before = GraphFingerprint.of(this.driver);
		var parts = errorsOf(as(this.graphQl, CurationTest.ADMIN)
			.document("mutation { deleteWork(input: {id: \"the-lantern-keeper-novel\", version: 1}) { id } }"));
		assertThat(parts.get(0).getMessage()).contains("still has 2 part(s)");
		var cited = errorsOf(as(this.graphQl, CurationTest.ADMIN)
			.document("mutation { deleteSource(input: {id: \"lk-filmdb\", version: 1}) { id } }"));
		assertThat(cited.get(0).getMessage()).contains("is cited by");
		assertThat(GraphFingerprint.of(this.driver)).isEqualTo(before);
	}

	@Test
	void readsNeedNoToken() {
		this.graphQl.document("{ work(id: \"the-lantern-keeper-novel\") { title version } }")
			.execute()
			.path("work.version")
			.entity(Integer.class)
			.isEqualTo(1);
	}


}
