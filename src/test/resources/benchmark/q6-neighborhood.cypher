// Q6 by hand: the centre by its unique id, the nearest neighbours in id order (at most 99), the next ring
// in id order (as many as still fit; truncated when more were there), then the relationships among them.
MATCH (c:Person {id: $id})
CALL (c) {
  MATCH (c)--(m) WHERE m.id IS NOT NULL AND m <> c
  WITH DISTINCT m ORDER BY m.id LIMIT 100
  RETURN collect(m) AS first
}
WITH c, first[0..99] AS level1, size(first) >= 100 AS truncated1
CALL (c, level1, truncated1) {
  UNWIND CASE WHEN truncated1 THEN [] ELSE level1 END AS n
  MATCH (n)--(m) WHERE m.id IS NOT NULL AND m <> c AND NOT m IN level1
  WITH DISTINCT m ORDER BY m.id LIMIT 100
  RETURN collect(m) AS second
}
WITH c, level1, truncated1 OR size(second) > 99 - size(level1) AS truncated, second[0..99 - size(level1)] AS level2
WITH [c] + level1 + level2 AS ns, truncated
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r]->(b) WHERE b IN ns
  WITH a.id AS from, type(r) AS type, b.id AS to ORDER BY from, type, to
  RETURN collect({from: from, to: to, type: type}) AS edges
}
RETURN {nodes: [n IN ns | {id: n.id}], edges: edges, truncated: truncated} AS neighborhood
