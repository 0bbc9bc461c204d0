package dev.adaptations.explore;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.adaptations.GraphTest;
import dev.adaptations.support.StatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A walk whose nodes the request asks only for {@code id} and {@code __typename} reads their identities, not their
 * records: the answers must be those the records give, every type resolved as it would be, and an identity must
 * never stand in for a record elsewhere in the request.
 */
@GraphTest
class NodeIdentityTests {

	/** Something of every node type that only a record can answer, so that these requests read records. */
	private static final String RECORDS = """
			... on Work { title } ... on Person { name } ... on Role { roleKind: kind } ... on Character { name }
			... on Organization { name } ... on Award { name } ... on Event { kind } ... on Release { kind }
			... on Source { title }""";

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	StatementCounter statements;

	@ParameterizedTest(name = "{0}, depth {1}")
	@CsvSource({ "love-in-the-big-city-novel, 3", "love-in-the-big-city-2024-series, 2", "kim-go-eun, 2",
			"park-sang-young, 3", "the-lantern-keeper-novel, 3" })
	void aNeighbourhoodsIdentitiesAreThoseOfItsRecords(String centre, int depth) {
		Answers answers = bothWays("query ($id: ID!, $depth: Int) { neighborhood(id: $id, depth: $depth, limit: 1000) "
				+ "{ nodes { id __typename %s } } }", Map.of("id", centre, "depth", depth), "neighborhood.nodes");
		assertThat(this.statements.texts()).singleElement().asString().contains("UNION ALL");

		assertThat(answers.identities()).hasSizeGreaterThan(1)
			.containsExactlyElementsOf(answers.records().stream().map(NodeIdentityTests::identity).toList());
	}

	@Test
	void everyTypeIsResolvedFromItsIdentity() {
		List<Map<String, Object>> nodes = neighbourhood(
				"query ($id: ID!, $depth: Int) { neighborhood(id: $id, depth: $depth, limit: 1000) { nodes { __typename } } }",
				"love-in-the-big-city-novel", 3);
		assertThat(nodes).extracting(node -> node.get("__typename"))
			.contains("Novel", "Story", "Translation", "Film", "Series", "Person", "Role", "Character", "Organization",
					"Award", "Release");
	}

	@ParameterizedTest(name = "{0} to {1}")
	@CsvSource({ "nam-yoon-su, kim-go-eun", "anton-hur, kim-go-eun", "park-sang-young, love-in-the-big-city-2024-series",
			"ines-alcantara, the-lantern-keeper-2003-film-theatrical-pt-2003-10-09" })
	void aPathsEndsAreThoseOfItsRecords(String from, String to) {
		Answers answers = bothWays("query ($from: ID!, $to: ID!) { path(from: $from, to: $to, maxLength: 10) "
				+ "{ steps { from { id __typename %s } to { id __typename %1$s } } } }", Map.of("from", from, "to", to),
				"path.steps");

		assertThat(answers.identities()).isNotEmpty()
			.containsExactlyElementsOf(answers.records().stream()
				.map(step -> Map.<String, Object>of("from", identity(step.get("from")), "to", identity(step.get("to"))))
				.toList());
	}

	@Test
	void anIdentityNeverStandsInForARecord() {
		// The first path reads its ends' identities; the second, the same nodes asked for more in the same request,
		// follows them through the node cache, where an identity must not be found.
		var answer = this.graphQl.document("""
				{
				  ids: path(from: "nam-yoon-su", to: "kim-go-eun") { steps { from { id } to { id } } }
				  names: path(from: "nam-yoon-su", to: "kim-go-eun") {
				    steps { from { id ... on Person { name } } to { id ... on Person { name } } }
				  }
				}""").execute();
		answer.errors().verify();
		answer.path("names.steps[0].from.name").entity(String.class).isEqualTo("Nam Yoon-su");
		answer.path("names.steps[-1].to.name").entity(String.class).isEqualTo("Kim Go-eun");
		answer.path("names.steps[*].from.id")
			.entityList(String.class)
			.isEqualTo(answer.path("ids.steps[*].from.id").entityList(String.class).get());
	}

	private List<Map<String, Object>> neighbourhood(String document, String centre, int depth) {
		return objects(document, Map.of("id", centre, "depth", depth), "neighborhood.nodes");
	}

	/** A walk's objects asked with nothing but identities, then with whole records ({@code %s} in the document). */
	private record Answers(List<Map<String, Object>> identities, List<Map<String, Object>> records) {
	}

	/**
	 * The objects at {@code path} when {@code document} asks only identities, read by one statement without the
	 * records' branches, then when it asks whole records; the statements counted are the second request's.
	 */
	private Answers bothWays(String document, Map<String, Object> variables, String path) {
		List<Map<String, Object>> identities = objects(document.formatted(""), variables, path);
		assertThat(this.statements.texts()).singleElement().asString().doesNotContain("UNION ALL");
		return new Answers(identities, objects(document.formatted(RECORDS), variables, path));
	}

	/** The objects at {@code path} of the answer, counting the statements from a fresh start. */
	private List<Map<String, Object>> objects(String document, Map<String, Object> variables, String path) {
		this.statements.reset();
		var request = this.graphQl.document(document);
		variables.forEach(request::variable);
		return request.execute()
			.path(path)
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	/** What an identity answers of a node read whole. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> identity(Object node) {
		Map<String, Object> record = (Map<String, Object>) node;
		return Map.of("id", record.get("id"), "__typename", record.get("__typename"));
	}

}
