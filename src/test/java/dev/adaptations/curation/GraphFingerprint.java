package dev.adaptations.curation;

import org.neo4j.driver.Driver;

/**
 * Everything the graph holds (every node with its labels and properties, every relationship with its
 * ends and properties) reduced to one string: equal fingerprints mean nothing changed. The change history
 * is left out, since refused writes must not add to it either and that is checked on its own.
 */
record GraphFingerprint(long nodes, long relationships, String content) {

	static GraphFingerprint of(Driver driver) {
		var record = driver.executableQuery("""
				CALL () {
				  MATCH (n) WHERE NOT n:Change
				  WITH n ORDER BY n.id, elementId(n)
				  RETURN count(n) AS nodes, collect([labels(n), properties(n)]) AS nodeText
				}
				CALL () {
				  MATCH (a)-[r]->(b)
				  WITH a, r, b ORDER BY a.id, type(r), b.id, elementId(r)
				  RETURN count(r) AS relationships, collect([a.id, type(r), b.id, properties(r)]) AS relText
				}
				CALL () { MATCH (c:Change) RETURN count(c) AS changes }
				RETURN nodes, relationships, changes, nodeText, relText""").execute().records().get(0);
		return new GraphFingerprint(record.get("nodes").asLong(), record.get("relationships").asLong(),
				record.get("changes").asLong() + "|" + record.get("nodeText").asList().hashCode() + "|"
						+ record.get("relText").asList().hashCode());
	}

}
