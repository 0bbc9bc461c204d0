package dev.adaptations.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import dev.adaptations.CurationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static dev.adaptations.curation.CurationTestSupport.as;
import static dev.adaptations.curation.CurationTestSupport.errorsOf;
import static dev.adaptations.curation.CurationTestSupport.map;
import static dev.adaptations.curation.CurationTestSupport.paths;
import static org.assertj.core.api.Assertions.assertThat;

@CurationTest
class EntityMutationTests {

	private static final String CREATE_PERSON = """
			mutation($input: CreatePersonInput!) {
			  createPerson(input: $input) {
			    person { id name originalName aliases version sources { id title } }
			    changes { action entityType entityId actor comment version fields { field before after } }
			  }
			}""";

	private static final String UPDATE_PERSON = """
			mutation($input: UpdatePersonInput!) {
			  updatePerson(input: $input) {
			    person { id name aliases birthYear description version sources { id } }
			    changes { action summary version fields { field before after } }
			  }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Test
	void createPersonWithANewSourceIsStoredVersionedSearchableAndRecorded() {
		var response = as(this.graphQl, CurationTest.CURATOR).document(CREATE_PERSON)
			.variable("input", map("id", "ct-ana-lima", "name", "Ana Lima", "originalName", "Ana Lima",
					"aliases", List.of("Anna Lima"), "comment", "first cast list",
					"newSources", List.of(map("id", "ct-cast-list", "title", "Cast list", "kind", "NEWS",
							"url", "https://example.org/cast"))))
			.execute();
		response.path("createPerson.person").matchesJson("""
				{"id": "ct-ana-lima", "name": "Ana Lima", "aliases": ["Anna Lima"], "version": 1,
				 "sources": [{"id": "ct-cast-list", "title": "Cast list"}]}""");
		response.path("createPerson.changes[*].entityId").entityList(String.class)
			.containsExactly("ct-cast-list", "ct-ana-lima");
		response.path("createPerson.changes[1]").matchesJson("""
				{"action": "CREATE", "entityType": "Person", "actor": "test-curator", "comment": "first cast list",
				 "version": 1}""");

		this.graphQl.document("{ search(text: \"Anna Lima\") { node { id } } }")
			.execute()
			.path("search[0].node.id")
			.entity(String.class)
			.isEqualTo("ct-ana-lima");
	}

	@Test
	void aFactWithoutSourcesIsRefusedAndNothingChanges() {
		var before = GraphFingerprint.of(this.driver);
		var errors = errorsOf(as(this.graphQl, CurationTest.CURATOR).document(CREATE_PERSON)
			.variable("input", map("id", "ct-unsourced", "name", "Nobody")));
		assertThat(paths(errors)).containsExactly("input.sources");
		assertThat(errors.get(0).getMessage()).contains("at least one source");
		assertThat(GraphFingerprint.of(this.driver)).isEqualTo(before);
	}

	@Test
	void everyInvalidFieldIsReportedWithItsInputPath() {
		var before = GraphFingerprint.of(this.driver);
		var errors = errorsOf(as(this.graphQl, CurationTest.CURATOR).document("""
				mutation($input: CreateWorkInput!) { createWork(input: $input) { work { id } } }""")
			.variable("input", map("id", "Not A Slug", "kind", "FILM", "title", "", "year", 3500, "number", 2,
					"country", "Portugal", "sources", List.of("lk-filmdb", "no-such-source"),
					"newSources", List.of(map("id", "lk-filmdb", "title", "Taken id", "kind", "OTHER")))));
		assertThat(paths(errors)).contains("input.id", "input.title", "input.year", "input.number", "input.country",
				"input.sources[1]", "input.newSources[0].id");
		assertThat(GraphFingerprint.of(this.driver)).isEqualTo(before);
	}

	@Test
	void anIdAlreadyUsedByAnyKindOfNodeIsRefused() {
		var errors = errorsOf(as(this.graphQl, CurationTest.CURATOR).document(CREATE_PERSON)
			.variable("input", map("id", "the-lantern-keeper-novel", "name", "Clash", "sources", List.of("lk-filmdb"))));
		assertThat(paths(errors)).containsExactly("input.id");
		assertThat(errors.get(0).getMessage()).contains("already the id of a work");
	}

	@Test
	void updateWithTheCurrentVersionChangesOnlyTheGivenFieldsAndRaisesTheVersion() {
		createPerson("ct-bruno-reis", "Bruno Reis");
		var response = as(this.graphQl, CurationTest.CURATOR).document(UPDATE_PERSON)
			.variable("input", map("id", "ct-bruno-reis", "version", 1, "birthYear", 1980,
					"aliases", List.of("Bruno Reiss"), "sources", List.of("lk-gazeta-review")))
			.execute();
		response.path("updatePerson.person").matchesJson("""
				{"id": "ct-bruno-reis", "name": "Bruno Reis", "aliases": ["Bruno Reiss"], "birthYear": 1980,
				 "version": 2, "sources": [{"id": "lk-filmdb"}, {"id": "lk-gazeta-review"}]}""");
		response.path("updatePerson.changes[0]").matchesJson("""
				{"action": "UPDATE", "version": 2, "summary": "updated person 'ct-bruno-reis': aliases, birthYear, sources",
				 "fields": [
				   {"field": "aliases", "before": null, "after": "[\\"Bruno Reiss\\"]"},
				   {"field": "birthYear", "before": null, "after": "1980"},
				   {"field": "sources", "before": "[\\"lk-filmdb\\"]", "after": "[\\"lk-filmdb\\",\\"lk-gazeta-review\\"]"}]}""");

		// null removes a field; an optional field left out stays
		as(this.graphQl, CurationTest.CURATOR).document(UPDATE_PERSON)
			.variable("input", map("id", "ct-bruno-reis", "version", 2, "birthYear", null, "sources", List.of("lk-filmdb")))
			.execute()
			.path("updatePerson.person")
			.matchesJson("{\"aliases\": [\"Bruno Reiss\"], \"birthYear\": null, \"version\": 3}");
	}

	@Test
	void anUpdateNamingAStaleVersionIsAConflictAndChangesNothing() {
		createPerson("ct-carla-dias", "Carla Dias");
		as(this.graphQl, CurationTest.CURATOR).document(UPDATE_PERSON)
			.variable("input", map("id", "ct-carla-dias", "version", 1, "description", "Actor.", "sources",
					List.of("lk-filmdb")))
			.execute()
			.path("updatePerson.person.version")
			.entity(Integer.class)
			.isEqualTo(2);
		var before = GraphFingerprint.of(this.driver);

		var errors = errorsOf(as(this.graphQl, CurationTest.CURATOR).document(UPDATE_PERSON)
			.variable("input", map("id", "ct-carla-dias", "version", 1, "description", "Director.", "sources",
					List.of("lk-filmdb"))));

		assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("CONFLICT");
			assertThat(error.getExtensions()).containsEntry("currentVersion", 2).containsEntry("id", "ct-carla-dias");
			assertThat(error.getMessage()).contains("version 2, not 1");
		});
		assertThat(GraphFingerprint.of(this.driver)).isEqualTo(before);
	}

	@Test
	void ofConcurrentUpdatesNamingTheSameVersionExactlyOneWinsAndTheOthersConflict() throws Exception {
		createPerson("ct-race", "Race");
		int racers = 6;
		ExecutorService pool = Executors.newFixedThreadPool(racers);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<List<ResponseError>>> results = new ArrayList<>();
		for (int i = 0; i < racers; i++) {
			String description = "Version by racer " + i;
			results.add(pool.submit(() -> {
				start.await();
				List<ResponseError>[] errors = new List[1];
				as(this.graphQl, CurationTest.CURATOR).document(UPDATE_PERSON)
					.variable("input", map("id", "ct-race", "version", 1, "description", description, "sources",
							List.of("lk-filmdb")))
					.execute()
					.errors()
					.filter(error -> "CONFLICT".equals(error.getErrorType().toString()))
					.satisfy(list -> errors[0] = list);
				return errors[0];
			}));
		}
		start.countDown();
		int winners = 0;
		for (Future<List<ResponseError>> result : results) {
			winners += result.get(60, TimeUnit.SECONDS).isEmpty() ? 1 : 0;
		}
		pool.shutdown();
		assertThat(winners).as("updates that were applied").isEqualTo(1);
		this.graphQl.documentName("versionOf").variable("id", "ct-race").execute().path("node.version")
			.entity(Integer.class).isEqualTo(2);
		this.graphQl.documentName("changes").variable("entityId", "ct-race").execute()
			.path("changes.edges[*].node.action").entityList(String.class).containsExactly("CREATE", "UPDATE");
	}

	@Test
	void anUpdateThatChangesNothingRecordsNothing() {
		createPerson("ct-dora-neves", "Dora Neves");
		var before = GraphFingerprint.of(this.driver);
		as(this.graphQl, CurationTest.CURATOR).document(UPDATE_PERSON)
			.variable("input", map("id", "ct-dora-neves", "version", 1, "name", "Dora Neves", "sources",
					List.of("lk-filmdb")))
			.execute()
			.path("updatePerson.changes")
			.entityList(Object.class)
			.hasSize(0);
		assertThat(GraphFingerprint.of(this.driver)).isEqualTo(before);
	}

	@Test
	void updatingAnUnknownEntityIsNotFound() {
		var errors = errorsOf(as(this.graphQl, CurationTest.CURATOR).document(UPDATE_PERSON)
			.variable("input", map("id", "ct-nobody-at-all", "version", 1, "sources", List.of("lk-filmdb"))));
		assertThat(errors).singleElement()
			.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND"));
	}

	@Test
	void worksAreCheckedAgainstTheirKindAndGetTheirKindsLabel() {
		var response = as(this.graphQl, CurationTest.CURATOR).document("""
				mutation($input: CreateWorkInput!) {
				  createWork(input: $input) { work { __typename id title version ... on Episode { number runtimeMinutes } } }
				}""")
			.variable("input", map("id", "ct-episode-9", "kind", "EPISODE", "title", "Episode 9", "number", 9,
					"runtimeMinutes", 50, "sources", List.of("lk-farolplay-press")))
			.execute();
		response.path("createWork.work").matchesJson("""
				{"__typename": "Episode", "id": "ct-episode-9", "number": 9, "runtimeMinutes": 50, "version": 1}""");

		var errors = errorsOf(as(this.graphQl, CurationTest.CURATOR).document("""
				mutation($input: UpdateWorkInput!) { updateWork(input: $input) { work { id } } }""")
			.variable("input", map("id", "ct-episode-9", "version", 1, "number", null, "sources",
					List.of("lk-farolplay-press"))));
		assertThat(paths(errors)).containsExactly("input.number");
	}

	@Test
	void awardsReferToTheirPresenter() {
		as(this.graphQl, CurationTest.CURATOR).document("""
				mutation($input: CreateAwardInput!) {
				  createAward(input: $input) { award { id name presenter { id } version } }
				}""")
			.variable("input", map("id", "ct-lantern-prize", "name", "Lantern Prize", "presenter", "farolplay",
					"sources", List.of("lk-prize-page")))
			.execute()
			.path("createAward.award")
			.matchesJson("{\"id\": \"ct-lantern-prize\", \"presenter\": {\"id\": \"farolplay\"}, \"version\": 1}");

		var errors = errorsOf(as(this.graphQl, CurationTest.CURATOR).document("""
				mutation($input: UpdateAwardInput!) { updateAward(input: $input) { award { id } } }""")
			.variable("input", map("id", "ct-lantern-prize", "version", 1, "presenter", "the-lantern-keeper-novel",
					"sources", List.of("lk-prize-page"))));
		assertThat(paths(errors)).containsExactly("input.presenter");
	}

	@Test
	void sourcesAndOrganizationsAndCharactersHaveTheirOwnMutations() {
		as(this.graphQl, CurationTest.CURATOR).document("""
				mutation {
				  createSource(input: {id: "ct-interview", title: "An interview", kind: INTERVIEW, publishedOn: "2021-05-02"}) {
				    source { id kind publishedOn version }
				  }
				  createOrganization(input: {id: "ct-studio", name: "Studio Norte", kind: PRODUCTION_COMPANY, country: "PT",
				    sources: ["ct-interview"]}) { organization { id kind country version } }
				  createCharacter(input: {id: "ct-keeper-ghost", name: "The Ghost", aliases: ["O Fantasma"],
				    sources: ["ct-interview"]}) { character { id aliases version } }
				}""")
			.execute()
			.path("")
			.matchesJson("""
					{"createSource": {"source": {"id": "ct-interview", "kind": "INTERVIEW", "publishedOn": "2021-05-02", "version": 1}},
					 "createOrganization": {"organization": {"id": "ct-studio", "kind": "PRODUCTION_COMPANY", "country": "PT", "version": 1}},
					 "createCharacter": {"character": {"id": "ct-keeper-ghost", "aliases": ["O Fantasma"], "version": 1}}}""");
		as(this.graphQl, CurationTest.CURATOR).document("""
				mutation {
				  updateSource(input: {id: "ct-interview", version: 1, publisher: "Gazeta"}) { source { publisher version } }
				}""")
			.execute()
			.path("updateSource.source")
			.matchesJson("{\"publisher\": \"Gazeta\", \"version\": 2}");
	}

	private void createPerson(String id, String name) {
		as(this.graphQl, CurationTest.CURATOR).document(CREATE_PERSON)
			.variable("input", map("id", id, "name", name, "sources", List.of("lk-filmdb")))
			.execute()
			.path("createPerson.person.version")
			.entity(Integer.class)
			.isEqualTo(1);
	}


}
