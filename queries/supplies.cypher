// name: supplies
// description: who supplies whom with what, and how surely the text says so; by document
// param: entity string "" — only supplies from or to this entity (any alias, any case); "" for all
// param: limit int 100 — at most this many rows
// columns: supplier, recipient, items, modality, date, document, sentence
CALL () {
  // Without a filter: the first rows in document order, straight from
  // the supplies document index.
  WITH $entity AS name
  WHERE name = ''
  CALL (name) {
    MATCH ()-[s:SUPPLIES]->()
    WHERE s.doc IS NOT NULL
    WITH s
    ORDER BY s.doc, startNode(s).name, endNode(s).name
    LIMIT $limit
    RETURN s
  }
  RETURN s
  UNION
  WITH $entity AS name
  WHERE name <> ''
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace(name, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS e
  WHERE toLower(name) IN [x IN coalesce(e.aliases, []) + e.name | toLower(x)]
  MATCH (e)-[s:SUPPLIES]-()
  RETURN s
}
RETURN startNode(s).name AS supplier, endNode(s).name AS recipient, s.items AS items, s.modality AS modality, s.date AS date, s.doc AS document, s.sentence AS sentence
ORDER BY document, supplier, recipient
LIMIT $limit
