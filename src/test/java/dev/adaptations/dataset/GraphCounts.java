package dev.adaptations.dataset;

import org.neo4j.driver.Driver;

/** How many nodes, relationships and property values the graph holds: equal counts mean nothing changed. */
record GraphCounts(long nodes, long relationships, long properties) {

	static GraphCounts of(Driver driver) {
		var record = driver.executableQuery("""
				CALL () { MATCH (n) RETURN count(n) AS nodes, sum(size(keys(n))) AS nodeProperties }
				CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships, sum(size(keys(r))) AS relationshipProperties }
				RETURN nodes, relationships, nodeProperties + coalesce(relationshipProperties, 0) AS properties""")
			.execute()
			.records()
			.get(0);
		return new GraphCounts(record.get("nodes").asLong(), record.get("relationships").asLong(),
				record.get("properties").asLong());
	}

}
