// name: connected
// description: the most connected entities: most claims first, with their distinct neighbours and mentioning documents
// param: limit int 10 — how many entities
// columns: entity, kind, claims, neighbours, documents
MATCH (e:Entity)
// The store keeps each entity's claim count in e.claims; the range index
// on it hands the entities over in order, so only the top ones are read.
WHERE e.claims IS NOT NULL
WITH e, e.claims AS claims
ORDER BY claims DESC, e.name, e.id
LIMIT $limit
RETURN e AS entity, e.kind AS kind, claims,
       COUNT { MATCH (e)-[:VISITED|MET|QUOTED|SUPPLIES|LEADS|AFFILIATED_WITH|ACCOMPANIED]-(o) RETURN DISTINCT o } AS neighbours,
       COUNT { (e)<-[:MENTIONS]-(:Document) } AS documents
ORDER BY claims DESC, entity.name, entity.id
