package dev.adaptations.history;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.adaptations.importer.DatasetImported;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records each import command that changed the graph in the change history: one {@code IMPORT} change per run
 * (recorded once its batches committed), naming the files,
 * the datasets and the records written per section (not one change per record: a 100 MB import would
 * otherwise double the graph). Its actor is the operating-system user who ran the command.
 */
@Component
final class ImportHistory {

	private final ChangeLog log;

	private final ChangeFeed feed;

	ImportHistory(ChangeLog log, ChangeFeed feed) {
		this.log = log;
		this.feed = feed;
	}

	@EventListener
	void imported(DatasetImported imported) {
		if (!imported.changedTheGraph()) {
			return;
		}
		Map<String, Long> records = new TreeMap<>(imported.recordsBySection());
		long total = records.values().stream().mapToLong(Long::longValue).sum();
		ChangeDraft draft = new ChangeDraft(ChangeAction.IMPORT, "Dataset",
				imported.datasetIds().isEmpty() ? null : imported.datasetIds().get(0),
				"imported " + String.join(", ", imported.files()) + ": " + total + " records ("
						+ records.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue())
							.collect(Collectors.joining(", "))
						+ "); " + imported.nodesCreated() + " nodes created, " + imported.nodesUpdated() + " updated, "
						+ imported.relationshipsCreated() + " relationships created, in " + imported.elapsed().toMillis() + " ms")
			.diff(Map.of(), records);
		imported.datasetIds().forEach(draft::related);
		String actor = "import command (" + System.getProperty("user.name", "unknown") + ")";
		this.feed.publish(this.log.record(draft, actor, null));
	}

}
