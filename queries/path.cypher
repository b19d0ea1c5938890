// name: path
// description: the shortest chains of claims (at most 6 hops) between two entities
// param: from string required — one end: a name or alias, in any case
// param: to string required — the other end: a name or alias, in any case
// param: limit int 5 — at most this many paths, shortest first
// columns: hops, path, documents
WITH $from AS from, $to AS to
WHERE from <> '' AND to <> ''
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace(from, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS a
WHERE toLower(from) IN [x IN coalesce(a.aliases, []) + a.name | toLower(x)]
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace(to, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS b
WHERE toLower(to) IN [x IN coalesce(b.aliases, []) + b.name | toLower(x)] AND a <> b
MATCH p = allShortestPaths((a)-[:VISITED|MET|QUOTED|SUPPLIES|LEADS|AFFILIATED_WITH|ACCOMPANIED*..6]-(b))
WITH p, [n IN nodes(p) | n.name] AS names, [r IN relationships(p) | r.doc] AS documents
RETURN length(p) AS hops, p AS path, documents
ORDER BY hops, names, documents
LIMIT $limit
