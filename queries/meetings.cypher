// name: meetings
// description: who met whom, and when: one row per meeting and reporting document
// param: entity string "" — only meetings of this person (any alias, any case); "" for all
// param: limit int 100 — at most this many rows
// columns: person, other, date, modality, document, sentence
CALL () {
  MATCH ()-[m:MET]->()
  WHERE $entity = ''
  RETURN m
  UNION
  MATCH (e:Entity)
  WHERE $entity <> '' AND toLower($entity) IN [a IN coalesce(e.aliases, []) + e.name | toLower(a)]
  MATCH (e)-[m:MET]-()
  RETURN m
}
WITH m, startNode(m) AS person, endNode(m) AS other
RETURN person, other, m.date AS date, m.modality AS modality, m.doc AS document, m.sentence AS sentence
ORDER BY date, person.name, other.name, document
LIMIT $limit
