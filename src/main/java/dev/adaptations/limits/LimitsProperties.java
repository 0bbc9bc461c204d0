package dev.adaptations.limits;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import dev.adaptations.support.Paging;

/**
 * What one GraphQL request may ask for. Every limit is checked on the parsed document, before validation and long
 * before any Cypher runs.
 *
 * @param maxDocumentSize the longest document, in characters (variables are not counted)
 * @param maxDepth how deeply fields may nest ({@code { work { title } }} is 2 deep); introspection
 * ({@code __schema}, {@code __type}) is bounded by graphql-java itself and not counted
 * @param maxAliases how many aliased fields an operation may have, fragments expanded
 * @param maxPageSize the largest {@code first} a request may ask for; at most {@link Paging#MAX_PAGE_SIZE}, the
 * largest page the connections serve
 * @param defaultListSize the size the cost model assumes for a list field without {@code first} or {@code limit}
 * @param maxCost the largest cost an operation may have (see {@link QueryMeasure} for the model)
 * @param transactionTimeout how long one transaction of the embedded database may run before Neo4j terminates it
 * ({@code db.transaction.timeout}); an external server keeps its own setting
 */
@ConfigurationProperties("graph.limits")
public record LimitsProperties(@DefaultValue("10000") int maxDocumentSize, @DefaultValue("12") int maxDepth,
		@DefaultValue("30") int maxAliases, @DefaultValue("" + Paging.MAX_PAGE_SIZE) int maxPageSize,
		@DefaultValue("10") int defaultListSize, @DefaultValue("500000") int maxCost,
		@DefaultValue("30s") Duration transactionTimeout) {

	/** The settings' names, as they appear in messages and the README. */
	static final String PREFIX = "graph.limits.";

	public LimitsProperties {
		atLeastOne("max-document-size", maxDocumentSize);
		atLeastOne("max-depth", maxDepth);
		atLeastOne("max-page-size", maxPageSize);
		atLeastOne("default-list-size", defaultListSize);
		atLeastOne("max-cost", maxCost);
		if (maxAliases < 0) {
			throw new IllegalArgumentException(PREFIX + "max-aliases must be 0 or more, got " + maxAliases);
		}
		if (transactionTimeout.isNegative() || transactionTimeout.isZero()) {
			throw new IllegalArgumentException(PREFIX + "transaction-timeout must be positive, got " + transactionTimeout);
		}
		if (maxPageSize > Paging.MAX_PAGE_SIZE) {
			throw new IllegalArgumentException(PREFIX + "max-page-size must be at most " + Paging.MAX_PAGE_SIZE
					+ " (the largest page the connections serve), got " + maxPageSize);
		}
	}

	/** The defaults, as in the README. */
	static LimitsProperties defaults() {
		return new LimitsProperties(10000, 12, 30, Paging.MAX_PAGE_SIZE, 10, 500000, Duration.ofSeconds(30));
	}

	private static void atLeastOne(String name, int value) {
		if (value < 1) {
			throw new IllegalArgumentException(PREFIX + name + " must be 1 or more, got " + value);
		}
	}

}
