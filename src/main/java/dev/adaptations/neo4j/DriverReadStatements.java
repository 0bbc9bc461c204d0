package dev.adaptations.neo4j;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.ResultCursor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.UserSelection;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionUtils;
import org.springframework.stereotype.Component;

/**
 * {@link ReadStatements} through the driver's asynchronous session, waiting for the answer but not for the session
 * to close. A statement's pooled connection goes back to the pool after a {@code RESET} and its reply, one more round
 * trip to the database, and a blocking session's close waits for that; Spring Data's blocking client also waits for
 * the {@code RUN} reply and for the records separately, waking the calling thread three times. Here the request
 * thread wakes once, when the records and their summary are in; the connection returns to the pool when its
 * {@code RESET} is answered, and a request that needs one meanwhile takes another. A small answer over the embedded
 * database's loopback Bolt gets back 0.1-0.25 ms of its 1-1.5 ms (docs/performance). Records are mapped on the
 * calling thread.
 * <p>
 * Sessions are configured as Spring Data's client configures its own ({@code Neo4jTransactionUtils}): the
 * database it selects ({@code spring.data.neo4j.database}), the connected user, the driver's default access mode, so
 * that on a cluster these reads go where the client's went. No bookmarks: nothing in this application writes
 * through a bookmark manager for them to follow.
 */
@Component
final class DriverReadStatements implements ReadStatements {

	private final Driver driver;

	private final DatabaseSelectionProvider databases;

	DriverReadStatements(Driver driver, ObjectProvider<DatabaseSelectionProvider> databases) {
		this.driver = driver;
		this.databases = databases.getIfAvailable(DatabaseSelectionProvider::getDefaultSelectionProvider);
	}

	@Override
	public <T> Optional<T> one(String cypher, Map<String, ? extends @Nullable Object> parameters,
			Function<Record, T> mapper) {
		List<Record> answer = records(cypher, parameters);
		if (answer.size() > 1) {
			throw new IllegalStateException("Expected at most one row, got " + answer.size());
		}
		return answer.isEmpty() ? Optional.empty() : Optional.of(mapper.apply(answer.get(0)));
	}

	@Override
	public <T> List<T> list(String cypher, Map<String, ? extends @Nullable Object> parameters,
			Function<Record, T> mapper) {
		return records(cypher, parameters).stream().map(mapper).toList();
	}

	/**
	 * The statement's records, read whole. They are mapped by the caller, on its thread, not on the driver's event
	 * loop: that thread serves every connection of the pool.
	 */
	private List<Record> records(String cypher, Map<String, ? extends @Nullable Object> parameters) {
		AsyncSession session = this.driver.session(AsyncSession.class, Neo4jTransactionUtils
			.defaultSessionConfig(this.databases.getDatabaseSelection(), UserSelection.connectedUser()));
		CompletableFuture<List<Record>> rows;
		try {
			@SuppressWarnings("unchecked")
			Map<String, Object> values = (Map<String, Object>) parameters;
			rows = session.runAsync(cypher, values)
				.thenCompose(ResultCursor::listAsync)
				.whenComplete((answer, failure) -> session.closeAsync())
				.toCompletableFuture();
		}
		catch (RuntimeException ex) {
			// Refused before anything was sent (a parameter the driver cannot convert, a closed driver).
			session.closeAsync();
			throw ex;
		}
		return await(rows);
	}

	private static <T> T await(CompletableFuture<T> future) {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			future.cancel(true);
			throw new IllegalStateException("Interrupted while waiting for the database", ex);
		}
		catch (ExecutionException ex) {
			// The driver's own exception, as the blocking API throws it (callers tell an unavailable database by it).
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

}
