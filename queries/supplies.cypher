// name: supplies
// description: who supplies whom with what, and how surely the text says so
// param: entity string "" — only supplies from or to this entity (any alias, any case); "" for all
// param: limit int 100 — at most this many rows
// columns: supplier, recipient, items, modality, date, document, sentence
CALL () {
  MATCH ()-[s:SUPPLIES]->()
  WHERE $entity = ''
  RETURN s
  UNION
  MATCH (e:Entity)
  WHERE $entity <> '' AND toLower($entity) IN [a IN coalesce(e.aliases, []) + e.name | toLower(a)]
  MATCH (e)-[s:SUPPLIES]-()
  RETURN s
}
WITH s, startNode(s) AS supplier, endNode(s) AS recipient
RETURN supplier, recipient, s.items AS items, s.modality AS modality, s.date AS date, s.doc AS document, s.sentence AS sentence
ORDER BY supplier.name, recipient.name, document
LIMIT $limit
