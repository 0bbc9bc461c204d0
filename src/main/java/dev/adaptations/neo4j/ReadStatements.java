package dev.adaptations.neo4j;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Runs a read statement whose answer is at most one row, outside any transaction (auto-commit), as
 * {@code Neo4jClient.query(...).fetch().one()} would: same database, same session settings. An interface so that
 * tests can count the statements sent through it as they count the client's.
 */
public interface ReadStatements {

	/**
	 * The statement's only row, as column name to value (the driver's Java values), or empty without one.
	 * @throws IllegalStateException if the statement returned more than one row
	 */
	Optional<Map<String, @Nullable Object>> one(String cypher, Map<String, ? extends @Nullable Object> parameters);

}
