// name: schema-type
// The index on the asserting document of one relationship type, so that
// replacing or deleting a document finds its claims without a scan.
CREATE INDEX $$type_doc IF NOT EXISTS FOR ()-[r:$$TYPE]-() ON (r.doc)
