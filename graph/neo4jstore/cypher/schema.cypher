// name: schema
// The constraints and indexes that every write relies on, one statement
// each, separated by semicolons. IF NOT EXISTS makes them idempotent.
// Templates below are expanded once per entity kind ($$LABEL, $$label)
// and once per relation type ($$TYPE, $$type).
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases];
CREATE INDEX document_published IF NOT EXISTS FOR (d:Document) ON (d.published);
CREATE INDEX visited_date IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.date);
CREATE INDEX met_date IF NOT EXISTS FOR ()-[r:MET]-() ON (r.date);
CREATE INDEX quoted_date IF NOT EXISTS FOR ()-[r:QUOTED]-() ON (r.date);
CREATE INDEX supplies_date IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.date);
CREATE INDEX leads_date IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.date);
CREATE INDEX affiliated_with_date IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() ON (r.date);
CREATE INDEX accompanied_date IF NOT EXISTS FOR ()-[r:ACCOMPANIED]-() ON (r.date)
