package dev.adaptations.neo4j;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;

import dev.adaptations.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The compiled reads' statements through the driver's asynchronous session, on the embedded database: answers as
 * {@code Neo4jClient.query(...).fetch().one()} gives them, and the driver's own exceptions.
 */
@GraphTest
class ReadStatementsTests {

	@Autowired
	ReadStatements reads;

	@Test
	void answersTheOneRowWithJavaValues() {
		var row = this.reads.one("MATCH (w:Work {id: $id}) RETURN w.title AS title, [1, 2] AS numbers, null AS nothing,"
				+ " {kind: w.kind} AS map", Map.of("id", "love-in-the-big-city-novel"));

		assertThat(row).hasValueSatisfying(values -> {
			assertThat(values).containsEntry("title", "Love in the Big City")
				.containsEntry("numbers", List.of(1L, 2L))
				.containsEntry("nothing", null)
				.containsEntry("map", Map.of("kind", "NOVEL"));
		});
	}

	@Test
	void readsTheOneRowAsTheMapperAsks() {
		var title = this.reads.one("MATCH (w:Work {id: $id}) RETURN w.title AS title",
				Map.of("id", "love-in-the-big-city-novel"), record -> record.get("title").asString().toUpperCase());

		assertThat(title).contains("LOVE IN THE BIG CITY");
		assertThat(this.reads.one("MATCH (w:Work {id: $id}) RETURN w.title AS title", Map.of("id", "no-such-work"),
				record -> record.get("title").asString())).isEmpty();
	}

	@Test
	void readsEveryRowInOrder() {
		assertThat(this.reads.list("UNWIND [3, 1, 2] AS n RETURN n", Map.of(), record -> record.get("n").asInt()))
			.containsExactly(3, 1, 2);
		assertThat(this.reads.list("UNWIND [] AS n RETURN n", Map.of(), record -> record.get("n").asInt())).isEmpty();
	}

	@Test
	void answersNothingWithoutARow() {
		assertThat(this.reads.one("MATCH (w:Work {id: $id}) RETURN w.id AS id", Map.of("id", "no-such-work"))).isEmpty();
	}

	@Test
	void refusesMoreThanOneRow() {
		assertThatIllegalStateException().isThrownBy(() -> this.reads.one("UNWIND [1, 2] AS n RETURN n", Map.of()))
			.withMessage("Expected at most one row, got 2");
	}

	@Test
	void throwsTheDriversOwnException() {
		// Not wrapped: callers tell a lost database by the driver's exception types (support.DatabaseUnavailable).
		assertThatExceptionOfType(ClientException.class)
			.isThrownBy(() -> this.reads.one("MATCH (w:Work RETURN w", Map.of()));
	}

}
