package dev.adaptations.curation;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import dev.adaptations.CurationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;

import static dev.adaptations.curation.CurationTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;

@CurationTest
class ChangeHistoryTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@LocalServerPort
	int port;

	@Test
	void changesAreQueryableByTimeAndEntityInCommitOrderWithPaging() {
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1);
		as(this.graphQl, CurationTest.CURATOR).document("""
				mutation {
				  createCharacter(input: {id: "ct-history-hero", name: "Hero", sources: ["lk-filmdb"], comment: "new"}) { character { id } }
				}""").execute().errors().verify();
		as(this.graphQl, CurationTest.CURATOR).document("""
				mutation {
				  updateCharacter(input: {id: "ct-history-hero", version: 1, description: "The hero.", sources: ["lk-filmdb"],
				    comment: "described"}) { character { id } }
				  addAppearance(input: {character: "ct-history-hero", work: "the-lantern-keeper-2003-film",
				    sources: ["lk-filmdb"]}) { relationship }
				}""").execute().errors().verify();

		var page = this.graphQl.documentName("changes")
			.variable("entityId", "ct-history-hero")
			.variable("since", start.toString())
			.variable("first", 2)
			.execute();
		page.path("changes.totalCount").entity(Integer.class).isEqualTo(3);
		page.path("changes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		page.path("changes.edges[*].node.action").entityList(String.class).containsExactly("CREATE", "UPDATE");
		page.path("changes.edges[1].node").matchesJson("""
				{"actor": "test-curator", "entityType": "Character", "entityId": "ct-history-hero", "comment": "described",
				 "version": 2, "fields": [{"field": "description", "before": null, "after": "\\"The hero.\\""}]}""");
		String cursor = page.path("changes.pageInfo.endCursor").entity(String.class).get();

		this.graphQl.documentName("changes")
			.variable("entityId", "ct-history-hero")
			.variable("first", 2)
			.variable("after", cursor)
			.execute()
			.path("changes.edges[*].node")
			.matchesJson("""
					[{"action": "ADD", "entityType": "APPEARS_IN", "entityId": "ct-history-hero",
					  "relatedIds": ["the-lantern-keeper-2003-film"]}]""");

		this.graphQl.documentName("changes")
			.variable("since", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString())
			.execute()
			.path("changes.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	void aMalformedCursorOrTimeIsABadRequest() {
		this.graphQl.documentName("changes").variable("after", "bm90LWEtY3Vyc29y").execute().errors().satisfy(
				errors -> assertThat(errors).singleElement().satisfies(error -> assertThat(error.getMessage()).contains("after")));
		this.graphQl.documentName("changes").variable("since", "yesterday").execute().errors().satisfy(
				errors -> assertThat(errors).singleElement().satisfies(error -> assertThat(error.getMessage()).contains("yesterday")));
	}

	@Test
	void aSubscriberHearsOfEachCommittedChangeButNotOfRefusedOnes() throws Exception {
		var subscriber = WebSocketGraphQlTester
			.builder(URI.create("ws://127.0.0.1:" + this.port + "/graphql"), new ReactorNettyWebSocketClient())
			.build();
		Flux<Map> changes = subscriber.document("""
				subscription { graphChanged(entityId: "ct-subscribed") { action entityType entityId actor version } }""")
			.executeSubscription()
			.toFlux("graphChanged", Map.class);

		CompletableFuture<Map> first = changes.next().toFuture();
		// the subscription is registered once the server has handled the subscribe message
		Thread.sleep(1500);
		// refused (no sources): rolled back, so never pushed
		as(this.graphQl, CurationTest.CURATOR)
			.document("mutation { createPerson(input: {id: \"ct-subscribed\", name: \"Sub\"}) { person { id } } }")
			.execute();
		as(this.graphQl, CurationTest.CURATOR).document("""
				mutation { createPerson(input: {id: "ct-subscribed", name: "Sub", sources: ["lk-filmdb"]}) { person { id } } }""")
			.execute()
			.errors()
			.verify();

		assertThat(first.get(30, TimeUnit.SECONDS)).containsEntry("action", "CREATE")
			.containsEntry("entityType", "Person")
			.containsEntry("entityId", "ct-subscribed")
			.containsEntry("actor", "test-curator")
			.containsEntry("version", 1);
		subscriber.stop().block(Duration.ofSeconds(5));
	}

}
