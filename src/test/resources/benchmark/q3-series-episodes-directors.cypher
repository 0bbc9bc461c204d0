// Q3 by hand: the series by its unique id, its parts in order, each part's episodes in order, and each
// episode's directors: those credited on it, those limited to it, and the series' or part's directors not
// limited to some episodes (the API's first 20, by billing and id).
MATCH (s:Work {id: $id})
CALL (s) {
  MATCH (p:Work)-[po:PART_OF]->(s)
  WITH p ORDER BY po.position, p.number, p.id
  CALL (p) {
    MATCH (e:Episode)-[:PART_OF*1..2]->(p)
    WITH DISTINCT e ORDER BY e.number, e.id
    CALL (e) {
      CALL (e) {
        MATCH (r:Role)-[:IN]->(e) WHERE r.kind = 'DIRECTOR' RETURN r
        UNION
        MATCH (r:Role)-[:IN_EPISODE]->(e) WHERE r.kind = 'DIRECTOR' RETURN r
        UNION
        MATCH (e)-[:PART_OF*1..2]->(:Work)<-[:IN]-(r:Role)
        WHERE r.kind = 'DIRECTOR' AND NOT EXISTS { (r)-[:IN_EPISODE]->(:Episode) }
        RETURN r
      }
      WITH r ORDER BY coalesce(r.billing, 99999), r.id LIMIT 20
      RETURN collect({node: {person: COLLECT { MATCH (d:Person)-[:HAS_ROLE]->(r) RETURN d {.id, .name} }[0]}}) AS edges
    }
    RETURN collect({id: e.id, number: e.number, title: e.title, credits: {edges: edges}}) AS episodes
  }
  RETURN collect(CASE WHEN p:SeriesPart THEN {id: p.id, title: p.title, number: p.number, episodes: episodes}
    ELSE {id: p.id, title: p.title} END) AS parts
}
RETURN CASE WHEN s:Series THEN {id: s.id, title: s.title, episodeCount: s.episodeCount, parts: parts}
  ELSE {id: s.id, title: s.title, parts: parts} END AS work
