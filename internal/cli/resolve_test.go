package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/relmap/relmap/internal/neo4jtest"
)

// lankovFiles writes two articles: one names Andrei Lankov in full, the
// other only ever says "Mr Lankov".
func lankovFiles(tb testing.TB) (full, short string) {
	tb.Helper()
	dir := tb.TempDir()
	full = filepath.Join(dir, "full.txt")
	short = filepath.Join(dir, "short.txt")
	files := map[string]string{
		full: "---\ntitle: Talks in Seoul\noutlet: Test Wire\npublished: 2024-06-20\n---\n" +
			"Andrei Lankov, a professor at Kookmin University in Seoul, said the treaty was historic. " +
			"Lankov met Kim Jong Un in Pyongyang in 2019.\n",
		short: "---\ntitle: Reaction\noutlet: Test Wire\npublished: 2024-06-21\n---\n" +
			"Mr Lankov told Al Jazeera that the pact changed little. " +
			"Mr Lankov later visited Vladivostok and met Kim Jong Un.\n",
	}
	for path, text := range files {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return full, short
}

// TestLoadResolvesAgainstTheGraph loads an article that names a person in
// full and one that gives only the surname, together and one at a time in
// either order: each way ends in the same graph, with one Andrei Lankov.
func TestLoadResolvesAgainstTheGraph(t *testing.T) {
	store := neo4jtest.Open(t)
	conn := connArgs(store.Config())
	full, short := lankovFiles(t)
	load := func(files ...string) string {
		t.Helper()
		code, _, errOut := runRelmap(t, append(append(conn, "load"), files...)...)
		if code != 0 {
			t.Fatalf("load %v: exit %d: %s", files, code, errOut)
		}
		return errOut
	}

	load(short, full)
	together := neo4jtest.Snapshot(t, store)
	lankovs := 0
	for _, line := range together {
		if strings.HasPrefix(line, "node :Entity:Person") && strings.Contains(line, "Lankov") {
			lankovs++
		}
	}
	if lankovs != 1 {
		t.Fatalf("loaded together, the graph has %d Lankovs, want 1:\n%s", lankovs, strings.Join(together, "\n"))
	}

	neo4jtest.Reset(t, store)
	load(short)
	if msg := load(full); !strings.Contains(msg, "resolved into others: 1") {
		t.Errorf("loading the full name after the surname says %q, want one entity resolved", msg)
	}
	neo4jtest.SameGraph(t, neo4jtest.Snapshot(t, store), together)

	neo4jtest.Reset(t, store)
	load(full)
	load(short)
	neo4jtest.SameGraph(t, neo4jtest.Snapshot(t, store), together)

	// The same files again change nothing.
	load(full, short)
	neo4jtest.SameGraph(t, neo4jtest.Snapshot(t, store), together)
}
