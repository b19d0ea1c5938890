// name: delete-mentions
// Removes the MENTIONS of the documents $ids and returns the ids of the
// entities they mentioned, which may now be unsupported.
UNWIND $ids AS id
MATCH (:Document {id: id})-[m:MENTIONS]->(e:Entity)
DELETE m
RETURN DISTINCT e.id AS id
