// name: evidence
// description: why an edge is there: every claim between two entities, with its document and sentence
// param: from string required — one entity: a name or alias, in any case
// param: to string required — the other entity: a name or alias, in any case
// columns: source, relation, target, modality, date, document, outlet, published, sentence, start, end, rule
WITH $from AS from, $to AS to
WHERE from <> '' AND to <> ''
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace(from, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS a
WHERE toLower(from) IN [x IN coalesce(a.aliases, []) + a.name | toLower(x)]
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace(to, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS b
WHERE toLower(to) IN [x IN coalesce(b.aliases, []) + b.name | toLower(x)]
MATCH (a)-[r:VISITED|MET|QUOTED|SUPPLIES|LEADS|AFFILIATED_WITH|ACCOMPANIED]-(b)
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN startNode(r).name AS source, type(r) AS relation, endNode(r).name AS target, r.modality AS modality, r.date AS date,
       r.doc AS document, d.outlet AS outlet, d.published AS published, r.sentence AS sentence,
       r.start AS start, r.end AS `end`, r.rule AS rule
ORDER BY relation, source, target, document, start
