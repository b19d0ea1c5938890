// name: fold-claims
// Moves the $$TYPE claims of each folded entity to the entity it folds
// into, with their document and evidence. A claim keeps its direction;
// with $symmetric its ends are put in id order, as the store keeps them.
// A claim between the two entities is not moved (an entity has no claim on
// itself), and a document that already makes the same claim of the target
// keeps its own. fold-claims-remove then deletes the old claims. Returns
// the other ends, whose counts may change.
// $rows: {from, to}, locked by lock-folds.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r:$$TYPE]-(x)
WHERE x.id <> row.to
MATCH (b:Entity {id: row.to})
WITH r, b, x, CASE WHEN $symmetric THEN x.id < b.id ELSE startNode(r) = x END AS xFirst
FOREACH (_ IN CASE WHEN xFirst THEN [1] ELSE [] END |
  MERGE (x)-[n:$$TYPE {doc: r.doc}]->(b)
  ON CREATE SET n = properties(r))
FOREACH (_ IN CASE WHEN xFirst THEN [] ELSE [1] END |
  MERGE (b)-[n:$$TYPE {doc: r.doc}]->(x)
  ON CREATE SET n = properties(r))
RETURN DISTINCT x.id AS id
