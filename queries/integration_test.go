package queries_test

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/relmap/relmap/graph/neo4jstore"
	"github.com/relmap/relmap/internal/neo4jtest"
	"github.com/relmap/relmap/internal/output"
	"github.com/relmap/relmap/queries"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func TestMain(m *testing.M) { neo4jtest.Main(m) }

// run runs the canned query name with the raw parameters and returns its
// rows in the declared column order.
func run(tb testing.TB, store *neo4jstore.Store, name string, raw map[string]string) (queries.Query, [][]any) {
	tb.Helper()
	set, err := queries.Default()
	if err != nil {
		tb.Fatal(err)
	}
	q, err := set.Get(name)
	if err != nil {
		tb.Fatal(err)
	}
	params, err := q.Bind(raw)
	if err != nil {
		tb.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	// The statement as Browser runs it, whose columns must be the declared
	// ones, and packed as relmap runs it: the same rows in the same order.
	res, err := store.Query(ctx, q.Cypher, params, 30*time.Second)
	if err != nil {
		tb.Fatalf("%s %v: %v", name, raw, err)
	}
	rows, err := q.Arrange(res.Columns, res.Rows)
	if err != nil {
		tb.Fatal(err)
	}
	res, err = store.Query(ctx, q.Packed(), params, 30*time.Second)
	if err != nil {
		tb.Fatalf("%s %v packed: %v", name, raw, err)
	}
	packed, err := q.Unpack(res.Columns, res.Rows)
	if err != nil {
		tb.Fatal(err)
	}
	if !reflect.DeepEqual(packed, rows) {
		tb.Fatalf("%s %v: packed rows differ:\n%v\nwant\n%v", name, raw, packed, rows)
	}
	return q, rows
}

// goldenCases are the canned queries with the parameters whose exact rows
// on the seed graph are pinned in testdata/<case>.golden.json.
var goldenCases = []struct {
	file  string
	query string
	param map[string]string
}{
	{"visits", "visits", nil},
	{"visits-putin", "visits", map[string]string{"entity": "PUTIN"}},
	{"meetings", "meetings", nil},
	{"meetings-kim-jong-un", "meetings", map[string]string{"entity": "kim jong-un"}},
	{"quotes", "quotes", nil},
	{"quotes-lankov", "quotes", map[string]string{"entity": "Lankov"}},
	{"supplies", "supplies", nil},
	{"supplies-pyongyang", "supplies", map[string]string{"entity": "north korea", "limit": "1"}},
	{"entity-kim", "entity", map[string]string{"name": "Kim Jong-un"}},
	{"entity-easley", "entity", map[string]string{"name": "easley"}},
	{"path-lankov-kim", "path", map[string]string{"from": "Lankov", "to": "Kim Jong Un"}},
	{"path-belousov-easley", "path", map[string]string{"from": "Andrei Belousov", "to": "Leif-Eric Easley", "limit": "2"}},
	{"evidence-putin-kim", "evidence", map[string]string{"from": "Putin", "to": "Kim Jong Un"}},
	{"evidence-north-korea-russia", "evidence", map[string]string{"from": "North Korea", "to": "Russia"}},
	{"timeline", "timeline", nil},
	{"timeline-kim", "timeline", map[string]string{"entity": "Kim"}},
	{"connected", "connected", map[string]string{"limit": "5"}},
	{"documents", "documents", nil},
	{"cooccurrence", "cooccurrence", map[string]string{"limit": "8"}},
	{"cooccurrence-lankov", "cooccurrence", map[string]string{"entity": "andrei lankov", "limit": "5"}},
}

// TestCannedQueriesOnSeedGraph pins the exact rows of every canned query
// on the graph of the seed article. Run with -update to rewrite them.
func TestCannedQueriesOnSeedGraph(t *testing.T) {
	store := neo4jtest.Open(t)
	loadGold(t, store, seedArticle)
	covered := map[string]bool{}
	for _, tc := range goldenCases {
		t.Run(tc.file, func(t *testing.T) {
			q, rows := run(t, store, tc.query, tc.param)
			covered[tc.query] = true
			if len(rows) == 0 {
				t.Errorf("%s %v returned no rows on the seed graph", tc.query, tc.param)
			}
			var got bytes.Buffer
			if err := output.Write(&got, output.JSON, q.Columns, rows, output.Options{}); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", tc.file+".golden.json")
			if *update {
				if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got.String() != string(want) {
				t.Errorf("%s %v rows differ from %s:\n%s", tc.query, tc.param, golden, diff(string(want), got.String()))
			}
		})
	}
	set, _ := queries.Default()
	for _, n := range set.Names() {
		if !covered[n] {
			t.Errorf("canned query %s has no golden case", n)
		}
	}
}

// diff shows the first lines where want and got part.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < max(len(w), len(g)) && shown < 6; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			b.WriteString("line " + strconv.Itoa(i+1) + ":\n  want " + wl + "\n  got  " + gl + "\n")
			shown++
		}
	}
	return b.String()
}

