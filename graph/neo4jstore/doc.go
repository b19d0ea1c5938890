// Package neo4jstore keeps relmap's graph in Neo4j. It is the one package
// that calls the Neo4j driver: connection, schema, batched writes, deletes,
// statistics and read-only queries all live here.
//
// # Graph model
//
// Entities are nodes labelled :Entity and with their kind (:Person,
// :Country, :Organization, :Place), with properties id, name, kind,
// aliases, claims (how many claim relationships touch the entity) and
// mentions (how many documents mention it). Documents are :Document nodes with id, title, outlet, url,
// published, hash, source and, on request, text. A document links to each
// entity it names with MENTIONS {count, aliases, name}.
//
// A claim is one relationship of a type from graph.RelTypes per asserting
// document: (a)-[:VISITED {doc, modality, date, items, quote, sentence,
// start, end, rule}]->(b), unique per (type, a, b, doc). One pair of
// entities can thus be backed by many documents, each with its own
// modality, date and evidence sentence. MET is stored once per document,
// from the smaller entity id to the larger.
//
// An entity's aliases are the union of the aliases its mentions recorded
// and its name the smallest name they gave, so both follow the documents
// that are loaded, whatever their order, and shrink when one is deleted.
// The claims and mentions counts are kept by every write and delete, for
// the entities it touched, and indexed, so that queries can rank entities
// by them without counting every entity's relationships.
//
// # Writes
//
// Every statement is a file under cypher/, embedded in the binary. Labels
// and relationship types are spliced in only from the closed vocabulary
// of package graph; values travel as parameters. Writes are UNWIND batches
// in write transactions that the driver retries; each document lies wholly
// inside one transaction, which starts by taking the document's lock and
// comparing its stored hash, so an unchanged document is skipped and a
// changed one has its earlier claims and mentions replaced. Entities are
// locked before their aliases are read, and removed when nothing supports
// them any more.
package neo4jstore
