package cli

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/relmap/relmap/internal/neo4jtest"
)

func TestLoadAgainAfterTheServerStopsGivesTheSameGraph(t *testing.T) {
	ctl := os.Getenv("RELMAP_NEO4J_CTL")
	if ctl == "" {
		t.Skip("set RELMAP_NEO4J_CTL=/path/to/scripts/neo4j to let this test stop and start the server (scripts/test does)")
	}
	server := func(action string) {
		t.Helper()
		if out, err := exec.Command(ctl, action).CombinedOutput(); err != nil {
			t.Fatalf("%s %s: %v\n%s", ctl, action, err, out)
		}
	}
	store := neo4jtest.Open(t)
	conn := connArgs(store.Config())

	// Many articles, written a few rows per transaction, so that the
	// server stops while the load is under way.
	src := articles(t, 12)
	dir := t.TempDir()
	names, _ := filepath.Glob(filepath.Join(src, "*.txt"))
	for i := range 600 {
		data, err := os.ReadFile(names[i%len(names)])
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, fmt.Sprintf("article-%04d.txt", i)), string(data)+fmt.Sprintf("\nUpdate %d.\n", i))
	}
	args := append(conn, "load", "--batch", "60", dir)
	want := freshGraph(t, store, conn, dir)
	neo4jtest.Reset(t, store)

	type result struct {
		code   int
		stderr string
	}
	done := make(chan result, 1)
	go func() {
		code, _, errOut := runRelmap(t, args...)
		done <- result{code, errOut}
	}()
	// Stop the server once some documents are in.
	for {
		res, err := store.Query(t.Context(), "MATCH (d:Document) RETURN count(d)", nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		if n, _ := res.Rows[0][0].(int64); n >= 30 {
			break
		}
		select {
		case r := <-done:
			t.Fatalf("the load ended before the server could be stopped: exit %d, %s", r.code, r.stderr)
		case <-time.After(50 * time.Millisecond):
		}
	}
	stopped := true
	t.Cleanup(func() {
		if stopped {
			server("start")
		}
	})
	server("stop")
	r := <-done
	if r.code != ExitUnavailable || !strings.Contains(r.stderr, store.Config().URI) {
		t.Errorf("load cut short: exit %d, stderr %q; want %d naming the server", r.code, r.stderr, ExitUnavailable)
	}
	server("start")
	stopped = false

	again := mustLoad(t, conn, "--batch", "60", dir)
	if again.Unchanged == 0 || again.Created == 0 {
		t.Errorf("rerun: %+v, want documents written before the stop unchanged and the rest created", again)
	}
	neo4jtest.SameGraph(t, neo4jtest.Snapshot(t, store), want)
}
