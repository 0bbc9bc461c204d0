package dev.adaptations.api;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.adaptations.GraphTest;
import dev.adaptations.compiled.ResolversOnly;
import dev.adaptations.support.StatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the resolvers, {@code work(id:)} and {@code person(id:)} read the lists selected on them (parts,
 * adaptations, adaptedFrom, credits) in their own statement. The answers must be exactly those of the same fields
 * reached through a list root ({@code works}, {@code people}), where each relation is read by its batch loader one
 * level later. These documents are ones the compiler covers too (compared in {@code CompiledQueriesTests}); here
 * they are sent through the resolvers, as a document with any field beyond the compiler is.
 */
@GraphTest
class RootPrefetchTests {

	private static final String WORK_FIELDS = """
			id title
			parts { id title }
			adaptations { kind adaptation { id title } }
			adaptedFrom { kind source { id } }
			credits(first: 7) { totalCount pageInfo { hasNextPage endCursor }
			  edges { cursor node { id kind billing person { id name } character { id } work { id } } } }
			directors: credits(kind: [DIRECTOR]) { totalCount edges { node { id person { name } } } }""";

	private static final String PERSON_FIELDS = """
			id name
			credits(first: 5) { totalCount pageInfo { hasNextPage } edges { node { id kind work { id title } character { name } } } }
			acting: credits(kind: [ACTOR]) { totalCount edges { node { id } } }""";

	private GraphQlTester graphQl;

	@Autowired
	StatementCounter statements;

	@BeforeEach
	void throughTheResolvers(@Autowired HttpGraphQlTester tester) {
		this.graphQl = tester.mutate().header(ResolversOnly.HEADER, "true").build();
	}

	@ParameterizedTest
	@ValueSource(strings = { "love-in-the-big-city-novel", "love-in-the-big-city-2024-series",
			"love-in-the-big-city-2024-film", "love-in-the-big-city-english-translation",
			"the-lantern-keeper-2021-miniseries" })
	void aWorkWithItsListsAnswersAsThroughTheListRoot(String id) {
		this.statements.reset();
		Map<?, ?> alone = this.graphQl.document("query ($id: ID!) { work(id: $id) { " + WORK_FIELDS + " } }")
			.variable("id", id)
			.execute()
			.path("work")
			.entity(Map.class)
			.get();
		// The work, its three lists and both credit pages in one; the credits' linked nodes come with them.
		assertThat(this.statements.count()).as("statements").isEqualTo(1);
		assertThat(this.statements.texts()).as("through the resolvers").noneMatch(text -> text.startsWith("RETURN COLLECT"));
		List<Map<String, Object>> listed = this.graphQl
			.document("{ works(first: 100) { totalCount edges { node { " + WORK_FIELDS + " } } } }")
			.execute()
			.path("works.edges[*].node")
			.entityList(mapType())
			.get();
		assertThat(listed).as("the list root has every work of the test graph").filteredOn("id", id).hasSize(1);
		assertThat(alone).isEqualTo(listed.stream().filter(work -> id.equals(work.get("id"))).findFirst().orElseThrow());
		assertThat((List<?>) alone.get("parts")).as("a non-trivial case").isNotNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "park-sang-young", "kim-go-eun", "anton-hur", "nam-yoon-su" })
	void aPersonWithCreditsAnswersAsThroughTheListRoot(String id) {
		this.statements.reset();
		Map<?, ?> alone = this.graphQl.document("query ($id: ID!) { person(id: $id) { " + PERSON_FIELDS + " } }")
			.variable("id", id)
			.execute()
			.path("person")
			.entity(Map.class)
			.get();
		assertThat(this.statements.count()).as("statements").isEqualTo(1);
		List<Map<String, Object>> listed = this.graphQl
			.document("{ people(first: 100) { edges { node { " + PERSON_FIELDS + " } } } }")
			.execute()
			.path("people.edges[*].node")
			.entityList(mapType())
			.get();
		assertThat(listed).filteredOn("id", id).hasSize(1);
		assertThat(alone).isEqualTo(listed.stream().filter(person -> id.equals(person.get("id"))).findFirst().orElseThrow());
	}

	@Test
	void aLaterPageIsPrefetchedWithItsCursor() {
		String first = this.graphQl
			.document("{ person(id: \"park-sang-young\") { credits(first: 1) { pageInfo { endCursor } } } }")
			.execute()
			.path("person.credits.pageInfo.endCursor")
			.entity(String.class)
			.get();
		String document = "query ($after: String) { person(id: \"park-sang-young\") { credits(first: 1, after: $after) "
				+ "{ edges { node { id } } } } }";
		this.statements.reset();
		var second = this.graphQl.document(document).variable("after", first).execute();
		assertThat(this.statements.count()).isEqualTo(1);
		second.path("person.credits.edges[0].node.id").entity(String.class).satisfies(id -> assertThat(id).isNotBlank());
		second.path("person.credits.edges").entityList(Object.class).hasSize(1);
	}

	@Test
	void anUnknownIdReadsNothingMoreAndIsNull() {
		this.statements.reset();
		this.graphQl.document("{ work(id: \"no-such-work\") { " + WORK_FIELDS + " } }")
			.execute()
			.path("work")
			.valueIsNull();
		assertThat(this.statements.count()).isEqualTo(1);
	}

	@Test
	void anInvalidArgumentIsLeftToItsFieldWhichNamesIt() {
		this.graphQl.document("{ person(id: \"kim-go-eun\") { name credits(first: -5) { totalCount } } }")
			.execute()
			.errors()
			.satisfy(errors -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(errors.get(0).getMessage()).contains("first");
				assertThat(errors.get(0).getPath()).isEqualTo("person.credits");
			});
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Class<Map<String, Object>> mapType() {
		return (Class) Map.class;
	}

}
