// name: merge-claims
// Writes the $$TYPE claims of a batch: one relationship per (type, from,
// to, document), carrying that document's evidence.
// $rows: {from, to, props: {doc, modality, date, items, quote, sentence,
// start, end, rule}}, sorted by from and to.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$$TYPE {doc: row.props.doc}]->(b)
SET r = row.props
