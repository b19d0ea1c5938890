// name: entity
// description: everything about one entity, found by any alias in any case: each claim that involves it
// param: name string required — a name or alias of the entity, in any case
// param: limit int 100 — at most this many rows
// columns: entity, kind, aliases, direction, relation, other, modality, date, document, sentence
WITH $name AS name
WHERE name <> ''
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace(name, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS e
WHERE toLower(name) IN [x IN coalesce(e.aliases, []) + e.name | toLower(x)]
// Claims join entities only: no label check on the other end.
OPTIONAL MATCH (e)-[r:VISITED|MET|QUOTED|SUPPLIES|LEADS|AFFILIATED_WITH|ACCOMPANIED]-(o)
RETURN e.name AS entity, e.kind AS kind, e.aliases AS aliases,
       CASE WHEN r IS NULL THEN null WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction,
       type(r) AS relation, o.name AS other, r.modality AS modality, r.date AS date, r.doc AS document, r.sentence AS sentence
ORDER BY entity, e.id, relation, direction, other, document
LIMIT $limit
