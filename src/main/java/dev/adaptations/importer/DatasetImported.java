package dev.adaptations.importer;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Published after an import wrote its files, for whoever records the graph's history.
 *
 * @param datasetIds the ids of the datasets imported, in the order of the files
 * @param files the names of the files
 * @param recordsBySection rows written per section ({@code works}, {@code credits}, ...)
 * @param elapsed how long the import took, validation included
 * @param nodesCreated nodes the import created
 * @param nodesUpdated nodes whose properties it changed
 * @param relationshipsCreated relationships it created
 */
public record DatasetImported(List<String> datasetIds, List<String> files, Map<String, Long> recordsBySection,
		Duration elapsed, long nodesCreated, long nodesUpdated, long relationshipsCreated) {

	public DatasetImported {
		datasetIds = List.copyOf(datasetIds);
		files = List.copyOf(files);
		recordsBySection = Map.copyOf(recordsBySection);
	}

	/** Whether the import changed the graph at all (a re-run of the same files does not). */
	public boolean changedTheGraph() {
		return this.nodesCreated + this.nodesUpdated + this.relationshipsCreated > 0;
	}

}
