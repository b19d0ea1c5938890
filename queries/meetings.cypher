// name: meetings
// description: who met whom, and when: one row per meeting and reporting document
// param: entity string "" — only meetings of this person, who is then shown first (any alias, any case); "" for all
// param: limit int 100 — at most this many rows
// columns: person, other, date, modality, document, sentence
CALL () {
  // Without a filter: the first rows in date order straight from the
  // met date index, then undated ones only if too few are dated.
  WITH $entity AS name
  WHERE name = ''
  CALL (name) {
    MATCH ()-[m:MET]->()
    WHERE m.date IS NOT NULL
    WITH m
    ORDER BY m.date, startNode(m).name, endNode(m).name, m.doc
    LIMIT $limit
    RETURN collect(m) AS dated
  }
  CALL (dated) {
    // Not a WHERE: the planner would run the match first and filter after.
    UNWIND CASE WHEN size(dated) < $limit THEN [true] ELSE [] END AS more
    MATCH ()-[m:MET]->()
    WHERE m.date IS NULL
    WITH m
    ORDER BY startNode(m).name, endNode(m).name, m.doc
    LIMIT $limit
    RETURN collect(m) AS undated
  }
  UNWIND dated + undated AS m
  RETURN m, startNode(m).name AS person, endNode(m).name AS other
  UNION
  WITH $entity AS name
  WHERE name <> ''
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace(name, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS e
  WHERE toLower(name) IN [x IN coalesce(e.aliases, []) + e.name | toLower(x)]
  MATCH (e)-[m:MET]-(o)
  RETURN m, e.name AS person, o.name AS other
}
RETURN person, other, m.date AS date, m.modality AS modality, m.doc AS document, m.sentence AS sentence
ORDER BY date, person, other, document
LIMIT $limit
