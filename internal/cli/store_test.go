package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/relmap/relmap/graph"
	"github.com/relmap/relmap/graph/neo4jstore"
	"github.com/relmap/relmap/internal/neo4jtest"
)

// runRelmapIn runs relmap in-process with stdin and returns its exit code,
// stdout and stderr.
func runRelmapIn(tb testing.TB, stdin string, args ...string) (int, string, string) {
	tb.Helper()
	var stdout, stderr bytes.Buffer
	code := Run(args, strings.NewReader(stdin), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// runRelmap runs relmap in-process with empty stdin.
func runRelmap(tb testing.TB, args ...string) (int, string, string) {
	tb.Helper()
	return runRelmapIn(tb, "", args...)
}

// connArgs returns the global flags that point relmap at cfg's server.
func connArgs(cfg neo4jstore.Config) []string {
	return []string{"--uri", cfg.URI, "--username", cfg.Username, "--password", cfg.Password}
}

// closedPort returns the address of a local port that nothing listens on.
func closedPort(tb testing.TB) string {
	tb.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

func TestStoreCommandsReportAnUnreachableServer(t *testing.T) {
	uri := "bolt://" + closedPort(t)
	const password = "s3cret-not-shown"
	dir := articles(t, 2)
	for _, args := range [][]string{
		{"load", dir}, {"delete", "a.txt"}, {"schema"}, {"stats"}, {"reset", "--yes"},
	} {
		t.Run(args[0], func(t *testing.T) {
			code, out, errOut := runRelmap(t, append([]string{"--uri", uri, "--password", password}, args...)...)
			if code != ExitUnavailable {
				t.Errorf("exit %d, want %d (unavailable); stderr: %s", code, ExitUnavailable, errOut)
			}
			checkOneLineError(t, errOut, uri, password)
			if out != "" {
				t.Errorf("stdout %q, want nothing", out)
			}
		})
	}
}

func TestStoreCommandsReportRefusedCredentials(t *testing.T) {
	cfg := neo4jtest.Config(t)
	const password = "wrong-password-not-shown"
	// One attempt only: servers lock an account after a few failed logins.
	code, _, errOut := runRelmap(t, "--uri", cfg.URI, "--username", cfg.Username, "--password", password, "stats")
	if code != ExitAuth {
		t.Errorf("exit %d, want %d (credentials refused); stderr: %s", code, ExitAuth, errOut)
	}
	checkOneLineError(t, errOut, cfg.URI, password)
}

// checkOneLineError checks that stderr is one line naming uri and not
// giving away the password or a stack trace.
func checkOneLineError(t *testing.T, stderr, uri, password string) {
	t.Helper()
	if strings.Count(strings.TrimRight(stderr, "\n"), "\n") != 0 {
		t.Errorf("stderr has several lines:\n%s", stderr)
	}
	if !strings.Contains(stderr, uri) {
		t.Errorf("stderr %q does not name %s", stderr, uri)
	}
	if strings.Contains(stderr, password) || strings.Contains(stderr, "goroutine") {
		t.Errorf("stderr %q shows the password or a stack trace", stderr)
	}
}

// articles writes n articles into a new folder, named a.txt, b.txt, ...,
// each a slice of the paragraphs of the sample article in testdata, with
// neighbouring articles sharing paragraphs as news stories share facts.
func articles(tb testing.TB, n int) string {
	tb.Helper()
	data, err := os.ReadFile("../../testdata/aljazeera-putin-north-korea.txt")
	if err != nil {
		tb.Fatal(err)
	}
	var paras []string
	for _, p := range strings.Split(string(data), "\n\n") {
		if strings.TrimSpace(p) != "" {
			paras = append(paras, strings.TrimSpace(p))
		}
	}
	dir := tb.TempDir()
	for i := range n {
		var b strings.Builder
		for j := range 4 {
			b.WriteString(paras[(3*i+j)%len(paras)])
			b.WriteString("\n\n")
		}
		writeFile(tb, filepath.Join(dir, fmt.Sprintf("%c.txt", 'a'+i)), b.String())
	}
	return dir
}

func writeFile(tb testing.TB, path, text string) {
	tb.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		tb.Fatal(err)
	}
}

// loadSummaryOf runs relmap load --json with args and returns the summary.
func loadSummaryOf(t *testing.T, conn []string, args ...string) (loadSummary, int, string) {
	t.Helper()
	code, out, errOut := runRelmap(t, append(append(conn, "load", "--json"), args...)...)
	var s loadSummary
	if out != "" {
		if err := json.Unmarshal([]byte(out), &s); err != nil {
			t.Fatalf("load --json printed no summary: %v\n%s", err, out)
		}
	}
	return s, code, errOut
}

// mustLoad runs relmap load and fails t unless it succeeds.
func mustLoad(t *testing.T, conn []string, args ...string) loadSummary {
	t.Helper()
	s, code, errOut := loadSummaryOf(t, conn, args...)
	if code != ExitOK {
		t.Fatalf("load %v: exit %d, stderr: %s", args, code, errOut)
	}
	return s
}

// freshGraph empties the graph, loads paths and returns the snapshot.
func freshGraph(t *testing.T, store *neo4jstore.Store, conn []string, paths ...string) []string {
	t.Helper()
	neo4jtest.Reset(t, store)
	mustLoad(t, conn, paths...)
	return neo4jtest.Snapshot(t, store)
}

func TestLoadReloadEditDelete(t *testing.T) {
	store := neo4jtest.Open(t)
	conn := connArgs(store.Config())
	dir := articles(t, 5)

	first := mustLoad(t, conn, dir)
	if first.Created != 5 || first.Failed != 0 || first.Inputs != 5 {
		t.Fatalf("first load: %+v, want 5 documents created", first)
	}
	loaded := neo4jtest.Snapshot(t, store)

	t.Run("stats counts the documents", func(t *testing.T) {
		code, out, errOut := runRelmap(t, append(conn, "stats", "--json")...)
		var st graph.Stats
		if code != ExitOK || json.Unmarshal([]byte(out), &st) != nil {
			t.Fatalf("stats --json: exit %d, %s %s", code, out, errOut)
		}
		if st.Nodes["Document"] != 5 || st.TotalNodes != st.Nodes["Document"]+st.Nodes["Entity"] {
			t.Errorf("stats = %+v, want 5 documents and nothing but documents and entities", st)
		}
	})
	t.Run("loading again changes nothing", func(t *testing.T) {
		again := mustLoad(t, conn, dir)
		if again.Unchanged != 5 || again.RelationshipsCreated != 0 {
			t.Errorf("second load: %+v, want 5 unchanged, nothing written", again)
		}
		neo4jtest.SameGraph(t, neo4jtest.Snapshot(t, store), loaded)
	})
	t.Run("an edited article replaces its earlier version", func(t *testing.T) {
		writeFile(t, filepath.Join(dir, "c.txt"), "Vladimir Putin met Kim Jong Un in Pyongyang on Wednesday.\n")
		edit := mustLoad(t, conn, dir)
		if edit.Replaced != 1 || edit.Unchanged != 4 {
			t.Errorf("load after edit: %+v, want 1 replaced, 4 unchanged", edit)
		}
		neo4jtest.SameGraph(t, neo4jtest.Snapshot(t, store), freshGraph(t, store, conn, dir))
	})
	t.Run("delete removes exactly the document's support", func(t *testing.T) {
		code, _, errOut := runRelmap(t, append(conn, "delete", "b.txt", "d.txt")...)
		if code != ExitOK || !strings.Contains(errOut, "deleted 2 documents") {
			t.Fatalf("delete: exit %d, stderr %s", code, errOut)
		}
		got := neo4jtest.Snapshot(t, store)
		var rest []string
		for _, name := range []string{"a.txt", "c.txt", "e.txt"} {
			rest = append(rest, filepath.Join(dir, name))
		}
		neo4jtest.SameGraph(t, got, freshGraph(t, store, conn, rest...))
	})
	t.Run("deleting an unknown document is a partial failure", func(t *testing.T) {
		code, _, errOut := runRelmap(t, append(conn, "delete", "a.txt", "no-such.txt")...)
		if code != ExitPartial || !strings.Contains(errOut, "no document no-such.txt") {
			t.Errorf("delete: exit %d, stderr %s; want %d naming no-such.txt", code, errOut, ExitPartial)
		}
	})
}

func TestLoadReportsBadInputsAndLoadsTheRest(t *testing.T) {
	store := neo4jtest.Open(t)
	conn := connArgs(store.Config())
	dir := articles(t, 3)
	writeFile(t, filepath.Join(dir, "empty.txt"), "  \n")
	other := t.TempDir()
	writeFile(t, filepath.Join(other, "a.txt"), "Another article with the same file name.\n")

	s, code, errOut := loadSummaryOf(t, conn, dir, filepath.Join(dir, "missing.txt"), other)
	if code != ExitPartial {
		t.Errorf("exit %d, want %d; stderr: %s", code, ExitPartial, errOut)
	}
	if s.Created != 3 || s.Failed != 3 || s.Inputs != 6 {
		t.Errorf("summary %+v, want 3 created and 3 failed of 6", s)
	}
	for _, want := range []string{"empty.txt", "missing.txt", "a.txt is already taken"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr does not mention %q:\n%s", want, errOut)
		}
	}
	if !strings.Contains(errOut, "3 of 6 inputs failed") {
		t.Errorf("stderr lacks the closing count:\n%s", errOut)
	}
}

func TestLoadFromStandardInputAndHumanSummary(t *testing.T) {
	store := neo4jtest.Open(t)
	conn := connArgs(store.Config())
	code, out, errOut := runRelmapIn(t, "Vladimir Putin arrived in Pyongyang on Wednesday.\n", append(conn, "load", "-")...)
	if code != ExitOK || out != "" {
		t.Fatalf("load -: exit %d, stdout %q, stderr %s", code, out, errOut)
	}
	if !strings.Contains(errOut, "documents: 1 new, 0 replaced, 0 unchanged, 0 failed (of 1 inputs)") {
		t.Errorf("summary on stderr:\n%s", errOut)
	}
	if strings.Contains(errOut, "\r") {
		t.Errorf("progress bar drawn on a stderr that is not a terminal: %q", errOut)
	}
	res, err := store.Query(t.Context(), "MATCH (d:Document) RETURN d.id, d.source", nil, 0)
	if err != nil || len(res.Rows) != 1 || res.Rows[0][0] != "stdin" {
		t.Errorf("documents after load -: %v %v, want one with id stdin", res.Rows, err)
	}
}

func TestTwoLoadsAtOnceLeaveNoDuplicates(t *testing.T) {
	store := neo4jtest.Open(t)
	conn := connArgs(store.Config())
	dir := articles(t, 9)
	want := freshGraph(t, store, conn, dir)
	neo4jtest.Reset(t, store)

	var first, second []string
	for i, name := range []string{"a", "b", "c", "d", "e", "f", "g", "h", "i"} {
		p := filepath.Join(dir, name+".txt")
		if i < 6 {
			first = append(first, p)
		}
		if i >= 3 {
			second = append([]string{p}, second...)
		}
	}
	var wg sync.WaitGroup
	codes := make([]int, 2)
	errs := make([]string, 2)
	for i, paths := range [][]string{first, second} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			codes[i], _, errs[i] = runRelmap(t, append(append(conn, "load", "--batch", "20"), paths...)...)
		}()
	}
	wg.Wait()
	for i := range codes {
		if codes[i] != ExitOK {
			t.Fatalf("loader %d: exit %d, stderr: %s", i, codes[i], errs[i])
		}
	}
	neo4jtest.SameGraph(t, neo4jtest.Snapshot(t, store), want)
}

