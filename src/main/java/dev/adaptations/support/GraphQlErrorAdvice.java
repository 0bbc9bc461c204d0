package dev.adaptations.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The one place exceptions become GraphQL errors. Known problems name the argument at fault; anything
 * else stays Spring for GraphQL's opaque {@code INTERNAL_ERROR} (logged with its execution id), so no
 * response ever carries a stack trace, a class name or Cypher.
 */
@ControllerAdvice
class GraphQlErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrorAdvice.class);

	@GraphQlExceptionHandler
	GraphQLError invalidArgument(InvalidArgumentException ex, DataFetchingEnvironment environment) {
		return error(environment, ErrorType.BAD_REQUEST, ex.getMessage(), Map.of("argument", ex.argument()));
	}

	@GraphQlExceptionHandler
	List<GraphQLError> invalidInput(InvalidInputException ex, DataFetchingEnvironment environment) {
		return ex.problems()
			.stream()
			.map(problem -> error(environment, ErrorType.BAD_REQUEST, problem.toString(),
					Map.of("path", problem.path())))
			.toList();
	}

	@GraphQlExceptionHandler
	GraphQLError conflict(ConflictException ex, DataFetchingEnvironment environment) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("id", ex.id());
		if (ex.currentVersion() != null) {
			extensions.put("currentVersion", ex.currentVersion());
		}
		return error(environment, Classification.CONFLICT, ex.getMessage(), extensions);
	}

	@GraphQlExceptionHandler
	GraphQLError notFound(NotFoundException ex, DataFetchingEnvironment environment) {
		return error(environment, ErrorType.NOT_FOUND, ex.getMessage(), Map.of("argument", ex.argument()));
	}

	@GraphQlExceptionHandler({ ServiceUnavailableException.class, SessionExpiredException.class,
			TransientDataAccessResourceException.class })
	GraphQLError unavailable(Exception ex, DataFetchingEnvironment environment) {
		log.warn("Database unavailable for {}: {}", environment.getExecutionId(), ex.getMessage());
		return error(environment, Classification.UNAVAILABLE, DatabaseUnavailable.MESSAGE, Map.of());
	}

	private static GraphQLError error(DataFetchingEnvironment environment, graphql.ErrorClassification type,
			String message, Map<String, Object> extensions) {
		return GraphqlErrorBuilder.newError(environment)
			.errorType(type)
			.message(message)
			.extensions(extensions)
			.build();
	}

	/** Classifications beyond Spring for GraphQL's {@code ErrorType}. */
	enum Classification implements graphql.ErrorClassification {

		/** The database cannot be reached. */
		UNAVAILABLE,
		/** A write met a newer version than the one the client read, or an id already taken. */
		CONFLICT

	}

}
