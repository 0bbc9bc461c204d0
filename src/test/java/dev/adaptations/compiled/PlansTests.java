package dev.adaptations.compiled;

import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import dev.adaptations.GraphTest;
import dev.adaptations.benchmark.CanonicalQuery;
import dev.adaptations.support.StatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operation a client repeats is compiled once: later requests reuse its statement, with the ids of its root
 * fields bound from their variables, and answer exactly as the resolvers do. Each test's document starts with a
 * comment of its own, so that its text (the document cache's key, hence its operation) is not any other test's.
 */
@GraphTest
class PlansTests {

	@Autowired
	ExecutionGraphQlService service;

	@Autowired
	StatementCounter statements;

	@Autowired
	GraphQlSource source;

	@Autowired
	Driver driver;

	private BothWays both;

	@BeforeEach
	void both() {
		this.both = new BothWays(this.service, this.statements, this.driver);
	}

	@Test
	void oneStatementServesEveryIdOfARepeatedOperation() {
		String document = "# plans: every person\n" + CanonicalQuery.named("Q2").graphQl();
		List<String> people = this.both.ids("Person");
		long compiled = compilations();
		for (String id : people) {
			this.both.assertAlike(document, Map.of("id", id));
		}
		assertThat(people).hasSizeGreaterThan(10);
		assertThat(compilations() - compiled).isEqualTo(1);
	}

	@Test
	void variablesThatShapeTheAnswerHaveAPlanForEachValue() {
		String document = """
				# plans: shaping variables
				query ($id: ID!, $first: Int, $withCredits: Boolean!) {
				  person(id: $id) { id name credits(first: $first) @include(if: $withCredits) { totalCount edges { node { id } } } }
				}""";
		long compiled = compilations();
		for (String id : List.of("park-sang-young", "kim-go-eun")) {
			for (int first : List.of(1, 3)) {
				for (boolean withCredits : List.of(true, false)) {
					this.both.assertAlike(document, Map.of("id", id, "first", first, "withCredits", withCredits));
				}
			}
		}
		// Two page sizes times two selections, whatever the person.
		assertThat(compilations() - compiled).isEqualTo(4);
		// And the page sizes do tell answers apart (a plan served for the wrong one would be seen).
		Map<String, Object> one = Map.of("id", "park-sang-young", "first", 1, "withCredits", true);
		Map<String, Object> three = Map.of("id", "park-sang-young", "first", 3, "withCredits", true);
		assertThat(this.both.execute(document, one, false)).isNotEqualTo(this.both.execute(document, three, false));
	}

	@Test
	void aKeptStatementAnswersAnIdOfNothingAsTheResolversDo() {
		String document = "# plans: nothing\nquery ($id: ID!) { work(id: $id) { id title } }";
		this.both.assertAlike(document, Map.of("id", "love-in-the-big-city-novel"));
		long compiled = compilations();
		Map<String, Object> nothing = this.both.assertAlike(document, Map.of("id", "no-such-work"));
		assertThat(nothing.get("data").toString()).isEqualTo("{work=null}");
		assertThat(compilations()).isEqualTo(compiled);
	}

	@Test
	void theVerdictOnAnOperationTheCompilerDoesNotCoverIsKeptToo() {
		String document = "# plans: not covered\nquery ($id: ID!) { work(id: $id) { id nominations { result } } }";
		long compiled = compilations();
		for (String id : List.of("love-in-the-big-city-novel", "love-in-the-big-city-2024-film",
				"the-lantern-keeper-novel")) {
			Map<String, Object> answer = this.both.execute(document, Map.of("id", id), false);
			assertThat(this.statements.texts()).noneMatch(BothWays::isCompiled);
			assertThat(answer).isEqualTo(this.both.execute(document, Map.of("id", id), true));
		}
		assertThat(compilations() - compiled).isEqualTo(1);
	}

	@Test
	void onlyNonNullVariablesUsedAsNothingButTheIdsOfRootFieldsAreBoundLate() {
		assertThat(lateBound("query ($id: ID!) { work(id: $id) { id } }")).containsExactly("id");
		assertThat(lateBound("query ($a: ID!, $b: ID!) { work(id: $a) { id } again: work(id: $a) { title } "
				+ "person(id: $b) { id } }")).containsExactlyInAnyOrder("a", "b");
		// Nullable: a null is an error the normalized operation reports, which a kept statement would skip.
		assertThat(lateBound("query ($id: ID) { work(id: $id) { id } }")).isEmpty();
		// Used elsewhere too: below the root, in a fragment, in a field the compiler does not answer.
		assertThat(lateBound("query ($id: ID!) { work(id: $id) { id } node(id: $id) { id } }")).isEmpty();
		assertThat(lateBound("query ($id: ID!) { ...F } fragment F on Query { work(id: $id) { id } }")).isEmpty();
		assertThat(lateBound("query ($id: ID!, $n: Int) { work(id: $id) { credits(first: $n) { totalCount } } }"))
			.containsExactly("id");
		assertThat(lateBound("{ work(id: \"love-in-the-big-city-novel\") { id } }")).isEmpty();
	}

	private long compilations() {
		return ((CompilingStrategy) this.source.graphQl().getQueryStrategy()).plans().compilations();
	}

	private static Set<String> lateBound(String text) {
		Document document = Parser.parse(text);
		return Plans.lateBound(document, document.getDefinitionsOfType(OperationDefinition.class).get(0));
	}

}
