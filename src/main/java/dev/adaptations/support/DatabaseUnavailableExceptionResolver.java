package dev.adaptations.support;

import java.util.concurrent.TimeoutException;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * Turns the ways a lost database reaches a data fetcher that {@link GraphQlErrorAdvice} does not name into the same
 * clean {@code UNAVAILABLE} error. The important one: a server that accepts connections but never answers (a frozen
 * process, a black-holed route) makes the driver give up on the connection pool after
 * {@code spring.neo4j.pool.connection-acquisition-timeout} with a {@link ClientException} caused by a
 * {@link TimeoutException}, which Spring Data Neo4j translates into a non-transient
 * {@code InvalidDataAccessResourceUsageException}; without this resolver it would be an opaque {@code INTERNAL_ERROR}.
 * It also finds the driver's {@link ServiceUnavailableException} and {@link SessionExpiredException} however deeply
 * they are wrapped (translated, or inside a batch loader's {@code CompletionException}). Anything else is left to the
 * next resolver.
 */
@Component
class DatabaseUnavailableExceptionResolver extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableExceptionResolver.class);

	/** Enough for any real chain of wrappers; guards against cyclic causes. */
	private static final int MAX_CAUSES = 16;

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment environment) {
		if (!isUnavailable(ex)) {
			return null;
		}
		log.warn("Database unavailable for {}: {}", environment.getExecutionId(), ex.getMessage());
		return GraphqlErrorBuilder.newError(environment)
			.errorType(GraphQlErrorAdvice.Classification.UNAVAILABLE)
			.message("The graph database is unavailable; try again shortly")
			.build();
	}

	/** Whether the failure, or anything it wraps, says that the database cannot be reached right now. */
	static boolean isUnavailable(Throwable ex) {
		Throwable current = ex;
		for (int i = 0; current != null && i < MAX_CAUSES; i++, current = current.getCause()) {
			if (current instanceof ServiceUnavailableException || current instanceof SessionExpiredException) {
				return true;
			}
			// No pooled connection within the acquisition timeout: the server is not answering (or the pool is full).
			if (current instanceof ClientException && current.getCause() instanceof TimeoutException) {
				return true;
			}
		}
		return false;
	}

}
