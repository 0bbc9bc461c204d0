// Q1 by hand: the work by its unique id, its adaptations ordered by year and id, and for each the credits
// the API counts as the work's (on it, limited to its episodes, or inherited from its series), ordered by
// kind rank, billing and id; only the first 100 are projected.
MATCH (w:Work {id: $id})
CALL (w) {
  MATCH (a:Work)-[ad:ADAPTS]->(w)
  WITH ad, a ORDER BY a.year, a.id
  CALL (a) {
    CALL (a) {
      MATCH (r:Role)-[:IN]->(a) RETURN r
      UNION
      MATCH (r:Role)-[:IN_EPISODE]->(:Episode)-[:PART_OF*0..2]->(a) RETURN r
      UNION
      MATCH (a)-[:PART_OF*1..2]->(:Work)<-[:IN]-(r:Role)
      WHERE (a:Episode OR a:SeriesPart) AND NOT EXISTS { (r)-[:IN_EPISODE]->(:Episode) }
      RETURN r
    }
    WITH r ORDER BY {AUTHOR: 0, TRANSLATOR: 1, CREATOR: 2, DIRECTOR: 3, SCREENWRITER: 4, PRODUCER: 5, ACTOR: 6}[r.kind],
      coalesce(r.billing, 99999), r.id
    WITH collect(r) AS roles
    CALL (roles) {
      UNWIND roles[0..100] AS r
      RETURN collect({node: {id: r.id, kind: r.kind, billing: r.billing,
        person: COLLECT { MATCH (p:Person)-[:HAS_ROLE]->(r) RETURN p {.id, .name} }[0],
        character: COLLECT { MATCH (r)-[:AS]->(c:Character) RETURN c {.id, .name} }[0]}}) AS edges
    }
    RETURN {totalCount: size(roles), edges: edges} AS credits
  }
  RETURN collect({kind: ad.kind, adaptation: {id: a.id, title: a.title, year: a.year, credits: credits}}) AS adaptations
}
RETURN {id: w.id, title: w.title, year: w.year, adaptations: adaptations} AS work
