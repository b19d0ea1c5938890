// name: lock-documents
// Opens the write of a batch: creates each document's node if it is new and
// takes its write lock (SET then REMOVE of a throwaway property), so that
// loaders writing the same document wait for one another, then returns the
// hash stored by the last committed load (null for a new document).
// $ids: document ids, sorted so that concurrent batches lock in one order.
UNWIND $ids AS id
MERGE (d:Document {id: id})
SET d._lock = true
REMOVE d._lock
RETURN id, d.hash AS hash
