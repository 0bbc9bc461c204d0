package dev.adaptations.neo4j;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.schema.IndexCreator;
import org.neo4j.graphdb.schema.IndexType;
import org.neo4j.graphdb.schema.Schema;

/**
 * The schema statements of the migrations, applied through the embedded database's schema API instead of Cypher
 * where their form is one of the plain ones the migrations use (a named uniqueness constraint on one property, a
 * named range index on one property, a named full-text index). On a first start these are the JVM's first Cypher
 * statements, and the Cypher compiler's cold start made the schema transaction the longest step of the start;
 * through the schema API the same rules are created without it. Any other statement runs as Cypher, in the same
 * transaction; {@code MigrationBaselineTests} compares the resulting schema with the one the library creates.
 */
final class SchemaCommands {

	private static final String NAME = "(\\w+) IF NOT EXISTS ";

	private static final Pattern UNIQUE = Pattern.compile(
			"CREATE CONSTRAINT " + NAME + "FOR \\((\\w+):(\\w+)\\) REQUIRE (\\w+)\\.(\\w+) IS UNIQUE",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern RANGE = Pattern.compile(
			"CREATE INDEX " + NAME + "FOR \\((\\w+):(\\w+)\\) ON \\((\\w+)\\.(\\w+)\\)", Pattern.CASE_INSENSITIVE);

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
		if (unique.matches() && unique.group(2).equals(unique.group(4))) {
			return Optional.of(schema -> schema.constraintFor(Label.label(unique.group(3)))
				.assertPropertyIsUnique(unique.group(5))
				.withName(unique.group(1))
				.create());
		}
		Matcher range = RANGE.matcher(text);
		if (range.matches() && range.group(2).equals(range.group(4))) {
			return Optional.of(schema -> schema.indexFor(Label.label(range.group(3)))
				.on(range.group(5))
				.withIndexType(IndexType.RANGE)
				.withName(range.group(1))
				.create());
		}
		Matcher fulltext = FULLTEXT.matcher(text);
		if (fulltext.matches()) {
			String variable = fulltext.group(2);
			List<String> properties = Arrays.stream(fulltext.group(4).split(",")).map(String::strip).toList();
			if (properties.stream().allMatch(property -> property.startsWith(variable + "."))) {
				Label[] labels = Arrays.stream(fulltext.group(3).split("\\|")).map(Label::label).toArray(Label[]::new);
				return Optional.of(schema -> {
					IndexCreator index = schema.indexFor(labels);
					for (String property : properties) {
						index = index.on(property.substring(variable.length() + 1));
					}
					index.withIndexType(IndexType.FULLTEXT).withName(fulltext.group(1)).create();
				});
			}
		}
		return Optional.empty();
	}

	/** The statement without comments, line breaks or trailing semicolon. */
	private static String normalized(String statement) {
		String text = statement.replaceAll("(?m)//.*$", " ").replaceAll("\\s+", " ").strip();
		return text.endsWith(";") ? text.substring(0, text.length() - 1).strip() : text;
	}

}
