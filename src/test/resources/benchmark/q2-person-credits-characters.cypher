// Q2 by hand: the person by its unique id, the roles ordered as the API orders them (work year, kind rank,
// work id, role id), the first 100 projected with their work and character.
MATCH (p:Person {id: $id})
CALL (p) {
  MATCH (p)-[:HAS_ROLE]->(r:Role)-[:IN]->(w:Work)
  WITH r, w ORDER BY coalesce(w.year, 9999),
    {AUTHOR: 0, TRANSLATOR: 1, CREATOR: 2, DIRECTOR: 3, SCREENWRITER: 4, PRODUCER: 5, ACTOR: 6}[r.kind], w.id, r.id
  WITH collect({r: r, w: w}) AS roles
  CALL (roles) {
    UNWIND roles[0..100] AS x
    WITH x.r AS r, x.w AS w
    RETURN collect({node: {id: r.id, kind: r.kind, work: w {.id, .title, .year},
      character: COLLECT { MATCH (r)-[:AS]->(c:Character) RETURN c {.id, .name} }[0]}}) AS edges
  }
  RETURN {totalCount: size(roles), edges: edges} AS credits
}
RETURN {id: p.id, name: p.name, credits: credits} AS person
