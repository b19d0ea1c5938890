// name: backfill-counts
// Gives the degree counts (see refresh-counts) to entities written before
// the store kept them; on a database the store has always written, it
// finds none.
MATCH (e:Entity)
WHERE e.claims IS NULL OR e.mentions IS NULL
SET e._lock = true
REMOVE e._lock
WITH e
SET e.claims = COUNT { (e)-[:$$CLAIMS]-() },
    e.mentions = COUNT { (e)<-[:MENTIONS]-() }
