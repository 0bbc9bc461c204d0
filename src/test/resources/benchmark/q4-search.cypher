// Q4 by hand: the full-text index with the same Lucene query ($query) the service builds from the text,
// the same score adjustment, then exact name matches ($compact: the text folded) first, as the service ranks.
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: 30}) YIELD node, score
WITH node, score * (1 + 0.1 * log10(1 + COUNT { (node)--() }))
  * CASE WHEN node:Work AND EXISTS { (node)-[:PART_OF]->(:Work) } THEN 0.9 ELSE 1.0 END AS score
ORDER BY score DESC, node.id
LIMIT 30
WITH node, score,
  $compact IN split(coalesce(node.searchVariants, ''), ' | ')
  OR $compact IN [n IN [node.title, node.name, node.originalTitle, node.originalName] + coalesce(node.aliases, [])
    WHERE n IS NOT NULL | toLower(n)] AS exact
WITH node, score, exact, CASE WHEN exact THEN COUNT { (node)<-[:ADAPTS]-(:Work) } ELSE 0 END AS adaptedBy
ORDER BY exact DESC, adaptedBy DESC, score DESC
LIMIT 10
RETURN collect({node: {id: node.id}}) AS search
