// name: delete-documents
// Removes the Document nodes $ids; their claims and mentions are gone by now.
UNWIND $ids AS id
MATCH (d:Document {id: id})
DETACH DELETE d
