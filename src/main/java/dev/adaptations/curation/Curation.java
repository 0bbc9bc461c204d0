package dev.adaptations.curation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;

import dev.adaptations.history.Change;
import dev.adaptations.history.ChangeFeed;
import dev.adaptations.history.ChangeLog;
import dev.adaptations.limits.LimitsProperties;
import dev.adaptations.security.Actors;
import dev.adaptations.support.ConflictException;
import dev.adaptations.support.InvalidInputException;
import dev.adaptations.support.InvalidInputException.Problem;

import org.springframework.stereotype.Component;

/**
 * Runs a curation write as one managed transaction: the driver retries it on transient failures (a
 * deadlock, a leader switch), the change history is written in the same transaction, and the mutation
 * answers, and subscribers hear of it, only after the commit. So an acknowledged write is never lost, and
 * a failed one leaves the graph as it was.
 */
@Component
final class Curation {

	private final Driver driver;

	private final ChangeLog log;

	private final ChangeFeed feed;

	private final TransactionConfig config;

	Curation(Driver driver, ChangeLog log, ChangeFeed feed, LimitsProperties limits) {
		this.driver = driver;
		this.log = log;
		this.feed = feed;
		Duration timeout = limits.transactionTimeout();
		this.config = TransactionConfig.builder().withTimeout(timeout).build();
	}

	/** What a write returns: its result and the changes it committed (none when nothing changed). */
	record Outcome<T>(T value, List<Change> changes) {
	}

	/**
	 * Runs {@code work} for the mutation {@code input}, whose {@code comment} goes into the history with each
	 * change, and answers {@code value} with the changes committed. Text that is not valid Unicode is refused
	 * before anything is read.
	 * <p>
	 * The driver repeats a transaction whose commit it could not confirm (the connection dropped at that
	 * moment), although the commit may have happened. Each write therefore carries an id, recorded on its
	 * changes: an attempt that finds its own changes already committed answers with them instead of writing
	 * again, so a repeated create does not meet its own entity as "already taken".
	 */
	<T> Outcome<T> write(Map<String, Object> input, T value, Consumer<Write> work) {
		List<Problem> problems = new ArrayList<>();
		InputText.check(input, "input", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String comment = Inputs.string(input, "comment");
		String actor = Actors.current();
		String writeId = UUID.randomUUID().toString();
		Outcome<T> outcome;
		try (var session = this.driver.session()) {
			outcome = session.executeWrite(tx -> {
				List<Change> committed = this.log.ofWrite(tx, writeId);
				if (!committed.isEmpty()) {
					return new Outcome<>(value, committed);
				}
				Write write = new Write(tx);
				work.accept(write);
				List<Change> changes = write.changes()
					.stream()
					.map(draft -> this.log.record(tx, draft, actor, comment, writeId))
					.toList();
				return new Outcome<>(value, changes);
			}, this.config);
		}
		catch (ClientException ex) {
			if ("Neo.ClientError.Schema.ConstraintValidationFailed".equals(ex.code())) {
				// Two curators created the same id at the same moment; the other one won.
				throw new ConflictException("", null, "Another write created an entity with the same id first");
			}
			throw ex;
		}
		outcome.changes().forEach(this.feed::publish);
		return outcome;
	}

}