// TestPathWithoutConnectionEndsEmpty checks that path answers, with no
// rows, when the two entities are not joined by any chain of claims.
func TestPathWithoutConnectionEndsEmpty(t *testing.T) {
	store := neo4jtest.Open(t)
	loadGold(t, store, seedArticle)
	// Asia is only mentioned: no claim touches it.
	_, rows := run(t, store, "path", map[string]string{"from": "asia", "to": "Vladimir Putin"})
	if len(rows) != 0 {
		t.Errorf("path Asia -> Putin = %v, want no rows", rows)
	}
	// Names reach the full-text index escaped: quotes, backslashes, Lucene
	// operators and text without words find nothing and raise no error.
	for _, name := range []string{"nobody at all", `Kim "Jong\ Un`, "Putin OR Kim", "*", "—", ")"} {
		_, rows = run(t, store, "entity", map[string]string{"name": name})
		if len(rows) != 0 {
			t.Errorf("entity %q = %v, want no rows", name, rows)
		}
	}
}

// TestCannedQueriesOnCorpusGraph runs the queries on the seed and the dev
// articles together, where edges and co-mentions come from several
// documents.
func TestCannedQueriesOnCorpusGraph(t *testing.T) {
	articles := append([]string{seedArticle}, devArticles(t)...)
	store := neo4jtest.Open(t)
	loadGold(t, store, articles...)

	_, rows := run(t, store, "documents", nil)
	if got, want := len(rows), len(articles); got != want {
		t.Errorf("documents: %d rows, want %d", got, want)
	}
	docsOf := func(rows [][]any, col int) map[string]bool {
		seen := map[string]bool{}
		for _, r := range rows {
			if s, ok := r[col].(string); ok {
				seen[s] = true
			}
		}
		return seen
	}
	q, rows := run(t, store, "evidence", map[string]string{"from": "kim jong-un", "to": "PUTIN"})
	if docs := docsOf(rows, slices.Index(q.Columns, "document")); len(docs) < 2 {
		t.Errorf("evidence Kim-Putin comes from %d documents, want several: %v", len(docs), docs)
	}
	q, rows = run(t, store, "meetings", map[string]string{"entity": "Putin"})
	if docs := docsOf(rows, slices.Index(q.Columns, "document")); len(docs) < 2 {
		t.Errorf("meetings of Putin reported by %d documents, want several", len(docs))
	}
	_, rows = run(t, store, "cooccurrence", map[string]string{"limit": "1"})
	if len(rows) != 1 || rows[0][2].(int64) < 3 {
		t.Errorf("top co-mentioned pair = %v, want one pair in at least 3 documents", rows)
	}
	_, rows = run(t, store, "connected", map[string]string{"limit": "1"})
	if len(rows) != 1 || output.Text(rows[0][0]) != "Vladimir Putin" {
		t.Errorf("most connected = %v, want Vladimir Putin", rows)
	}
	q, rows = run(t, store, "timeline", map[string]string{"limit": "1000"})
	for i := 1; i < len(rows); i++ {
		if output.Text(rows[i-1][0]) > output.Text(rows[i][0]) {
			t.Fatalf("timeline out of order at row %d: %v after %v", i, rows[i][0], rows[i-1][0])
		}
	}
	if len(rows) == 0 || q.Columns[0] != "date" {
		t.Errorf("timeline: %d rows under %v, want dated claims", len(rows), q.Columns)
	}
}
