// name: visits
// description: who went where, and when: one row per visit and reporting document
// param: entity string "" — only visits by or to this entity (any alias, any case); "" for all
// param: limit int 100 — at most this many rows
// columns: person, place, date, modality, document, sentence
CALL () {
  MATCH ()-[v:VISITED]->()
  WHERE $entity = ''
  RETURN v
  UNION
  MATCH (e:Entity)
  WHERE $entity <> '' AND toLower($entity) IN [a IN coalesce(e.aliases, []) + e.name | toLower(a)]
  MATCH (e)-[v:VISITED]-()
  RETURN v
}
WITH v, startNode(v) AS person, endNode(v) AS place
RETURN person, place, v.date AS date, v.modality AS modality, v.doc AS document, v.sentence AS sentence
ORDER BY date, person.name, place.name, document
LIMIT $limit
