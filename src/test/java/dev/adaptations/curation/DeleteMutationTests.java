package dev.adaptations.curation;

import org.junit.jupiter.api.Test;

import dev.adaptations.CurationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static dev.adaptations.curation.CurationTestSupport.as;

/** What each delete takes with it, and what it leaves: never a dangling role or edge. */
@CurationTest
class DeleteMutationTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void deletingAWorkTakesItsRolesAndReleasesAndLeavesPeopleAndOrganizations() {
		admin("""
				mutation {
				  createWork(input: {id: "ct-del-film", kind: FILM, title: "Short-lived", sources: ["lk-filmdb"]}) { work { id } }
				  updateWork(input: {id: "ct-del-film", version: 1, title: "Short-lived (2025)", year: 2025, sources: ["lk-filmdb"]}) {
				    work { title year version } }
				  addRole(input: {id: "ct-del-film-director", person: "rui-castanheira", work: "ct-del-film", kind: DIRECTOR,
				    sources: ["lk-filmdb"]}) { role { id } }
				  addRelease(input: {id: "ct-del-film-premiere", work: "ct-del-film", kind: PREMIERE, preferred: true,
				    platform: "farolplay", sources: ["lk-filmdb"]}) { release { id } }
				  addOrganizationLink(input: {work: "ct-del-film", organization: "farolplay", kind: STREAMS_ON,
				    sources: ["lk-filmdb"]}) { relationship }
				}""").path("updateWork.work").matchesJson("{\"title\": \"Short-lived (2025)\", \"year\": 2025, \"version\": 2}");

		admin("mutation { deleteWork(input: {id: \"ct-del-film\", version: 2}) { id changes { summary relatedIds } } }")
			.path("deleteWork.changes[0]")
			.matchesJson("""
					{"summary": "deleted work 'ct-del-film' with 1 role and 1 release",
					 "relatedIds": ["ct-del-film-director", "ct-del-film-premiere"]}""");
		this.graphQl.document("""
				{ film: node(id: "ct-del-film") { id } role: node(id: "ct-del-film-director") { id }
				  release: node(id: "ct-del-film-premiere") { id } person: person(id: "rui-castanheira") { id }
				  organization(id: "farolplay") { works { id } } }""")
			.execute()
			.path("")
			.matchesJson("""
					{"film": null, "role": null, "release": null, "person": {"id": "rui-castanheira"}}""")
			.path("organization.works[*].id")
			.entityList(String.class)
			.doesNotContain("ct-del-film");
	}

	@Test
	void deletingACharacterKeepsTheRolesThatPortrayedItAsCreditsWithoutACharacter() {
		admin("""
				mutation {
				  createCharacter(input: {id: "ct-del-ghost", name: "Ghost", sources: ["lk-filmdb"]}) { character { id } }
				  addRole(input: {id: "ct-del-ghost-actor", person: "joao-mourao", work: "the-lantern-keeper-2003-film", kind: ACTOR,
				    character: "ct-del-ghost", sources: ["lk-filmdb"]}) { role { id } }
				  deleteCharacter(input: {id: "ct-del-ghost", version: 1}) { id }
				}""");
		this.graphQl.document("{ node(id: \"ct-del-ghost-actor\") { ... on Role { kind character { id } person { id } } } }")
			.execute()
			.path("node")
			.matchesJson("{\"kind\": \"ACTOR\", \"character\": null, \"person\": {\"id\": \"joao-mourao\"}}");
	}

	@Test
	void deletingAnOrganizationOrAnAwardTakesItsLinksAndNominations() {
		admin("""
				mutation {
				  createOrganization(input: {id: "ct-del-studio", name: "Gone Studio", kind: OTHER, sources: ["lk-filmdb"]}) { organization { id } }
				  updateOrganization(input: {id: "ct-del-studio", version: 1, kind: PRODUCTION_COMPANY, sources: ["lk-filmdb"]}) {
				    organization { kind version } }
				  createAward(input: {id: "ct-del-award", name: "Gone Award", presenter: "ct-del-studio", sources: ["lk-prize-page"]}) { award { id } }
				  addOrganizationLink(input: {work: "the-lantern-keeper-2003-film", organization: "ct-del-studio", kind: PRODUCED_BY,
				    sources: ["lk-filmdb"]}) { relationship }
				  addNomination(input: {work: "the-lantern-keeper-2003-film", award: "ct-del-award", year: 2004, result: WON,
				    sources: ["lk-prize-page"]}) { relationship }
				}""").path("updateOrganization.organization").matchesJson("{\"kind\": \"PRODUCTION_COMPANY\", \"version\": 2}");
		admin("""
				mutation {
				  deleteAward(input: {id: "ct-del-award", version: 1}) { id }
				  deleteOrganization(input: {id: "ct-del-studio", version: 2}) { id }
				}""");
		this.graphQl.document("""
				{ work(id: "the-lantern-keeper-2003-film") { nominations { award { id } } organizations { organization { id } } } }""")
			.execute()
			.path("work.nominations[*].award.id")
			.entityList(String.class)
			.doesNotContain("ct-del-award")
			.path("work.organizations[*].organization.id")
			.entityList(String.class)
			.doesNotContain("ct-del-studio");
	}

	@Test
	void aSourceNoLongerCitedCanBeDeleted() {
		admin("""
				mutation {
				  createSource(input: {id: "ct-del-source", title: "Unused", kind: OTHER}) { source { id } }
				  deleteSource(input: {id: "ct-del-source", version: 1, comment: "never used"}) { id changes { action comment } }
				}""").path("deleteSource.changes[0]").matchesJson("{\"action\": \"DELETE\", \"comment\": \"never used\"}");
		this.graphQl.document("{ source(id: \"ct-del-source\") { id } }").execute().path("source").valueIsNull();
	}

	private GraphQlTester.Response admin(String document) {
		var response = as(this.graphQl, CurationTest.ADMIN).document(document).execute();
		response.errors().verify();
		return response;
	}

}
