// Package neo4jtest gives integration tests a real, empty Neo4j graph.
//
// Open connects to the server named by NEO4J_URI, NEO4J_USERNAME and
// NEO4J_PASSWORD when NEO4J_URI is set. Otherwise, when a Docker engine
// answers, it starts one neo4j:5.26-community container per test binary
// (Testcontainers) and tears it down when the binary exits. With neither,
// tests skip with a one-line hint, except when CI=true, where they fail:
// a CI run never passes by skipping its integration tests.
//
// Every test gets an empty graph: Open deletes all nodes and relationships
// (and nothing else: constraints and indexes stay) before it returns the
// store. Packages share one database, so `go test` must run them one at a
// time (-p 1) against an outside server.
package neo4jtest
