// name: schema-kind
// The uniqueness constraint for one entity label: MERGE on (:$$LABEL {id})
// takes its lock, so concurrent loaders never create the entity twice.
CREATE CONSTRAINT $$label_id IF NOT EXISTS FOR (e:$$LABEL) REQUIRE e.id IS UNIQUE
