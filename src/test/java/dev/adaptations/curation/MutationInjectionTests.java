package dev.adaptations.curation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;

import dev.adaptations.CurationTest;
import dev.adaptations.support.Leaks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cypher-injection payloads in every string field of the mutation inputs. As names, descriptions, aliases,
 * notes and comments they are data: stored verbatim, or refused cleanly, and nothing else changes. As ids
 * and references they name nothing and are refused. No response shows a stack trace, a class name or Cypher.
 */
@CurationTest
class MutationInjectionTests {

	private static final String DETACH_DELETE = "}) MATCH (n) DETACH DELETE n //";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	/** Mutations whose every string is an id or a reference: each must be refused and change nothing. */
	private static final List<String> REFERENCES = List.of(
			"updatePerson(input: {id: $id, version: 1, name: \"x\", sources: [\"lk-filmdb\"]}) { person { id } }",
			"deletePerson(input: {id: $id, version: 1}) { id }",
			"createPerson(input: {id: $id, name: \"x\", sources: [\"lk-filmdb\"]}) { person { id } }",
			"createPerson(input: {id: \"ct-inj-ref\", name: \"x\", sources: [$id]}) { person { id } }",
			"createPerson(input: {id: \"ct-inj-new\", name: \"x\", newSources: [{id: $id, title: \"t\", kind: OTHER}]}) { person { id } }",
			"addRole(input: {id: \"ct-inj-role\", person: $id, work: $id, kind: ACTOR, character: $id, episodes: [$id], sources: [\"lk-filmdb\"]}) { role { id } }",
			"removeRole(input: {id: $id}) { id }",
			"addAdaptation(input: {adaptation: $id, source: $id, kind: ADAPTATION, parts: [$id], sources: [\"lk-filmdb\"]}) { relationship }",
			"removeAdaptation(input: {adaptation: $id, source: \"the-lantern-keeper-novel\"}) { relationship }",
			"addRelease(input: {id: $id, work: $id, kind: PREMIERE, preferred: true, platform: $id, sources: [\"lk-filmdb\"]}) { release { id } }",
			"removeRelease(input: {id: $id, preferInstead: $id}) { id }",
			"addNomination(input: {work: $id, award: $id, result: WON, sources: [\"lk-filmdb\"]}) { relationship }");

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	static Stream<String> payloads() {
		return Stream.of("'", "\"", "\\", "`", "' OR 1=1 //", "*/ MATCH (n) DETACH DELETE n /*", DETACH_DELETE,
				"\"}) MATCH (n) DETACH DELETE n RETURN 1 //", "x` DETACH DELETE n //", "$ids", "park\u0000sang",
				"\uD800", "\uDC00x", "a".repeat(10_000));
	}

	@ParameterizedTest
	@MethodSource("payloads")
	void aPayloadInAnyMutationStringIsDataOrRefusedAndChangesNothingElse(String payload) throws Exception {
		var before = GraphFingerprint.of(this.driver);
		for (String mutation : REFERENCES) {
			String body = send(mutation, payload);
			assertThat(body).as(mutation).contains("\"errors\"");
			assertNothingLeaks(body, payload, mutation);
		}
		assertThat(GraphFingerprint.of(this.driver)).as("after refused mutations").isEqualTo(before);

		String id = "ct-inj-" + SEQUENCE.incrementAndGet();
		String body = send("createPerson(input: {id: \"" + id + "\", name: $s, originalName: $s, aliases: [$s], "
				+ "description: $s, note: $s, comment: $s, sources: [\"lk-filmdb\"]}) { person { id } }", payload);
		assertNothingLeaks(body, payload, "createPerson with the payload as data");
		var stored = this.driver.executableQuery("MATCH (p:Person {id: $id}) RETURN p.name AS name, p.note AS note")
			.withParameters(java.util.Map.of("id", id))
			.execute()
			.records();
		if (!body.contains("\"errors\"")) {
			assertThat(stored).singleElement().satisfies(record -> {
				assertThat(record.get("name").asString()).isEqualTo(payload);
				assertThat(record.get("note").asString()).isEqualTo(payload);
			});
		}
		else {
			assertThat(stored).isEmpty();
		}
		long others = this.driver.executableQuery("MATCH (n) WHERE NOT n:Change AND coalesce(n.id, '') <> $id RETURN count(n) AS n")
			.withParameters(java.util.Map.of("id", id))
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
		assertThat(others).as("nodes other than the new person").isEqualTo(before.nodes());
	}

	private String send(String field, String value) throws Exception {
		String variable = field.contains("$id") ? "id" : "s";
		String body = "{\"query\": \"mutation ($" + variable + ": " + (variable.equals("id") ? "ID!" : "String!") + ") { "
				+ field.replace("\"", "\\\"") + " }\", \"variables\": {\"" + variable + "\": " + Leaks.escaped(value) + "}}";
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + CurationTest.ADMIN)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(field).isEqualTo(200);
		return response.body();
	}

	private static void assertNothingLeaks(String body, String value, String field) {
		Leaks.assertNothingLeaks(body.replace(value, ""), value, field);
		assertThat(body).as(field).doesNotContain("INTERNAL_ERROR");
	}

}
