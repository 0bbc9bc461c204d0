package dev.adaptations.support;


import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
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
 * {@code spring.neo4j.pool.connection-acquisition-timeout} with a {@code ClientException} caused by a
 * {@code TimeoutException}, which Spring Data Neo4j translates into a non-transient
 * {@code InvalidDataAccessResourceUsageException}; without this resolver it would be an opaque {@code INTERNAL_ERROR}.
 * It also finds the driver's {@link ServiceUnavailableException} and {@link SessionExpiredException} however deeply
 * they are wrapped (translated, or inside a batch loader's {@code CompletionException}). Anything else is left to the
 * next resolver.
 */
@Component
class DatabaseUnavailableExceptionResolver extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableExceptionResolver.class);

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment environment) {
		if (!DatabaseUnavailable.is(ex)) {
			return null;
		}
		log.warn("Database unavailable for {}: {}", environment.getExecutionId(), ex.getMessage());
		return GraphqlErrorBuilder.newError(environment)
			.errorType(GraphQlErrorAdvice.Classification.UNAVAILABLE)
			.message(DatabaseUnavailable.MESSAGE)
			.build();
	}

}
