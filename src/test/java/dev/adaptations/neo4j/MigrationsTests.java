package dev.adaptations.neo4j;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import dev.adaptations.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The graph's contract: what the Cypher migrations create on a fresh database.
 */
@GraphTest
class MigrationsTests {

	@Autowired
	Driver driver;

	@Test
	void migrationsCreateAUniqueIdConstraintForEveryLabel() {
		var labels = driver.executableQuery("SHOW CONSTRAINTS YIELD labelsOrTypes RETURN labelsOrTypes[0] AS label")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("label").asString())
			.toList();
		assertThat(labels).contains("Work", "Novel", "Story", "Translation", "Film", "Series", "SeriesPart", "Episode",
				"Person", "Role", "Character", "Organization", "Award", "Event", "Release", "Source", "Dataset");
	}

	@Test
	void migrationsCreateTheFullTextIndexOverNamesTitlesOriginalScriptAndAliases() {
		var properties = driver.executableQuery(
				"SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties WHERE name = 'entity_search' RETURN properties")
			.execute()
			.records()
			.get(0)
			.get("properties")
			.asList(v -> v.asString());
		assertThat(properties).contains("title", "name", "originalTitle", "originalName", "aliasText");
	}

}
