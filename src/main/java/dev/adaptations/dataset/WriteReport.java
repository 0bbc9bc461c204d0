package dev.adaptations.dataset;

import java.util.Map;

/**
 * What writing datasets did.
 *
 * @param records rows written per section, in the order first met
 * @param nodesCreated nodes that did not exist
 * @param nodesUpdated nodes whose properties changed (their version went up)
 * @param nodesUnchanged nodes the rows left exactly as they were
 * @param relationshipsCreated relationships that did not exist
 */
public record WriteReport(Map<String, Long> records, long nodesCreated, long nodesUpdated, long nodesUnchanged,
		long relationshipsCreated) {

	public long totalRecords() {
		return this.records.values().stream().mapToLong(Long::longValue).sum();
	}

}
