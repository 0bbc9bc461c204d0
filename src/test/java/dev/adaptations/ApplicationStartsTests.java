package dev.adaptations;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class ApplicationStartsTests {

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
		assertThat(labels).contains("Work", "Novel", "Film", "Series", "SeriesPart", "Episode", "Person", "Role",
				"Character", "Organization", "Award", "Event", "Source");
	}

}
