package dev.adaptations.external;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application against the official Neo4j server image instead of the embedded database: the same
 * migrations and dataset loader run over Bolt, and the API serves the same graph. Runs wherever Docker
 * exists; without Docker it is reported as skipped (the embedded-database suite still runs everything).
 */
@SpringBootTest(properties = "graph.embedded.enabled=false")
@Testcontainers(disabledWithoutDocker = true)
class ExternalNeo4jTests {

	@Container
	@ServiceConnection
	static Neo4jContainer neo4j = new Neo4jContainer("neo4j:5.26-community");

	@Autowired
	Driver driver;

	@Autowired
	ExecutionGraphQlService graphQlService;

	@Test
	void migrationsCreateTheIdConstraintsAndTheSearchIndexOnTheServer() {
		var constrainedLabels = this.driver
			.executableQuery("SHOW CONSTRAINTS YIELD labelsOrTypes, properties WHERE properties = ['id'] "
					+ "RETURN labelsOrTypes[0] AS label")
			.execute()
			.records()
			.stream()
			.map(record -> record.get("label").asString())
			.toList();
		assertThat(constrainedLabels).contains("Work", "Novel", "Story", "Translation", "Film", "Series",
				"SeriesPart", "Episode", "Person", "Role", "Character", "Organization", "Award", "Event", "Source");

		var fulltextIndexes = this.driver.executableQuery("SHOW FULLTEXT INDEXES YIELD name RETURN name")
			.execute()
			.records()
			.stream()
			.map(record -> record.get("name").asString())
			.toList();
		assertThat(fulltextIndexes).contains("entity_search");
	}

	@Test
	void shippedDatasetIsServedFromTheServer() {
		ExecutionGraphQlServiceTester.create(this.graphQlService)
			.document("""
					{ work(id: "love-in-the-big-city-novel") { title } }
					""")
			.execute()
			.path("work.title")
			.entity(String.class)
			.isEqualTo("Love in the Big City");
	}

}
