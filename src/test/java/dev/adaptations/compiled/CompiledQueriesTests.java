package dev.adaptations.compiled;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import graphql.GraphQL;
import graphql.execution.ExecutionStrategy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;

import dev.adaptations.GraphTest;
import dev.adaptations.benchmark.CanonicalQuery;
import dev.adaptations.support.StatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compiled reads answer exactly as the resolvers do: every document here runs both ways on the test graph (the
 * shipped dataset and the second franchise), for every entity of its root type, and the two responses must be
 * equal; a compiled answer is one statement, the compiled one. Documents the compiler does not cover, and answers
 * the resolvers report errors for, go through the resolvers.
 */
@GraphTest
class CompiledQueriesTests {

	/** Every field the compiler covers, on every type, with fragments, aliases and {@code __typename}. */
	private static final String WORK = """
			query ($id: ID!, $kinds: [RoleKind!], $first: Int, $skip: Boolean = false) {
			  __typename
			  work(id: $id) {
			    __typename id version kind title originalTitle aliases year language country description note confidence
			    sources { __typename id version title publisher url kind reliability excerpt publishedOn }
			    ... on Film { runtimeMinutes }
			    ... on Series { episodeCount episodes { id number title } }
			    ... on SeriesPart { number series { id } episodes { id number } }
			    ... on Episode { episodeNumber: number series { id title } }
			    partOf { __typename id title partOf { id } }
			    parts { __typename id title ... on SeriesPart { number } }
			    adaptations { __typename kind note confidence sources { id } source { id } adaptation { __typename id title year } }
			    adaptedFrom { kind source { id title kind } adaptation { id } }
			    releases {
			      __typename id version kind date datePrecision region venue preferred claim note confidence
			      sources { id publishedOn }
			      work { id title }
			      platform { __typename id version name originalName aliases kind country description sources { id } }
			    }
			    organizations {
			      __typename kind region note confidence sources { id }
			      organization { __typename id name kind }
			      work { id ... on Film { runtimeMinutes } }
			    }
			    characters {
			      __typename id name originalName aliases
			      appearsIn { __typename id title year }
			      portrayals { id kind billing person { id name } work { id } episodes { id } }
			    }
			    credits(kind: $kinds, first: $first) @skip(if: $skip) {
			      __typename totalCount
			      pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor }
			      edges {
			        __typename cursor
			        node {
			          __typename id version kind job billing note confidence sources { id title }
			          person { id name originalName aliases birthYear description note confidence version sources { id } }
			          character { id name originalName aliases description note confidence version sources { id } }
			          work { id kind ... on Episode { episodeNumber: number } }
			          episodes { id number title }
			        }
			      }
			    }
			    firstTwo: credits(first: 2) { totalCount edges { node { id } } }
			  }
			}""";

	private static final String PERSON = """
			query ($id: ID!, $kinds: [RoleKind!], $first: Int) {
			  person(id: $id) {
			    __typename id name originalName aliases birthYear description note confidence version
			    sources { id kind reliability }
			    credits(kind: $kinds, first: $first) {
			      totalCount
			      edges { node { id kind billing work { __typename id title year } character { id name } person { id } } }
			    }
			    everything: credits(first: 100) { totalCount edges { node { id } } }
			  }
			}""";

	private static final String ROLE_AND_CHARACTER = """
			query ($id: ID!) {
			  role(id: $id) { id kind job billing person { id name } work { id title } character { id } episodes { id } sources { id } }
			  character(id: $id) {
			    __typename id name originalName aliases description note confidence version sources { id }
			    appearsIn { __typename id kind title year ... on Episode { number } characters { id } sources { id } }
			    portrayals {
			      __typename id kind job billing note person { id name } work { id title } character { id } episodes { id }
			    }
			  }
			  source(id: $id) { __typename id version title publisher url kind reliability excerpt publishedOn }
			  work(id: $id) { id }
			  person(id: $id) { id }
			}""";

	@Autowired
	ExecutionGraphQlService service;

