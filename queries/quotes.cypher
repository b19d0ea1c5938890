// name: quotes
// description: who is quoted, by whom, with the words; by document
// param: entity string "" — only quotes of or by this entity (any alias, any case); "" for all
// param: limit int 100 — at most this many rows
// columns: speaker, source, quote, date, document, sentence
CALL () {
  // Without a filter: the first rows in document order, straight from
  // the quoted document index.
  WITH $entity AS name
  WHERE name = ''
  CALL (name) {
    MATCH ()-[q:QUOTED]->()
    WHERE q.doc IS NOT NULL
    WITH q
    ORDER BY q.doc, endNode(q).name, startNode(q).name, q.start
    LIMIT $limit
    RETURN q
  }
  RETURN q
  UNION
  WITH $entity AS name
  WHERE name <> ''
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace(name, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS e
  WHERE toLower(name) IN [x IN coalesce(e.aliases, []) + e.name | toLower(x)]
  MATCH (e)-[q:QUOTED]-()
  RETURN q
}
WITH q, endNode(q).name AS speaker, startNode(q).name AS source
RETURN speaker, source, q.quote AS quote, q.date AS date, q.doc AS document, q.sentence AS sentence
ORDER BY document, speaker, source, q.start
LIMIT $limit
