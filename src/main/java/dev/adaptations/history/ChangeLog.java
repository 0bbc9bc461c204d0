package dev.adaptations.history;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import dev.adaptations.support.InvalidArgumentException;
import dev.adaptations.support.Keyed;

import org.springframework.stereotype.Component;

import static dev.adaptations.node.Values.optionalInt;
import static dev.adaptations.node.Values.optionalString;
import static dev.adaptations.node.Values.string;
import static dev.adaptations.node.Values.strings;

/**
 * Records changes as {@code Change} nodes in the transaction of the write they describe, so a change is
 * in the history exactly when its write committed, and reads them back in commit order.
 */
@Component
public final class ChangeLog {

	private final Driver driver;

	ChangeLog(Driver driver) {
		this.driver = driver;
	}

	/** Records a change of a write that committed on its own (an import's batches), in a transaction of its own. */
	public Change record(ChangeDraft draft, String actor, @Nullable String comment) {
		try (var session = this.driver.session()) {
			return session.executeWrite(tx -> record(tx, draft, actor, comment, null));
		}
	}

	/**
	 * Records the change inside the write's own transaction; {@code writeId} identifies the write (one
	 * mutation), so that a repeated attempt can tell that its changes already committed.
	 */
	public Change record(TransactionContext tx, ChangeDraft draft, String actor, @Nullable String comment,
			@Nullable String writeId) {
		Change change = new Change(UUID.randomUUID().toString(),
				OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), actor, draft.action(),
				draft.entityType(), draft.entityId(), draft.relatedIds(), draft.summary(), comment, draft.fields(),
				draft.version());
		Map<String, Object> props = new HashMap<>();
		props.put("id", change.id());
		props.put("at", change.at());
		props.put("actor", change.actor());
		props.put("action", change.action().name());
		props.put("entityType", change.entityType());
		props.put("entityId", change.entityId());
		props.put("relatedIds", change.relatedIds());
		props.put("summary", change.summary());
		props.put("comment", change.comment());
		props.put("fields", Json.writeFields(change.fields()));
		props.put("version", change.version());
		props.put("writeId", writeId);
		tx.run("CREATE (c:Change) SET c = $props", Map.of("props", props)).consume();
		return change;
	}

	/** The changes a write already committed, in order; empty when it has not. */
	public List<Change> ofWrite(TransactionContext tx, String writeId) {
		return tx.run("MATCH (c:Change {writeId: $writeId}) RETURN c ORDER BY c.at, c.id", Map.of("writeId", writeId))
			.list(record -> from(record.get("c")));
	}

	record ChangePage(int total, List<Keyed<Change>> items) {
	}

	/** Where a change stands in commit order: the sort key a cursor encodes. */
	record Position(OffsetDateTime at, String id) {

		String key() {
			return this.at + "|" + this.id;
		}

		static Position parse(String key) {
			String[] parts = key.split("\\|", 2);
			try {
				if (parts.length == 2) {
					return new Position(OffsetDateTime.parse(parts[0]), parts[1]);
				}
			}
			catch (java.time.format.DateTimeParseException ex) {
				// reported below
			}
			throw new InvalidArgumentException("after", "is not a cursor of this connection");
		}

	}

	/** Changes in commit order, optionally since a time and about one entity, after a position. */
	ChangePage page(@Nullable OffsetDateTime since, @Nullable String entityId, @Nullable Position after, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("since", since);
		parameters.put("entityId", entityId);
		parameters.put("afterAt", (after != null) ? after.at() : null);
		parameters.put("afterId", (after != null) ? after.id() : null);
		parameters.put("limit", limit);
		var record = this.driver.executableQuery("""
				CALL () {
				  MATCH (c:Change)
				  WHERE ($since IS NULL OR c.at >= $since)
				    AND ($entityId IS NULL OR c.entityId = $entityId OR $entityId IN c.relatedIds)
				  RETURN count(c) AS total
				}
				CALL () {
				  MATCH (c:Change)
				  WHERE ($since IS NULL OR c.at >= $since)
				    AND ($entityId IS NULL OR c.entityId = $entityId OR $entityId IN c.relatedIds)
				    AND ($afterAt IS NULL OR c.at > $afterAt OR (c.at = $afterAt AND c.id > $afterId))
				  WITH c ORDER BY c.at, c.id LIMIT $limit
				  RETURN collect(c) AS items
				}
				RETURN total, items""").withParameters(parameters).execute().records().get(0);
		List<Keyed<Change>> items = record.get("items").asList(node -> {
			Change change = from(node);
			return new Keyed<>(change, new Position(change.at(), change.id()).key());
		});
		return new ChangePage(record.get("total").asInt(), items);
	}

	static Change from(Value node) {
		return new Change(string(node, "id"), node.get("at").asZonedDateTime().toOffsetDateTime(), string(node, "actor"),
				ChangeAction.valueOf(string(node, "action")), string(node, "entityType"), optionalString(node, "entityId"),
				strings(node, "relatedIds"), string(node, "summary"), optionalString(node, "comment"),
				Json.readFields(optionalString(node, "fields")), optionalInt(node, "version"));
	}

}
