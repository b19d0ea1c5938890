// name: refresh-counts
// Keeps each entity's degree counts up to date for the queries that rank
// entities through an index: claims is how many claim relationships touch
// it, mentions how many documents mention it. Run at the end of every
// write or delete, once, for every entity the transaction touched. The
// transaction already holds each entity's lock (merge-entities or
// refresh-aliases took it) when the relationships are counted, so that of
// concurrent writers the last to commit counts what the others wrote; the
// properties are rewritten only when they change. $$CLAIMS is every
// claim relationship type of the closed vocabulary.
// $ids: entity ids, sorted.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH e,
     COUNT { (e)-[:$$CLAIMS]-() } AS claims,
     COUNT { (e)<-[:MENTIONS]-() } AS mentions
WHERE e.claims IS NULL OR e.claims <> claims OR e.mentions IS NULL OR e.mentions <> mentions
SET e.claims = claims, e.mentions = mentions
