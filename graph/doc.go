// Package graph holds relmap's domain model: the entities, relations,
// evidence and documents that the loader extracts from news text and that a
// store keeps. It imports no database driver; adapters such as
// graph/neo4jstore depend on it, never the reverse.
//
// The vocabulary is closed: entity kinds (Person, Country, Organization,
// Place) and relation types (VISITED, MET, QUOTED, SUPPLIES, LEADS,
// AFFILIATED_WITH, ACCOMPANIED) are constants in this package, and every
// Neo4j label or relationship type that relmap writes comes from them, never
// from user text.
package graph
