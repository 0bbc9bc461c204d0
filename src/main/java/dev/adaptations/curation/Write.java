package dev.adaptations.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

import dev.adaptations.history.ChangeDraft;

/**
 * One curation write in progress: its transaction and the changes it makes, recorded together when the
 * transaction commits.
 */
final class Write {

	private final TransactionContext tx;

	private final List<ChangeDraft> changes = new ArrayList<>();

	Write(TransactionContext tx) {
		this.tx = tx;
	}

	List<Record> run(String cypher, Map<String, ?> parameters) {
		@SuppressWarnings("unchecked")
		Map<String, Object> values = (Map<String, Object>) parameters;
		return this.tx.run(cypher, values).list();
	}

	/**
	 * Takes the write lock of the node with this id and label before anything is read from it, so that a
	 * concurrent write of the same node waits for this one and then reads what it committed: the version
	 * check cannot miss a change (no lost updates under read-committed isolation).
	 */
	void lock(String label, String id) {
		run("MATCH (n:%s {id: $id}) SET n.`_lock` = true REMOVE n.`_lock`".formatted(label), Map.of("id", id));
	}

	ChangeDraft change(ChangeDraft draft) {
		this.changes.add(draft);
		return draft;
	}

	TransactionContext tx() {
		return this.tx;
	}

	List<ChangeDraft> changes() {
		return List.copyOf(this.changes);
	}

}
