// name: refresh-counts
// Keeps each entity's degree counts up to date for the queries that rank
// entities through an index: claims is how many claim relationships touch
// it, mentions how many documents mention it. Run at the end of every
// write or delete, once, for every entity the transaction touched. The
// entity's lock is taken before the relationships are counted, so that of
// concurrent writers the last to commit counts what the others wrote; the
// properties are rewritten only when they change. $$CLAIMS is every
// claim relationship type of the closed vocabulary.
// $ids: entity ids, sorted.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e._lock = true
REMOVE e._lock
WITH e,
     COUNT { (e)-[:$$CLAIMS]-() } AS claims,
     COUNT { (e)<-[:MENTIONS]-() } AS mentions
WHERE e.claims IS NULL OR e.claims <> claims OR e.mentions IS NULL OR e.mentions <> mentions
SET e.claims = claims, e.mentions = mentions
