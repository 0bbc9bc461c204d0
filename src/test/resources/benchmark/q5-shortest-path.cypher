// Q5 by hand: both people by their unique ids, then one shortest path of at most 6 relationships.
MATCH (a:Person {id: $from}), (b:Person {id: $to})
MATCH p = shortestPath((a)-[*1..6]-(b))
WITH nodes(p) AS ns, relationships(p) AS rs
RETURN {length: size(rs), steps: [i IN range(0, size(rs) - 1) | {relationship: type(rs[i]),
  forward: startNode(rs[i]) = ns[i], from: {id: ns[i].id}, to: {id: ns[i + 1].id}}]} AS path
