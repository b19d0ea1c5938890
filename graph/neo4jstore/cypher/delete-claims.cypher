// name: delete-claims
// Removes the $$TYPE relationships that the documents $ids asserted.
// Uses the $$type_doc index on the relationship's doc property.
UNWIND $ids AS id
MATCH ()-[r:$$TYPE {doc: id}]->()
DELETE r
