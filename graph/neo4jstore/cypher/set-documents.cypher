// name: set-documents
// Replaces each document's properties with row (id, title, outlet, url,
// published, hash, source, text); absent values are null and so removed.
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
SET d = row
