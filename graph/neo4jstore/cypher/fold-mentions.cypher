// name: fold-mentions
// Moves each document's mention of a folded entity to the entity it folds
// into: counts add up, surface forms join, and the target's name becomes
// one of them, as when both were resolved in one load.
// $rows: {from, to}, locked by lock-folds.
UNWIND $rows AS row
MATCH (d:Document)-[m:MENTIONS]->(:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (d)-[n:MENTIONS]->(b)
SET n.count = coalesce(n.count, 0) + m.count,
    n.name = coalesce(n.name, b.name),
    n.aliases = COLLECT {
      UNWIND coalesce(n.aliases, []) + m.aliases + b.name AS alias
      RETURN DISTINCT alias ORDER BY alias
    }
DELETE m
