// name: lock-folds
// Takes the write locks of the entities to fold and of those they fold
// into, and keeps the pairs where both exist and are of the same kind.
// $rows: {from, to}, sorted by from.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
WHERE a.kind = b.kind
SET a._lock = true, b._lock = true
REMOVE a._lock, b._lock
RETURN row.from AS from, row.to AS to
