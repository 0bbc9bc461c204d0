package dev.adaptations.api;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.adaptations.GraphTest;
import dev.adaptations.benchmark.CanonicalQuery;
import dev.adaptations.support.StatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's canonical queries (Q1-Q6, {@code src/test/resources/benchmark/}) on the test graph: each
 * GraphQL document costs a number of Cypher statements bounded by its nesting depth and independent of how
 * much it returns (a small and a large entity cost the same), and the hand-tuned Cypher beside it gives the
 * same answer, so the benchmark compares like with like.
 */
@GraphTest
class CanonicalQueriesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	StatementCounter statements;

	@Autowired
	Driver driver;

	/** Each query with a small and a large entity of the test graph. */
	static Stream<Arguments> smallAndLarge() {
		return Stream.of(
				Arguments.of("Q1", Map.of("id", "the-lantern-keeper-novel"), Map.of("id", "love-in-the-big-city-novel")),
				Arguments.of("Q2", Map.of("id", "anton-hur"), Map.of("id", "park-sang-young")),
				Arguments.of("Q3", Map.of("id", "the-lantern-keeper-2021-miniseries"),
						Map.of("id", "love-in-the-big-city-2024-series")),
				Arguments.of("Q4", Map.of("text", "nam yoonsu"), Map.of("text", "love")),
				Arguments.of("Q5", Map.of("from", "nam-yoon-su", "to", "lee-eon-hee"),
						Map.of("from", "anton-hur", "to", "kim-go-eun")),
				Arguments.of("Q6", Map.of("id", "anton-hur"), Map.of("id", "park-sang-young")));
	}

	/**
	 * The statements each query sends, whatever the size of its answer: Q1-Q3 are compiled into one statement each
	 * ({@code dev.adaptations.compiled}; through the resolvers they take 2, 1 and 3: {@code CompiledQueriesTests}).
	 * Q4 the search. Q5 the path with its nodes; Q6 the neighbourhood with its nodes and edges.
	 */
	static Stream<Arguments> statementsPerQuery() {
		return Stream.of(Arguments.of("Q1", 1), Arguments.of("Q2", 1), Arguments.of("Q3", 1), Arguments.of("Q4", 1),
				Arguments.of("Q5", 1), Arguments.of("Q6", 1));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("smallAndLarge")
	void statementsAreBoundedByNestingDepthNotByResultSize(String name, Map<String, Object> small,
			Map<String, Object> large) {
		CanonicalQuery query = CanonicalQuery.named(name);
		int forSmall = statementsFor(query, small);
		int forLarge = statementsFor(query, large);
		assertThat(forLarge).as("%s: statements for a small and a large answer", name).isEqualTo(forSmall);
		assertThat(forLarge).as("%s: statements against nesting depth %d", name, query.depth())
			.isLessThanOrEqualTo(query.depth());
	}

	/**
	 * Nodes a level links to are read with that level (a credit's person with the credits), not one level later:
	 * the exact count guards that, since a regression would still pass the depth bound.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("statementsPerQuery")
	void linkedNodesAreReadWithTheLevelThatLinksThem(String name, int expected) {
		var large = smallAndLarge().filter(arguments -> arguments.get()[0].equals(name))
			.findFirst()
			.orElseThrow()
			.get()[2];
		@SuppressWarnings("unchecked")
		Map<String, Object> variables = (Map<String, Object>) large;
		assertThat(statementsFor(CanonicalQuery.named(name), variables)).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("smallAndLarge")
	void handTunedCypherGivesTheSameAnswerAsGraphQl(String name, Map<String, Object> small, Map<String, Object> large) {
		CanonicalQuery query = CanonicalQuery.named(name);
		for (Map<String, Object> variables : java.util.List.of(small, large)) {
			assertThat(cypherAnswer(query, variables)).as("%s %s", name, variables)
				.isEqualTo(graphQlAnswer(query, variables));
		}
	}

	private int statementsFor(CanonicalQuery query, Map<String, Object> variables) {
		graphQlAnswer(query, variables);
		this.statements.reset();
		JsonNode answer = graphQlAnswer(query, variables);
		assertThat(answer.isNull()).isFalse();
		return this.statements.count();
	}

	private JsonNode graphQlAnswer(CanonicalQuery query, Map<String, Object> variables) {
		Object value = this.graphQl.document(query.graphQl())
			.variables(variables)
			.execute()
			.path(query.rootField())
			.entity(Object.class)
			.get();
		return normalized(value);
	}

	private JsonNode cypherAnswer(CanonicalQuery query, Map<String, Object> variables) {
		var records = this.driver.executableQuery(query.cypher())
			.withParameters(query.cypherParameters(variables))
			.withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build())
			.execute()
			.records();
		return normalized(records.isEmpty() ? null : records.get(0).get(query.rootField()).asObject());
	}

	/** The same JSON whatever the Java types (Long from the driver, Integer from GraphQL). */
	private static JsonNode normalized(Object value) {
		return JSON.readTree(JSON.writeValueAsString(value));
	}

}
