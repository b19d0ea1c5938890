// Package neo4jstore keeps relmap's graph in Neo4j. It is the one package
// that calls the Neo4j driver: connection, schema, batched writes, deletes,
// statistics and read-only queries all live here.
package neo4jstore
