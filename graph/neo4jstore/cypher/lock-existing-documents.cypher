// name: lock-existing-documents
// Opens a delete: takes the write lock of each stored document among $ids
// and returns the ids found.
UNWIND $ids AS id
MATCH (d:Document {id: id})
SET d._lock = true
REMOVE d._lock
RETURN id
