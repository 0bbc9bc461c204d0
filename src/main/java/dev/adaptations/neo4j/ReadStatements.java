package dev.adaptations.neo4j;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;

/**
 * Runs a read statement outside any transaction (auto-commit), as {@code Neo4jClient.query(...).fetch()} would
 * outside one: same database, same session settings, but waking the calling thread once
 * ({@link DriverReadStatements}). Never for a read inside a write: it would not see the write's transaction. The
 * driver's own exceptions come through untranslated: the API's error handling knows them
 * ({@code support.DatabaseUnavailable}). An interface so that tests can count the statements sent through it as
 * they count the client's.
 */
public interface ReadStatements {

	/**
	 * The statement's only row, as column name to value (the driver's Java values), or empty without one.
	 * @throws IllegalStateException if the statement returned more than one row
	 */
	default Optional<Map<String, @Nullable Object>> one(String cypher,
			Map<String, ? extends @Nullable Object> parameters) {
		return one(cypher, parameters, Record::asMap);
	}

	/**
	 * The statement's only row as {@code mapper} reads it (on the calling thread), or empty without one.
	 * @throws IllegalStateException if the statement returned more than one row
	 */
	<T> Optional<T> one(String cypher, Map<String, ? extends @Nullable Object> parameters, Function<Record, T> mapper);

	/** Every row of the statement as {@code mapper} reads it (on the calling thread), in order. */
	<T> List<T> list(String cypher, Map<String, ? extends @Nullable Object> parameters, Function<Record, T> mapper);

}