func TestSchemaCommand(t *testing.T) {
	store := neo4jtest.Open(t)
	conn := connArgs(store.Config())
	code, out, errOut := runRelmap(t, append(conn, "schema")...)
	if code != ExitOK {
		t.Fatalf("schema: exit %d, stderr %s", code, errOut)
	}
	for _, want := range []string{"person_id", "entity_id", "document_id", "visited_doc", "entity_names", "ONLINE"} {
		if !strings.Contains(out, want) {
			t.Errorf("schema output lacks %s:\n%s", want, out)
		}
	}
	code, out, _ = runRelmap(t, append(conn, "schema", "--json")...)
	var sch neo4jstore.Schema
	if code != ExitOK || json.Unmarshal([]byte(out), &sch) != nil || len(sch.Constraints) < 6 {
		t.Errorf("schema --json: exit %d, %s", code, out)
	}
}

func TestResetAsksFirst(t *testing.T) {
	store := neo4jtest.Open(t)
	conn := connArgs(store.Config())
	mustLoad(t, conn, articles(t, 2))

	code, _, errOut := runRelmap(t, append(conn, "reset")...)
	if code != ExitUsage || !strings.Contains(errOut, "--yes") {
		t.Errorf("reset without a terminal or --yes: exit %d, stderr %s; want %d asking for --yes", code, errOut, ExitUsage)
	}
	if n := len(neo4jtest.Snapshot(t, store)); n == 0 {
		t.Fatal("reset without --yes deleted the graph")
	}
	code, _, errOut = runRelmap(t, append(conn, "reset", "--yes")...)
	if code != ExitOK || !strings.Contains(errOut, "deleted") {
		t.Errorf("reset --yes: exit %d, stderr %s", code, errOut)
	}
	if got := neo4jtest.Snapshot(t, store); len(got) != 0 {
		t.Errorf("after reset --yes the graph has %d lines, first %s", len(got), got[0])
	}
}

func TestStoreCommandsHaveExamples(t *testing.T) {
	for _, cmd := range []string{"load", "delete", "schema", "stats", "reset"} {
		code, out, _ := runRelmap(t, cmd, "--help")
		if code != ExitOK || !strings.Contains(out, "Examples:") || !strings.Contains(out, "relmap "+cmd) {
			t.Errorf("%s --help: exit %d, no examples:\n%s", cmd, code, out)
		}
	}
}
