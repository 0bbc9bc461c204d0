package dev.adaptations.curation;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import dev.adaptations.CurationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static dev.adaptations.curation.CurationTestSupport.as;
import static dev.adaptations.curation.CurationTestSupport.errorsOf;
import static dev.adaptations.curation.CurationTestSupport.map;
import static dev.adaptations.curation.CurationTestSupport.paths;
import static org.assertj.core.api.Assertions.assertThat;

@CurationTest
class FactMutationTests {

	private static final String MINISERIES = "the-lantern-keeper-2021-miniseries";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Test
	void aRoleWithCharacterAndEpisodesAppearsInTheCreditsAndCanBeRemoved() {
		curator("""
				mutation {
				  createPerson(input: {id: "ct-role-actor", name: "Rita Sol", sources: ["lk-farolplay-press"]}) { person { id } }
				  addRole(input: {id: "ct-rita-sol-as-clara", person: "ct-role-actor", work: "%s", kind: ACTOR,
				    character: "clara-vidal", episodes: ["%s-episode-3"], billing: 7, sources: ["lk-farolplay-press"]}) {
				    role { id kind billing version person { id } work { id } character { id } episodes { id } }
				    changes { action entityType entityId relatedIds }
				  }
				}""".formatted(MINISERIES, MINISERIES))
			.path("addRole")
			.matchesJson("""
					{"role": {"id": "ct-rita-sol-as-clara", "kind": "ACTOR", "billing": 7, "version": 1,
					  "person": {"id": "ct-role-actor"}, "work": {"id": "%s"}, "character": {"id": "clara-vidal"},
					  "episodes": [{"id": "%s-episode-3"}]},
					 "changes": [{"action": "ADD", "entityType": "Role", "entityId": "ct-rita-sol-as-clara",
					  "relatedIds": ["ct-role-actor", "%s", "clara-vidal", "%s-episode-3"]}]}"""
				.formatted(MINISERIES, MINISERIES, MINISERIES, MINISERIES));
		this.graphQl.document("{ work(id: \"%s-episode-3\") { credits(kind: ACTOR) { edges { node { id } } } } }"
			.formatted(MINISERIES))
			.execute()
			.path("work.credits.edges[*].node.id")
			.entityList(String.class)
			.contains("ct-rita-sol-as-clara");

		curator("mutation { removeRole(input: {id: \"ct-rita-sol-as-clara\", comment: \"wrong actor\"}) { id changes { action } } }")
			.path("removeRole")
			.matchesJson("{\"id\": \"ct-rita-sol-as-clara\", \"changes\": [{\"action\": \"REMOVE\"}]}");
		this.graphQl.document("{ node(id: \"ct-rita-sol-as-clara\") { id } }").execute().path("node").valueIsNull();
	}

	@Test
	void aRoleIsCheckedAgainstItsReferences() {
		var before = GraphFingerprint.of(this.driver);
		var errors = errorsOf(as(this.graphQl, CurationTest.CURATOR).document("""
				mutation {
				  addRole(input: {id: "ct-bad-role", person: "no-such-person", work: "the-lantern-keeper-2003-film",
				    kind: DIRECTOR, character: "tomas-vidal", episodes: ["%s-episode-1"], sources: ["lk-filmdb"]}) { role { id } }
				}""".formatted(MINISERIES)));
		assertThat(paths(errors)).contains("input.person", "input.character", "input.episodes[0]");
		assertThat(GraphFingerprint.of(this.driver)).isEqualTo(before);
	}

