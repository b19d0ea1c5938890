// name: schema-type-date
// The index on the date of one relationship type, so that the canned
// queries list claims in date order without sorting every claim.
CREATE INDEX $$type_date IF NOT EXISTS FOR ()-[r:$$TYPE]-() ON (r.date)
