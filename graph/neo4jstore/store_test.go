package neo4jstore_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/relmap/relmap/graph"
	"github.com/relmap/relmap/graph/neo4jstore"
	"github.com/relmap/relmap/internal/neo4jtest"
)

func TestMain(m *testing.M) { neo4jtest.Main(m) }

var (
	snapshot = neo4jtest.Snapshot
	diff     = neo4jtest.SameGraph
)

func mustJSON(tb testing.TB, v any) string {
	tb.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// load writes xs and fails tb on any error.
func load(tb testing.TB, s *neo4jstore.Store, xs []graph.Extraction, opts graph.LoadOptions) graph.LoadResult {
	tb.Helper()
	res, err := s.Load(context.Background(), xs, opts)
	if err != nil {
		tb.Fatalf("load: %v", err)
	}
	return res
}

// fresh empties the graph, loads xs and returns the snapshot: what the
// graph must look like after any sequence of loads ending in xs.
func fresh(tb testing.TB, s *neo4jstore.Store, xs []graph.Extraction) []string {
	tb.Helper()
	neo4jtest.Reset(tb, s)
	load(tb, s, xs, graph.LoadOptions{})
	return snapshot(tb, s)
}

// checkCounts fails tb unless every entity's claims and mentions
// properties equal its claim relationships and the documents that mention
// it, counted afresh.
func checkCounts(tb testing.TB, s *neo4jstore.Store) {
	tb.Helper()
	res, err := s.Query(context.Background(), `
		MATCH (e:Entity)
		WITH e, COUNT { (e)-[r]-() WHERE type(r) <> 'MENTIONS' } AS claims,
		     COUNT { (e)<-[:MENTIONS]-(:Document) } AS mentions
		RETURN e.id, e.claims, claims, e.mentions, mentions ORDER BY e.id`, nil, time.Minute)
	if err != nil {
		tb.Fatal(err)
	}
	if len(res.Rows) == 0 {
		tb.Fatal("no entities to check the counts of")
	}
	for _, r := range res.Rows {
		if r[1] != r[2] || r[3] != r[4] {
			tb.Errorf("entity %v: claims %v, mentions %v stored; %v and %v counted", r[0], r[1], r[3], r[2], r[4])
		}
	}
}

// entityCounts returns the stored claims and mentions of the entity id.
func entityCounts(tb testing.TB, s *neo4jstore.Store, id string) [2]any {
	tb.Helper()
	res, err := s.Query(context.Background(), "MATCH (e:Entity {id: $id}) RETURN e.claims, e.mentions", map[string]any{"id": id}, time.Minute)
	if err != nil || len(res.Rows) != 1 {
		tb.Fatalf("counts of %s: %v %v", id, res.Rows, err)
	}
	return [2]any{res.Rows[0][0], res.Rows[0][1]}
}

// article is a small hand-written extraction.
func article(id, text string, entities []graph.Entity, rels ...graph.Relation) graph.Extraction {
	x := graph.Extraction{
		Document: graph.Document{ID: id, Title: "About " + id, Outlet: "Test", Hash: fmt.Sprintf("%x", text), Text: text},
		Entities: entities,
		Mentions: map[string]int{},
	}
	for _, e := range entities {
		x.Mentions[e.ID] = strings.Count(text, strings.Fields(e.Name)[0])
	}
	for _, r := range rels {
		i := strings.Index(text, r.Evidence.Sentence)
		r.Evidence.DocumentID, r.Evidence.Start, r.Evidence.End = id, i, i+len(r.Evidence.Sentence)
		x.Relations = append(x.Relations, r)
	}
	return x
}

var (
	putin     = graph.Entity{ID: "person:vladimir-putin", Kind: graph.Person, Name: "Vladimir Putin", Aliases: []string{"Putin", "Vladimir Putin"}}
	kim       = graph.Entity{ID: "person:kim-jong-un", Kind: graph.Person, Name: "Kim Jong Un", Aliases: []string{"Kim", "Kim Jong Un"}}
	northKor  = graph.Entity{ID: "country:north-korea", Kind: graph.Country, Name: "North Korea", Aliases: []string{"North Korea", "Pyongyang"}}
	vietnam   = graph.Entity{ID: "country:vietnam", Kind: graph.Country, Name: "Vietnam", Aliases: []string{"Vietnam"}}
	aljazeera = graph.Entity{ID: "organization:al-jazeera", Kind: graph.Organization, Name: "Al Jazeera", Aliases: []string{"Al Jazeera"}}
)

func claim(t graph.RelType, from, to graph.Entity, m graph.Modality, sentence string) graph.Relation {
	return graph.Relation{Type: t, From: from.ID, To: to.ID, Modality: m, Evidence: graph.Evidence{Sentence: sentence, Rule: "test"}}
}

// twoArticles returns two articles that share entities and one claim.
func twoArticles() (a, b graph.Extraction) {
	putinA := putin
	putinA.Aliases = []string{"Mr Putin", "Putin", "Vladimir Putin"}
	a = article("a.txt", "Putin will visit North Korea. Putin met Kim.",
		[]graph.Entity{putinA, kim, northKor},
		claim(graph.Visited, putin, northKor, graph.Planned, "Putin will visit North Korea."),
		claim(graph.Met, putin, kim, graph.Asserted, "Putin met Kim."))
	b = article("b.txt", "Kim met Vladimir Putin, Al Jazeera reports. Putin then went to Vietnam.",
		[]graph.Entity{kim, putin, vietnam, aljazeera},
		claim(graph.Met, kim, putin, graph.Asserted, "Kim met Vladimir Putin, Al Jazeera reports."),
		claim(graph.Visited, putin, vietnam, graph.Asserted, "Putin then went to Vietnam."))
	return a, b
}

func TestLoadTwiceChangesNothing(t *testing.T) {
	s := neo4jtest.Open(t)
	xs := corpusSpec{seed: 1, docs: 40, claims: 12, entities: 15}.generate()

	first := load(t, s, xs, graph.LoadOptions{})
	if first.Created != len(xs) || first.Unchanged != 0 {
		t.Fatalf("first load: %+v, want %d created", first, len(xs))
	}
	want := snapshot(t, s)
	checkCounts(t, s)

	again := load(t, s, xs, graph.LoadOptions{})
	if again.Unchanged != len(xs) || again.Created+again.Replaced != 0 || again.RelationshipsCreated != 0 {
		t.Errorf("second load: %+v, want all %d unchanged and nothing written", again, len(xs))
	}
	diff(t, snapshot(t, s), want)

	forced := load(t, s, xs, graph.LoadOptions{Force: true})
	if forced.Replaced != len(xs) {
		t.Errorf("forced load: %+v, want all %d replaced", forced, len(xs))
	}
	diff(t, snapshot(t, s), want)
	checkCounts(t, s)
}

func TestLoadingAnEditedDocumentReplacesExactlyItsClaims(t *testing.T) {
	s := neo4jtest.Open(t)
	a, b := twoArticles()
	load(t, s, []graph.Extraction{a, b}, graph.LoadOptions{})
	// Putin: two meetings and two visits, in both documents.
	if got, want := entityCounts(t, s, putin.ID), [2]any{int64(4), int64(2)}; got != want {
		t.Errorf("Putin's claims and mentions before the edit = %v, want %v", got, want)
	}

	// The edit drops the visit and the meeting's evidence changes; North
	// Korea and its alias "Pyongyang" lose their only support, and Kim
	// gains an alias.
	kim2 := kim
	kim2.Aliases = []string{"Kim", "Kim Jong Un", "Mr Kim"}
	edited := article("a.txt", "Putin met Mr Kim in private.",
		[]graph.Entity{putin, kim2},
		claim(graph.Met, kim2, putin, graph.Alleged, "Putin met Mr Kim in private."))
	res := load(t, s, []graph.Extraction{edited}, graph.LoadOptions{})
	if res.Replaced != 1 || res.EntitiesRemoved != 1 {
		t.Errorf("load result %+v, want 1 replaced and 1 entity (North Korea) removed", res)
	}
	checkCounts(t, s)
	// Putin lost a.txt's visit: a meeting in each document, a visit in b.txt.
	if got, want := entityCounts(t, s, putin.ID), [2]any{int64(3), int64(2)}; got != want {
		t.Errorf("Putin's claims and mentions after the edit = %v, want %v", got, want)
	}
	got := snapshot(t, s)
	diff(t, got, fresh(t, s, []graph.Extraction{edited, b}))

	for _, line := range got {
		if strings.Contains(line, "north-korea") || strings.Contains(line, "Pyongyang") {
			t.Errorf("the edited-out entity survived: %s", line)
		}
	}
}

func TestDeleteRemovesExactlyWhatOnlyTheDocumentSupported(t *testing.T) {
	s := neo4jtest.Open(t)
	a, b := twoArticles()
	xs := corpusSpec{seed: 2, docs: 30, claims: 10, entities: 12}.generate()
	all := append([]graph.Extraction{a, b}, xs...)
	load(t, s, all, graph.LoadOptions{})

	gone := []string{"a.txt", xs[3].Document.ID, xs[17].Document.ID}
	res, err := s.Delete(context.Background(), append(slices.Clone(gone), "no-such.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(res.Missing, []string{"no-such.txt"}) || len(res.Deleted) != 3 {
		t.Errorf("delete result %+v, want 3 deleted and no-such.txt missing", res)
	}
	checkCounts(t, s)
	// Putin keeps b.txt's meeting and visit and its mention.
	if got, want := entityCounts(t, s, putin.ID), [2]any{int64(2), int64(1)}; got != want {
		t.Errorf("Putin's claims and mentions after the delete = %v, want %v", got, want)
	}
	got := snapshot(t, s)

	var rest []graph.Extraction
	for _, x := range all {
		if !slices.Contains(gone, x.Document.ID) {
			rest = append(rest, x)
		}
	}
	diff(t, got, fresh(t, s, rest))
	// Kim and Putin still stand on b.txt, but a.txt's aliases went with it.
	for _, line := range got {
		if strings.Contains(line, "Mr Putin") {
			t.Errorf("an alias only a.txt used survived: %s", line)
		}
	}
}

func TestEveryClaimKeepsItsDocumentAndEvidence(t *testing.T) {
	s := neo4jtest.Open(t)
	a, b := twoArticles()
	load(t, s, []graph.Extraction{a, b}, graph.LoadOptions{})

	res, err := s.Query(context.Background(),
		"MATCH (x)-[r:MET]->(y) RETURN x.id, y.id, r.doc, r.modality, r.sentence, r.start, r.end, r.rule ORDER BY r.doc", nil, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]any{
		{kim.ID, putin.ID, "a.txt", "asserted", "Putin met Kim.", int64(30), int64(44), "test"},
		{kim.ID, putin.ID, "b.txt", "asserted", "Kim met Vladimir Putin, Al Jazeera reports.", int64(0), int64(43), "test"},
	}
	if got := res.Rows; mustJSON(t, got) != mustJSON(t, want) {
		t.Errorf("MET claims:\n got %v\nwant %v", got, want)
	}
	res, err = s.Query(context.Background(),
		"MATCH (d:Document {id: 'b.txt'})-[m:MENTIONS]->(e:Entity) RETURN e.id, m.count, m.aliases ORDER BY e.id", nil, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(res.Rows), 4; got != want {
		t.Errorf("b.txt mentions %d entities, want %d", got, want)
	}
	res, err = s.Query(context.Background(), "MATCH (e:Person {id: $id}) RETURN e.aliases, e.name, e.kind, labels(e)", map[string]any{"id": putin.ID}, time.Minute)
	if err != nil || len(res.Rows) != 1 {
		t.Fatalf("Putin: %v %v", res.Rows, err)
	}
	if got, want := mustJSON(t, res.Rows[0][:3]), `[["Mr Putin","Putin","Vladimir Putin"],"Vladimir Putin","Person"]`; got != want {
		t.Errorf("Putin = %s, want %s", got, want)
	}
}

func TestConcurrentLoadersLeaveNoDuplicates(t *testing.T) {
	s := neo4jtest.Open(t)
	xs := corpusSpec{seed: 3, docs: 120, claims: 15, entities: 10}.generate()
	want := fresh(t, s, xs)
	neo4jtest.Reset(t, s)

	// Two loaders over overlapping halves, in opposite orders, with small
	// batches so that their transactions interleave.
	first := slices.Clone(xs[:80])
	second := slices.Clone(xs[40:])
	slices.Reverse(second)
	cfg := s.Config()
	cfg.BatchRows = 100
	var stores []*neo4jstore.Store
	for range 2 {
		st, err := neo4jstore.Open(context.Background(), cfg)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close(context.Background())
		stores = append(stores, st)
	}
	var wg sync.WaitGroup
	errs := make([]error, 2)
	results := make([]graph.LoadResult, 2)
	for i, st := range stores {
		part := [][]graph.Extraction{first, second}[i]
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], errs[i] = st.Load(context.Background(), part, graph.LoadOptions{})
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	if got := results[0].Created + results[1].Created; got != len(xs) {
		t.Errorf("documents created by both loaders = %d, want %d (each exactly once)", got, len(xs))
	}
	diff(t, snapshot(t, s), want)
	checkCounts(t, s)
}

func TestLoadReportsBadDocumentsAndWritesTheRest(t *testing.T) {
	s := neo4jtest.Open(t)
	a, b := twoArticles()
	bad := a
	bad.Document.ID = "bad.txt"
	bad.Relations = []graph.Relation{claim(graph.Leads, vietnam, putin, graph.Asserted, "Putin will visit North Korea.")}
	noHash := b
	noHash.Document.ID, noHash.Document.Hash = "nohash.txt", ""
	_, err := s.Load(context.Background(), []graph.Extraction{a, bad, noHash, b}, graph.LoadOptions{})
	var lerr *neo4jstore.LoadError
	if !errors.As(err, &lerr) {
		t.Fatalf("Load error = %v, want a *LoadError", err)
	}
	var ids []string
	for _, f := range lerr.Failed {
		ids = append(ids, f.ID)
	}
	if want := []string{"bad.txt", "nohash.txt"}; !slices.Equal(ids, want) {
		t.Errorf("failed documents %v, want %v", ids, want)
	}
	diff(t, snapshot(t, s), fresh(t, s, []graph.Extraction{a, b}))
}

func TestSchemaAndStats(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make([]error, 3)
	for i := range errs {
		wg.Add(1)
		go func() { defer wg.Done(); errs[i] = s.ApplySchema(ctx) }()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatalf("ApplySchema three times at once: %v", err)
	}
	sch, err := s.Schema(ctx)
	if err != nil {
		t.Fatal(err)
	}
	unique := map[string]bool{}
	for _, c := range sch.Constraints {
		if c.Type == "UNIQUENESS" && slices.Equal(c.Properties, []string{"id"}) {
			unique[strings.Join(c.On, "|")] = true
		}
	}
	for _, l := range []string{"Document", "Entity", "Person", "Country", "Organization", "Place"} {
		if !unique[l] {
			t.Errorf("no uniqueness constraint on :%s(id); have %v", l, unique)
		}
	}
	docIndex := map[string]bool{}
	for _, ix := range sch.Indexes {
		if ix.EntityType == "RELATIONSHIP" && slices.Equal(ix.Properties, []string{"doc"}) {
			docIndex[strings.Join(ix.On, "|")] = true
		}
	}
	for _, rt := range graph.RelTypes {
		if !docIndex[string(rt)] {
			t.Errorf("no index on [:%s].doc", rt)
		}
	}

	a, b := twoArticles()
	load(t, s, []graph.Extraction{a, b}, graph.LoadOptions{})
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := graph.Stats{
		Nodes: map[string]int64{"Document": 2, "Entity": 5, "Person": 2, "Country": 2, "Organization": 1, "Place": 0},
		Relationships: map[string]int64{"MENTIONS": 7, "VISITED": 2, "MET": 2, "QUOTED": 0, "SUPPLIES": 0,
			"LEADS": 0, "AFFILIATED_WITH": 0, "ACCOMPANIED": 0},
		TotalNodes: 7, TotalRelationships: 11,
	}
	if got := mustJSON(t, st); got != mustJSON(t, want) {
		t.Errorf("stats = %s\nwant %s", got, mustJSON(t, want))
	}
}

func TestEntityNamesAndAliasesDoNotDependOnLoadOrder(t *testing.T) {
	s := neo4jtest.Open(t)
	a, b := twoArticles()
	kimB := kim
	kimB.Name, kimB.Aliases = "Kim Jong-un", []string{"Kim", "Kim Jong-un"}
	for i, e := range b.Entities {
		if e.ID == kim.ID {
			b.Entities[i] = kimB
		}
	}
	load(t, s, []graph.Extraction{a}, graph.LoadOptions{})
	load(t, s, []graph.Extraction{b}, graph.LoadOptions{})
	abThenB := snapshot(t, s)
	neo4jtest.Reset(t, s)
	load(t, s, []graph.Extraction{b}, graph.LoadOptions{})
	load(t, s, []graph.Extraction{a}, graph.LoadOptions{})
	diff(t, snapshot(t, s), abThenB)

	res, err := s.Query(context.Background(), "MATCH (e:Entity {id: $id}) RETURN e.name, e.aliases", map[string]any{"id": kim.ID}, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := mustJSON(t, res.Rows), `[["Kim Jong Un",["Kim","Kim Jong Un","Kim Jong-un"]]]`; got != want {
		t.Errorf("Kim after both loads = %s, want %s", got, want)
	}
	if _, err := s.Delete(context.Background(), []string{"a.txt"}); err != nil {
		t.Fatal(err)
	}
	diff(t, snapshot(t, s), fresh(t, s, []graph.Extraction{b}))
}