	@Autowired
	StatementCounter statements;

	@Autowired
	Driver driver;

	private BothWays both;

	@BeforeEach
	void both() {
		this.both = new BothWays(this.service, this.statements, this.driver);
	}

	@Test
	void everyWorkAnswersAlikeBothWays() {
		for (String id : this.both.ids("Work")) {
			for (Map<String, Object> variables : List.of(Map.<String, Object>of("id", id),
					Map.<String, Object>of("id", id, "kinds", List.of("DIRECTOR", "ACTOR"), "first", 0),
					Map.<String, Object>of("id", id, "kinds", List.of(), "first", 100),
					Map.<String, Object>of("id", id, "first", 100, "skip", true))) {
				this.both.assertAlike(WORK, variables);
			}
		}
	}

	/** Every work's and person's credits, page after page of two, following each page's end cursor. */
	@Test
	void pagingThroughCreditsAnswersAlikeBothWays() {
		String works = "query ($id: ID!, $after: String) { work(id: $id) { credits(first: 2, after: $after) "
				+ "{ totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } } }";
		String people = works.replace("work(id", "person(id");
		for (String label : List.of("Work", "Person")) {
			for (String id : this.both.ids(label)) {
				String document = label.equals("Work") ? works : people;
				String after = null;
				for (int page = 0; page < 100; page++) {
					Map<String, Object> variables = new java.util.HashMap<>(Map.of("id", id));
					variables.put("after", after);
					Map<String, Object> compiled = this.both.execute(document, variables, false);
					assertThat(this.statements.texts()).as("compiled: %s", variables).allMatch(BothWays::isCompiled);
					assertThat(compiled).as("%s", variables).isEqualTo(this.both.execute(document, variables, true));
					Map<?, ?> credits = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) compiled.get("data"))
						.get(label.toLowerCase(Locale.ROOT))).get("credits");
					Map<?, ?> pageInfo = (Map<?, ?>) credits.get("pageInfo");
					if (!Boolean.TRUE.equals(pageInfo.get("hasNextPage"))) {
						break;
					}
					after = (String) pageInfo.get("endCursor");
				}
			}
		}
	}

	@Test
	void everyPersonAnswersAlikeBothWays() {
		for (String id : this.both.ids("Person")) {
			this.both.assertAlike(PERSON, Map.of("id", id));
			this.both.assertAlike(PERSON, Map.of("id", id, "kinds", List.of("ACTOR"), "first", 1));
		}
	}

	@Test
	void everyRoleCharacterAndSourceAnswersAlikeBothWays() {
		List<String> ids = new ArrayList<>(this.both.ids("Role"));
		ids.addAll(this.both.ids("Character"));
		ids.addAll(this.both.ids("Source"));
		ids.add("no-such-id");
		for (String id : ids) {
			this.both.assertAlike(ROLE_AND_CHARACTER, Map.of("id", id));
		}
	}

	static Stream<Arguments> canonical() {
		return Stream.of(Arguments.of("Q1", "love-in-the-big-city-novel"), Arguments.of("Q1", "the-lantern-keeper-novel"),
				Arguments.of("Q2", "park-sang-young"), Arguments.of("Q2", "kim-go-eun"),
				Arguments.of("Q3", "love-in-the-big-city-2024-series"),
				Arguments.of("Q3", "the-lantern-keeper-2021-miniseries"));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("canonical")
	void theCanonicalQueriesAreCompiledIntoOneStatement(String name, String id) {
		this.both.assertAlike(CanonicalQuery.named(name).graphQl(), Map.of("id", id));
	}

	/** The playground's examples whose every field the compiler covers: what a newcomer tries first. */
	@ParameterizedTest
	@ValueSource(strings = { "02-author-and-other-credits", "04-episode-4-director", "05-streaming-and-premiere",
			"08-sources" })
	void thePlaygroundsExamplesOfCoveredFieldsAreCompiled(String example) throws IOException {
		String document = new ClassPathResource("playground/examples/" + example + ".graphql")
			.getContentAsString(StandardCharsets.UTF_8);
		this.both.assertAlike(document, Map.of());
	}

	static Stream<Arguments> statementsThroughTheResolvers() {
		return Stream.of(Arguments.of("Q1", "love-in-the-big-city-novel", 2), Arguments.of("Q2", "park-sang-young", 1),
				Arguments.of("Q3", "love-in-the-big-city-2024-series", 3));
	}

	/**
	 * Read through the resolvers (as any document beyond the compiler is), nodes a level links to are still read with
	 * that level (a credit's person with the credits), not one level later.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("statementsThroughTheResolvers")
	void throughTheResolversTheCanonicalQueriesReadALevelPerStatement(String name, String id, int expected) {
		String document = CanonicalQuery.named(name).graphQl();
		this.both.execute(document, Map.of("id", id), true);
		this.both.execute(document, Map.of("id", id), true);
		assertThat(this.statements.count()).as(name).isEqualTo(expected);
		assertThat(this.statements.texts()).noneMatch(BothWays::isCompiled);
	}

	@Test
	void documentsBeyondTheCompilerGoThroughTheResolvers() {
		// Fields the compiler does not cover (nominations, an organization's works), a malformed cursor.
		for (String document : List.of(
				"{ work(id: \"love-in-the-big-city-2024-series\") { id organizations { organization { links { kind } } } } }",
				"{ work(id: \"love-in-the-big-city-novel\") { nominations { result } } }",
				"{ work(id: \"love-in-the-big-city-2024-series\") { releases { platform { works { id } } } } }",
				"{ work(id: \"love-in-the-big-city-novel\") { credits(after: \"not-a-cursor\") { totalCount } } }",
				"{ search(text: \"love\") { __typename } }")) {
			Map<String, Object> compiled = this.both.execute(document, Map.of(), false);
			assertThat(this.statements.texts()).as(document).noneMatch(BothWays::isCompiled);
			assertThat(compiled).isEqualTo(this.both.execute(document, Map.of(), true));
		}
	}

	@Test
	void anArgumentTheResolversRefuseIsRefusedAsBefore() {
		String document = "{ work(id: \"love-in-the-big-city-novel\") { credits(first: -1) { totalCount } } }";
		Map<String, Object> response = this.both.execute(document, Map.of(), false);
		assertThat(this.statements.texts()).noneMatch(BothWays::isCompiled);
		assertThat(response.toString()).contains("first").contains("-1");
		assertThat(response).isEqualTo(this.both.execute(document, Map.of(), true));
	}

	/**
	 * graphql-java completes the nested objects of every operation, mutations included, with the query strategy:
	 * the compiling strategy must resolve their errors with the application's handler (Spring's, applying the
	 * exception resolvers such as the one for a lost database), the very handler the mutation strategy has. It had
	 * graphql-java's default handler once, and a write whose payload failed during an outage answered with the
	 * driver's message (LostDatabaseTests).
	 */
	@Test
	void nestedFieldsOfEveryOperationKeepTheApplicationsExceptionHandler(@Autowired GraphQlSource source)
			throws ReflectiveOperationException {
		GraphQL graphQl = source.graphQl();
		assertThat(graphQl.getQueryStrategy()).isInstanceOf(CompilingStrategy.class);
		Field handler = ExecutionStrategy.class.getDeclaredField("dataFetcherExceptionHandler");
		handler.setAccessible(true);
		Object applications = handler.get(graphQl.getMutationStrategy());
		assertThat(applications.getClass().getName()).contains("springframework");
		assertThat(((CompilingStrategy) graphQl.getQueryStrategy()).exceptionHandler()).isSameAs(applications);
		// And an error below the root, from an annotated resolver, as before.
		String document = "{ works(first: 1) { edges { node { credits(first: -1) { totalCount } } } } }";
		assertThat(this.both.execute(document, Map.of(), false).toString()).contains("classification=BAD_REQUEST")
			.contains("must be between 0 and 100, got -1")
			.doesNotContain("Exception while fetching data");
	}

}
