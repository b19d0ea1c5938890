// Package queries holds relmap's canned Cypher queries and the code that
// reads them.
//
// Each query lives in its own file, queries/<name>.cypher: one read-only
// statement below a header of line comments that names it, describes it in
// one line, declares its parameters and lists the columns it returns:
//
//	// name: visits
//	// description: who went where, and when
//	// param: entity string "" — only visits by or to this entity (any alias, any case)
//	// param: limit int 100 — at most this many rows
//	// columns: person, place, date, modality, document, sentence
//	MATCH ...
//
// A parameter line gives the name, the type (string, int, float or bool),
// then either a default written as a Go literal ("" or "Putin" for strings,
// 10, 0.5, true) or the word required, then a dash and a description.
// Values reach the statement only as parameters ($entity); the parser
// rejects a statement that uses a parameter the header does not declare, or
// declares one it never uses.
//
// The files are embedded in the binary; Load reads them from any fs.FS so
// that tests can substitute their own.
package queries
