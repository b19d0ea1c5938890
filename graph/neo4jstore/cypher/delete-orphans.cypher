// name: delete-orphans
// Removes the entities among $ids that no document mentions and no
// relationship touches any more.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT (e)--()
DELETE e
