// Q5 by hand: both people by their unique ids, then the shortest path of at most 6 relationships the service
// would choose among equally short ones (fewest fictional characters, then node ids).
MATCH (a:Person {id: $from}), (b:Person {id: $to})
MATCH p = allShortestPaths((a)-[*1..6]-(b))
WITH p ORDER BY size([n IN nodes(p) WHERE n:Character]), [n IN nodes(p) | n.id]
LIMIT 1
WITH nodes(p) AS ns, relationships(p) AS rs
RETURN {length: size(rs), steps: [i IN range(0, size(rs) - 1) | {relationship: type(rs[i]),
  forward: startNode(rs[i]) = ns[i], from: {id: ns[i].id}, to: {id: ns[i + 1].id}}]} AS path
