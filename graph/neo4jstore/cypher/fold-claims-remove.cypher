// name: fold-claims-remove
// Deletes the $$TYPE claims of the folded entities, once fold-claims has
// copied them to the entities they fold into.
// $ids: the folded entities' ids.
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r:$$TYPE]-()
DELETE r
