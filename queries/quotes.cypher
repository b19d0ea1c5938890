// name: quotes
// description: who is quoted, by whom, with the words
// param: entity string "" — only quotes of or by this entity (any alias, any case); "" for all
// param: limit int 100 — at most this many rows
// columns: speaker, source, quote, date, document, sentence
CALL () {
  MATCH ()-[q:QUOTED]->()
  WHERE $entity = ''
  RETURN q
  UNION
  MATCH (e:Entity)
  WHERE $entity <> '' AND toLower($entity) IN [a IN coalesce(e.aliases, []) + e.name | toLower(a)]
  MATCH (e)-[q:QUOTED]-()
  RETURN q
}
WITH q, endNode(q) AS speaker, startNode(q) AS source
RETURN speaker, source, q.quote AS quote, q.date AS date, q.doc AS document, q.sentence AS sentence
ORDER BY speaker.name, source.name, document, q.start
LIMIT $limit
