package dev.adaptations.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;

import dev.adaptations.GraphTest;
import dev.adaptations.support.StatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The neighbourhood is walked in one Cypher statement; this checks it against the rule it implements, walked
 * here in plain Java over the test graph's adjacency: the centre, then each ring's new nodes in id order, as many
 * as fit in the limit, truncated when a ring had more; and every relationship among the chosen nodes.
 */
@GraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NeighbourhoodWalkTests {

	private static final String DOCUMENT = """
			query ($id: ID!, $depth: Int, $limit: Int) {
			  neighborhood(id: $id, depth: $depth, limit: $limit) {
			    truncated nodes { id } edges { from to type }
			  }
			}""";

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Autowired
	StatementCounter statements;

	private final Map<String, Set<String>> neighbours = new HashMap<>();

	private final List<List<String>> relationships = new ArrayList<>();

	/** Ids of the nodes the API returns (the types of the {@code Node} interface). */
	private final Set<String> typed = new HashSet<>();

	@BeforeAll
	void readTheWholeTestGraph() {
		this.driver.executableQuery("MATCH (a)-[r]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL "
				+ "RETURN a.id AS a, type(r) AS type, b.id AS b")
			.execute()
			.records()
			.forEach(record -> {
				String a = record.get("a").asString();
				String b = record.get("b").asString();
				this.relationships.add(List.of(a, record.get("type").asString(), b));
				this.neighbours.computeIfAbsent(a, id -> new TreeSet<>()).add(b);
				this.neighbours.computeIfAbsent(b, id -> new TreeSet<>()).add(a);
			});
		this.driver.executableQuery("MATCH (n) WHERE n:Work OR n:Person OR n:Role OR n:Character OR n:Organization "
				+ "OR n:Award OR n:Event OR n:Source RETURN n.id AS id")
			.execute()
			.records()
			.forEach(record -> this.typed.add(record.get("id").asString()));
	}

	@ParameterizedTest(name = "{0}, depth {1}, limit {2}")
	@CsvSource({ "love-in-the-big-city-novel, 1, 1000", "love-in-the-big-city-novel, 2, 1000",
			"love-in-the-big-city-novel, 3, 1000", "love-in-the-big-city-novel, 2, 5",
			"love-in-the-big-city-novel, 2, 15", "love-in-the-big-city-novel, 3, 40", "park-sang-young, 3, 60",
			"kim-go-eun, 2, 1", "kim-go-eun, 2, 2", "kim-go-eun, 3, 100", "anton-hur, 1, 3",
			"the-lantern-keeper-novel, 3, 1000", "love-in-the-big-city-2024-series, 2, 30" })
	void oneStatementWalksRingByRingAsTheRuleSays(String centre, int depth, int limit) {
		Walk expected = walk(centre, depth, limit);
		this.statements.reset();
		var answer = this.graphQl.document(DOCUMENT)
			.variable("id", centre)
			.variable("depth", depth)
			.variable("limit", limit)
			.execute();
		assertThat(this.statements.count()).as("statements").isEqualTo(1);
		answer.path("neighborhood.truncated").entity(Boolean.class).isEqualTo(expected.truncated());
		List<String> ids = answer.path("neighborhood.nodes[*].id").entityList(String.class).get();
		assertThat(ids).containsExactlyElementsOf(expected.nodes().stream().filter(this.typed::contains).toList());
		List<List<String>> edges = answer.path("neighborhood.edges")
			.entityList(Map.class)
			.get()
			.stream()
			.map(edge -> List.of((String) edge.get("from"), (String) edge.get("type"), (String) edge.get("to")))
			.toList();
		List<List<String>> among = this.relationships.stream()
			.filter(r -> expected.nodes().contains(r.get(0)) && expected.nodes().contains(r.get(2)))
			.toList();
		assertThat(edges).containsExactlyInAnyOrderElementsOf(among);
	}

	@Test
	void referencesAmongItsNodesAreAnsweredFromTheWalksOwnStatement() {
		// Kim Go-eun's roles are one step away, their works two: every person and work they name is in the walk.
		this.statements.reset();
		var answer = this.graphQl.document("""
				{
				  neighborhood(id: "kim-go-eun", depth: 2, limit: 1000) {
				    truncated
				    nodes { ... on Role { id person { id name } work { id title } } }
				  }
				}""").execute();
		assertThat(this.statements.count()).as("statements").isEqualTo(1);
		answer.path("neighborhood.truncated").entity(Boolean.class).isEqualTo(false);
		List<Map<String, Object>> roles = answer.path("neighborhood.nodes[?(@.id)]")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		List<List<Object>> expected = this.driver
			.executableQuery("MATCH (p:Person {id: 'kim-go-eun'})-[:HAS_ROLE]->(r:Role)-[:IN]->(w:Work) "
					+ "RETURN r.id AS role, p.id AS person, p.name AS name, w.id AS work, w.title AS title")
			.execute()
			.records()
			.stream()
			.map(record -> List.<Object>of(record.get("role").asString(), record.get("person").asString(),
					record.get("name").asString(), record.get("work").asString(), record.get("title").asString()))
			.toList();
		assertThat(roles).extracting(role -> {
			Map<?, ?> person = (Map<?, ?>) role.get("person");
			Map<?, ?> work = (Map<?, ?>) role.get("work");
			return List.of(role.get("id"), person.get("id"), person.get("name"), work.get("id"), work.get("title"));
		}).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
	}

	private record Walk(List<String> nodes, boolean truncated) {
	}

	private Walk walk(String centre, int depth, int limit) {
		Set<String> seen = new LinkedHashSet<>(List.of(centre));
		Set<String> frontier = Set.of(centre);
		for (int level = 1; level <= depth && !frontier.isEmpty(); level++) {
			TreeSet<String> ring = new TreeSet<>();
			frontier.forEach(near -> ring.addAll(this.neighbours.getOrDefault(near, Set.of())));
			ring.removeAll(seen);
			Set<String> added = new LinkedHashSet<>();
			for (String id : ring) {
				if (seen.size() >= limit) {
					return new Walk(List.copyOf(seen), true);
				}
				seen.add(id);
				added.add(id);
			}
			frontier = added;
		}
		return new Walk(List.copyOf(seen), false);
	}

}
