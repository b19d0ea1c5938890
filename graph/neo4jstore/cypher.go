package neo4jstore

import (
	"embed"
	"fmt"
	"strings"
)

// cypherFiles holds every statement the store runs, one per file.
//
//go:embed cypher/*.cypher
var cypherFiles embed.FS

// statement returns the Cypher text of cypher/<name>.cypher. It panics if
// the file is missing, which a unit test rules out for every name used.
func statement(name string) string {
	b, err := cypherFiles.ReadFile("cypher/" + name + ".cypher")
	if err != nil {
		panic(fmt.Sprintf("neo4jstore: missing statement %s: %v", name, err))
	}
	return string(b)
}

// statementFor returns the statement named name with the placeholder
// names in repl replaced, e.g. $$TYPE with a relationship type from the
// closed vocabulary. Values never pass through here; they travel as
// parameters.
func statementFor(name string, repl ...string) string {
	return strings.NewReplacer(repl...).Replace(statement(name))
}
