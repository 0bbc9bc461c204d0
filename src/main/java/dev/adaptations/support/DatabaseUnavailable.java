package dev.adaptations.support;

import java.util.concurrent.TimeoutException;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

import org.springframework.dao.TransientDataAccessResourceException;

/**
 * A database that cannot be reached right now, as the API reports it: one {@code UNAVAILABLE} error per field that
 * needed it, the same whichever way the field was read (the resolvers' {@link GraphQlErrorAdvice} and
 * {@link DatabaseUnavailableExceptionResolver}, or a compiled read).
 */
public final class DatabaseUnavailable {

	static final String MESSAGE = "The graph database is unavailable; try again shortly";

	/** Enough for any real chain of wrappers; guards against cyclic causes. */
	private static final int MAX_CAUSES = 16;

	private DatabaseUnavailable() {
	}

	/** Whether the failure, or anything it wraps, says that the database cannot be reached right now. */
	public static boolean is(Throwable ex) {
		Throwable current = ex;
		for (int i = 0; current != null && i < MAX_CAUSES; i++, current = current.getCause()) {
			if (current instanceof ServiceUnavailableException || current instanceof SessionExpiredException
					|| current instanceof TransientDataAccessResourceException) {
				return true;
			}
			// No pooled connection within the acquisition timeout: the server is not answering (or the pool is full).
			if (current instanceof ClientException && current.getCause() instanceof TimeoutException) {
				return true;
			}
		}
		return false;
	}

	/** The error of a field at {@code path} (written at {@code location}) that the database could not answer. */
	public static GraphQLError error(ResultPath path, @Nullable SourceLocation location) {
		var error = GraphqlErrorBuilder.newError()
			.errorType(GraphQlErrorAdvice.Classification.UNAVAILABLE)
			.message(MESSAGE)
			.path(path);
		return ((location != null) ? error.location(location) : error).build();
	}

}
