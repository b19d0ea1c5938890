// name: merge-mentions
// Links each document to the entities it names, with how often it names
// them, by which surface forms and under which canonical name.
// $rows: {doc, id, name, count, aliases}.
UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MATCH (e:Entity {id: row.id})
MERGE (d)-[m:MENTIONS]->(e)
SET m.count = row.count, m.aliases = row.aliases, m.name = row.name
