// name: schema
// The constraints and indexes that every write relies on, one statement
// each, separated by semicolons. IF NOT EXISTS makes them idempotent.
// Templates below are expanded once per entity kind ($$LABEL, $$label)
// and once per relation type ($$TYPE, $$type).
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_claims IF NOT EXISTS FOR (e:Entity) ON (e.claims);
CREATE INDEX entity_mentions IF NOT EXISTS FOR (e:Entity) ON (e.mentions);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases];
CREATE INDEX document_published IF NOT EXISTS FOR (d:Document) ON (d.published)