	@Test
	void anAdaptationLinksTheSourceAndThePartsItDrawsOnAndIsInTheFamily() {
		curator("""
				mutation {
				  createWork(input: {id: "ct-stage-play", kind: FILM, title: "The Lantern Keeper (stage recording)", year: 2024,
				    sources: ["lk-gazeta-review"]}) { work { id } }
				  addAdaptation(input: {adaptation: "ct-stage-play", source: "the-lantern-keeper-novel", kind: LOOSE_ADAPTATION,
				    parts: ["the-salt-road"], note: "Only the first story.", sources: ["lk-gazeta-review"]}) {
				    from { id } relationship to { id } changes { action entityId relatedIds }
				  }
				}""")
			.path("addAdaptation")
			.matchesJson("""
					{"from": {"id": "ct-stage-play"}, "relationship": "ADAPTS", "to": {"id": "the-lantern-keeper-novel"},
					 "changes": [{"action": "ADD", "entityId": "ct-stage-play", "relatedIds": ["the-lantern-keeper-novel"]},
					             {"action": "ADD", "entityId": "ct-stage-play", "relatedIds": ["the-salt-road"]}]}""");
		this.graphQl.document("{ adaptationFamily(workId: \"the-lantern-keeper-novel\") { works { id } } }")
			.execute()
			.path("adaptationFamily.works[*].id")
			.entityList(String.class)
			.contains("ct-stage-play");
		this.graphQl.document("{ work(id: \"ct-stage-play\") { adaptedFrom { source { id } kind note sources { id } } } }")
			.execute()
			.path("work.adaptedFrom")
			.matchesJson("""
					[{"source": {"id": "the-lantern-keeper-novel"}, "kind": "LOOSE_ADAPTATION", "note": "Only the first story."},
					 {"source": {"id": "the-salt-road"}, "kind": "LOOSE_ADAPTATION"}]""");

		// restating the same link with the same sources changes nothing
		curator("""
				mutation { addAdaptation(input: {adaptation: "ct-stage-play", source: "the-lantern-keeper-novel",
				  kind: LOOSE_ADAPTATION, note: "Only the first story.", sources: ["lk-gazeta-review"]}) { changes { id } } }""")
			.path("addAdaptation.changes")
			.entityList(Object.class)
			.hasSize(0);

		curator("""
				mutation { removeAdaptation(input: {adaptation: "ct-stage-play", source: "the-lantern-keeper-novel"}) {
				  changes { action relatedIds } } }""")
			.path("removeAdaptation.changes[*].relatedIds[0]")
			.entityList(String.class)
			.contains("the-lantern-keeper-novel", "the-salt-road")
			.hasSize(2);
		this.graphQl.document("{ work(id: \"ct-stage-play\") { adaptedFrom { kind } } }")
			.execute()
			.path("work.adaptedFrom")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void linksThatMakeNoSenseAreRefused() {
		var before = GraphFingerprint.of(this.driver);
		// the novel adapting its own translation: a cycle
		assertThat(paths(errorsOf(as(this.graphQl, CurationTest.CURATOR).document("""
				mutation { addAdaptation(input: {adaptation: "the-lantern-keeper-novel", source: "the-lantern-keeper-english-translation",
				  kind: ADAPTATION, sources: ["lk-filmdb"]}) { relationship } }""")))).containsExactly("input.source");
		// a part already in another whole, and the part that is not a part of the source
		assertThat(paths(errorsOf(as(this.graphQl, CurationTest.CURATOR).document("""
				mutation { addPartOf(input: {part: "the-salt-road", whole: "the-lantern-keeper-2003-film", sources: ["lk-filmdb"]}) {
				  relationship } }""")))).containsExactly("input.part");
		assertThat(paths(errorsOf(as(this.graphQl, CurationTest.CURATOR).document("""
				mutation { addAdaptation(input: {adaptation: "the-lantern-keeper-2003-film", source: "the-lantern-keeper-novel",
				  kind: ADAPTATION, parts: ["%s-episode-1"], sources: ["lk-filmdb"]}) { relationship } }""".formatted(MINISERIES)))))
			.containsExactly("input.parts[0]");
		assertThat(paths(errorsOf(as(this.graphQl, CurationTest.CURATOR).document("""
				mutation { addCounterpart(input: {character: "clara-vidal", counterpart: "clara-vidal", kind: SAME,
				  sources: ["lk-filmdb"]}) { relationship } }""")))).containsExactly("input.counterpart");
		assertThat(GraphFingerprint.of(this.driver)).isEqualTo(before);
	}

	@Test
	void partOfCounterpartAppearanceNominationAndOrganizationLinksCanBeAddedAndRemoved() {
		curator("""
				mutation {
				  createWork(input: {id: "ct-episode-5", kind: EPISODE, title: "Episode 5", number: 5, sources: ["lk-farolplay-press"]}) { work { id } }
				  createCharacter(input: {id: "ct-clara-older", name: "Clara (older)", sources: ["lk-farolplay-press"]}) { character { id } }
				  part: addPartOf(input: {part: "ct-episode-5", whole: "%s-part-2", position: 5, sources: ["lk-farolplay-press"]}) { relationship }
				  counterpart: addCounterpart(input: {character: "ct-clara-older", counterpart: "clara-vidal", kind: COMPOSITE,
				    sources: ["lk-farolplay-press"]}) { relationship }
				  appearance: addAppearance(input: {character: "ct-clara-older", work: "ct-episode-5", sources: ["lk-farolplay-press"]}) { relationship }
				  nomination: addNomination(input: {work: "%s", award: "atlantic-prize-for-fiction", year: 2022, category: "Screen",
				    result: SHORTLISTED, sources: ["lk-prize-page"]}) { relationship }
				  link: addOrganizationLink(input: {work: "ct-episode-5", organization: "farolplay", kind: STREAMS_ON, region: "PT",
				    sources: ["lk-farolplay-press"]}) { relationship }
				}""".formatted(MINISERIES, MINISERIES))
			.path("")
			.matchesJson("""
					{"part": {"relationship": "PART_OF"}, "counterpart": {"relationship": "COUNTERPART_OF"},
					 "appearance": {"relationship": "APPEARS_IN"}, "nomination": {"relationship": "NOMINATED_FOR"},
					 "link": {"relationship": "STREAMS_ON"}}""");
		this.graphQl.document("""
				{ work(id: "ct-episode-5") { partOf { id } characters { id } organizations { kind organization { id } } }
				  character(id: "ct-clara-older") { counterparts { kind character { id } } }
				  nominated: work(id: "%s") { nominations { year category result } } }""".formatted(MINISERIES))
			.execute()
			.path("")
			.matchesJson("""
					{"work": {"partOf": {"id": "%s-part-2"}, "characters": [{"id": "ct-clara-older"}],
					          "organizations": [{"kind": "STREAMS_ON", "organization": {"id": "farolplay"}}]},
					 "character": {"counterparts": [{"kind": "COMPOSITE", "character": {"id": "clara-vidal"}}]}}"""
				.formatted(MINISERIES))
			.path("nominated.nominations[?(@.category == 'Screen')].result")
			.entityList(String.class)
			.containsExactly("SHORTLISTED");

		curator("""
				mutation {
				  a: removeNomination(input: {work: "%s", award: "atlantic-prize-for-fiction", year: 2022, category: "Screen"}) { relationship }
				  b: removeOrganizationLink(input: {work: "ct-episode-5", organization: "farolplay", kind: STREAMS_ON, region: "PT"}) { relationship }
				  c: removeAppearance(input: {character: "ct-clara-older", work: "ct-episode-5"}) { relationship }
				  d: removeCounterpart(input: {character: "ct-clara-older", counterpart: "clara-vidal"}) { relationship }
				  e: removePartOf(input: {part: "ct-episode-5", whole: "%s-part-2"}) { relationship }
				}""".formatted(MINISERIES, MINISERIES))
			.path("e.relationship")
			.entity(String.class)
			.isEqualTo("PART_OF");
		this.graphQl.document("""
				{ work(id: "ct-episode-5") { partOf { id } characters { id } organizations { kind } } }""")
			.execute()
			.path("work")
			.matchesJson("{\"partOf\": null, \"characters\": [], \"organizations\": []}");

		var errors = errorsOf(as(this.graphQl, CurationTest.CURATOR).document("""
				mutation { removePartOf(input: {part: "ct-episode-5", whole: "%s-part-2"}) { relationship } }"""
			.formatted(MINISERIES)));
		assertThat(errors).singleElement()
			.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND"));
	}

	@Test
	void aPreferredReleaseClaimDemotesThePreviousOneAndCannotBeRemovedWithoutASuccessor() {
		String work = "the-lantern-keeper-2003-film";
		curator("""
				mutation { addRelease(input: {id: "ct-film-tv-pt-a", work: "%s", kind: BROADCAST, region: "PT",
				  date: "2005-01-10", preferred: true, claim: "first broadcast", sources: ["lk-filmdb"]}) { release { id preferred } } }"""
			.formatted(work));
		assertThat(paths(errorsOf(as(this.graphQl, CurationTest.CURATOR).document("""
				mutation { addRelease(input: {id: "ct-film-tv-es", work: "%s", kind: BROADCAST, region: "ES",
				  preferred: false, sources: ["lk-filmdb"]}) { release { id } } }""".formatted(work)))))
			.containsExactly("input.preferred");

		curator("""
				mutation { addRelease(input: {id: "ct-film-tv-pt-b", work: "%s", kind: BROADCAST, region: "PT",
				  date: "2005-01-12", preferred: true, sources: ["lk-fan-wiki"]}) {
				  release { id preferred } changes { action entityId version fields { field before after } } } }"""
			.formatted(work))
			.path("addRelease.changes")
			.matchesJson("""
					[{"action": "UPDATE", "entityId": "ct-film-tv-pt-a", "version": 2,
					  "fields": [{"field": "preferred", "before": "true", "after": "false"}]},
					 {"action": "ADD", "entityId": "ct-film-tv-pt-b", "version": 1}]""");

		assertThat(paths(errorsOf(as(this.graphQl, CurationTest.CURATOR)
			.document("mutation { removeRelease(input: {id: \"ct-film-tv-pt-b\"}) { id } }"))))
			.containsExactly("input.preferInstead");
		curator("mutation { removeRelease(input: {id: \"ct-film-tv-pt-b\", preferInstead: \"ct-film-tv-pt-a\"}) { id } }");
		this.graphQl.document("{ node(id: \"ct-film-tv-pt-a\") { ... on Release { preferred version } } }")
			.execute()
			.path("node")
			.matchesJson("{\"preferred\": true, \"version\": 3}");
	}

	private org.springframework.graphql.test.tester.GraphQlTester.Response curator(String document) {
		var response = as(this.graphQl, CurationTest.CURATOR).document(document).execute();
		response.errors().verify();
		return response;
	}


}
