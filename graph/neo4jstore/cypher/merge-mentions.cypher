// name: merge-mentions
// Links each document to the entities it names, with how often it names
// them and by which surface forms.
// $rows: {doc, id, count, aliases}.
UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MATCH (e:Entity {id: row.id})
MERGE (d)-[m:MENTIONS]->(e)
SET m.count = row.count, m.aliases = row.aliases
