package dev.adaptations.neo4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.schema.ConstraintCreator;
import org.neo4j.graphdb.schema.IndexCreator;
import org.neo4j.graphdb.schema.IndexType;
import org.neo4j.graphdb.schema.Schema;

/**
 * The schema statements of the migrations, applied through the embedded database's schema API instead of Cypher
 * where their form is one of the plain ones the migrations and neo4j-migrations' own schema use (a named uniqueness
 * constraint on one or more properties of a label, a named range index on one property of a label or a relationship
 * type, a named full-text index). On a first start these are the JVM's first Cypher
 * statements, and the Cypher compiler's cold start made the schema transaction the longest step of the start;
 * through the schema API the same rules are created without it. Any other statement runs as Cypher, in the same
 * transaction; {@code MigrationBaselineTests} compares the resulting schema with the one the library creates.
 */
final class SchemaCommands {

	private static final String NAME = "(\\w+) IF NOT EXISTS ";

	/** One property, {@code REQUIRE n.id IS UNIQUE}, or several, {@code REQUIRE (m.version, m.target) IS UNIQUE}. */
	private static final Pattern UNIQUE = Pattern.compile(
			"CREATE CONSTRAINT " + NAME + "FOR \\((\\w+):(\\w+)\\) "
					+ "REQUIRE (\\w+\\.\\w+|\\(\\w+\\.\\w+(?:, ?\\w+\\.\\w+)*\\)) IS UNIQUE",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern RANGE = Pattern.compile(
			"CREATE INDEX " + NAME + "FOR \\((\\w+):(\\w+)\\) ON \\((\\w+)\\.(\\w+)\\)", Pattern.CASE_INSENSITIVE);

	private static final Pattern RELATIONSHIP_RANGE = Pattern.compile(
			"CREATE INDEX " + NAME + "FOR \\(\\)-\\[(\\w+):(\\w+)\\]-\\(\\) ON \\((\\w+)\\.(\\w+)\\)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern FULLTEXT = Pattern.compile(
			"CREATE FULLTEXT INDEX " + NAME + "FOR \\((\\w+):(\\w+(?:\\|\\w+)*)\\) ON EACH \\[([\\w., ]+)\\]",
			Pattern.CASE_INSENSITIVE);

	private SchemaCommands() {
	}

	/** Applies the statements in this transaction, each through the schema API where its form allows. */
	static void apply(Transaction tx, List<String> statements) {
		for (String statement : statements) {
			command(statement).ifPresentOrElse(command -> command.accept(tx.schema()), () -> tx.execute(statement));
		}
	}

	/** The schema API's equivalent of the statement, when it has one of the plain forms. */
	static Optional<Consumer<Schema>> command(String statement) {
		String text = normalized(statement);
		Matcher unique = UNIQUE.matcher(text);
		if (unique.matches()) {
			List<String> properties = properties(unique.group(2), unique.group(4).replaceAll("[()]", ""));
			if (properties != null) {
				return Optional.of(schema -> {
					ConstraintCreator constraint = schema.constraintFor(Label.label(unique.group(3)));
					// Each call adds a property: several make one composite constraint, in the statement's order.
					for (String property : properties) {
						constraint = constraint.assertPropertyIsUnique(property);
					}
					constraint.withName(unique.group(1)).create();
				});
			}
		}
		Matcher range = RANGE.matcher(text);
		if (range.matches() && range.group(2).equals(range.group(4))) {
			return Optional.of(schema -> range(schema.indexFor(Label.label(range.group(3))), range));
		}
		Matcher relationshipRange = RELATIONSHIP_RANGE.matcher(text);
		if (relationshipRange.matches() && relationshipRange.group(2).equals(relationshipRange.group(4))) {
			return Optional.of(
					schema -> range(schema.indexFor(RelationshipType.withName(relationshipRange.group(3))), relationshipRange));
		}
		Matcher fulltext = FULLTEXT.matcher(text);
		if (fulltext.matches()) {
			List<String> properties = properties(fulltext.group(2), fulltext.group(4));
			if (properties != null) {
				Label[] labels = Arrays.stream(fulltext.group(3).split("\\|")).map(Label::label).toArray(Label[]::new);
				return Optional.of(schema -> {
					IndexCreator index = schema.indexFor(labels);
					for (String property : properties) {
						index = index.on(property);
					}
					index.withIndexType(IndexType.FULLTEXT).withName(fulltext.group(1)).create();
				});
			}
		}
		return Optional.empty();
	}

	/** A named range index on one property, as {@link #RANGE} and {@link #RELATIONSHIP_RANGE} match it. */
	private static void range(IndexCreator index, Matcher statement) {
		index.on(statement.group(5)).withIndexType(IndexType.RANGE).withName(statement.group(1)).create();
	}

	/**
	 * The property names of a comma-separated list such as {@code n.title, n.name}, or {@code null} when one of them
	 * is not a property of {@code variable} (then the statement is left to Cypher, which reports it).
	 */
	private static @Nullable List<String> properties(String variable, String list) {
		List<String> properties = new ArrayList<>();
		for (String property : list.split(",")) {
			String qualified = property.strip();
			if (!qualified.startsWith(variable + ".")) {
				return null;
			}
			properties.add(qualified.substring(variable.length() + 1));
		}
		return properties;
	}

	/** The statement without comments, line breaks or trailing semicolon. */
	private static String normalized(String statement) {
		String text = statement.replaceAll("(?m)//.*$", " ").replaceAll("\\s+", " ").strip();
		return text.endsWith(";") ? text.substring(0, text.length() - 1).strip() : text;
	}

}
