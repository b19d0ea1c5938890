package queries_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/relmap/relmap/eval"
	"github.com/relmap/relmap/graph"
	"github.com/relmap/relmap/graph/neo4jstore"
)

// seedArticle is the article the seed graph is drawn from, with its gold
// annotation beside it.
const seedArticle = "../testdata/aljazeera-putin-north-korea.txt"

// devCorpus holds more annotated articles, read in place.
const devCorpus = "../../shared/corpus/dev"

// loadGold writes the graph that the gold annotations of articles describe
// into store, through the store's own Load. Building the fixture from gold
// keeps the expected rows independent of how well the extractor does.
func loadGold(tb testing.TB, store *neo4jstore.Store, articles ...string) {
	tb.Helper()
	var xs []graph.Extraction
	for _, a := range articles {
		xs = append(xs, goldExtraction(tb, a))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := store.ApplySchema(ctx); err != nil {
		tb.Fatalf("apply schema: %v", err)
	}
	if _, err := store.Load(ctx, xs, graph.LoadOptions{}); err != nil {
		tb.Fatalf("load gold graph: %v", err)
	}
}

// devArticles returns the dev corpus articles, or skips tb when the shared
// corpus is not beside the repository (it always is in CI).
func devArticles(tb testing.TB) []string {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(devCorpus, "*.txt"))
	if len(files) == 0 {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("CI=true but no articles in %s", devCorpus)
		}
		tb.Skipf("no shared corpus at %s", devCorpus)
	}
	return files
}

var (
	slugRE  = regexp.MustCompile(`[^\p{L}\p{N}]+`)
	quoteRE = regexp.MustCompile(`[“"]([^”"]+)[”"]`)
)

// goldExtraction turns an article and its NAME.gold.json into the
// extraction a perfect extractor would produce.
func goldExtraction(tb testing.TB, article string) graph.Extraction {
	tb.Helper()
	data, err := os.ReadFile(article)
	if err != nil {
		tb.Fatal(err)
	}
	g, err := eval.ReadGold(strings.TrimSuffix(article, ".txt") + ".gold.json")
	if err != nil {
		tb.Fatal(err)
	}
	text := string(data)
	sum := sha256.Sum256(data)
	doc := graph.Document{ID: filepath.Base(article), Outlet: g.Outlet, Published: g.Published, Hash: hex.EncodeToString(sum[:]), Text: text}
	doc.Title = strings.TrimSpace(strings.SplitN(text, "\n", 2)[0])
	if strings.HasPrefix(text, "---") {
		for _, line := range strings.Split(text, "\n")[1:] {
			if k, v, ok := strings.Cut(line, ":"); ok && k == "title" {
				doc.Title = strings.Trim(strings.TrimSpace(v), `"'`)
			}
			if strings.TrimSpace(line) == "---" {
				break
			}
		}
	}
	x := graph.Extraction{Document: doc, Mentions: map[string]int{}}
	ids := map[string]string{}
	for _, e := range g.Entities {
		id := strings.ToLower(e.Type) + ":" + strings.Trim(slugRE.ReplaceAllString(strings.ToLower(e.Name), "-"), "-")
		ids[e.Name] = id
		x.Entities = append(x.Entities, graph.Entity{ID: id, Kind: graph.Kind(e.Type), Name: e.Name, Aliases: e.Aliases})
		n := 0
		for _, a := range e.Aliases {
			n += strings.Count(text, a)
		}
		x.Mentions[id] = max(n, 1)
	}
	for _, r := range g.Relations {
		start, end := find(text, r.Evidence)
		if start < 0 {
			tb.Logf("%s: %s %s->%s: evidence not found in the text; left out", doc.ID, r.Type, r.From, r.To)
			continue
		}
		rel := graph.Relation{
			Type: graph.RelType(r.Type), From: ids[r.From], To: ids[r.To], Modality: graph.Modality(r.Modality),
			Date: r.Date, Items: r.Items,
			Evidence: graph.Evidence{DocumentID: doc.ID, Sentence: text[start:end], Start: start, End: end, Rule: "gold"},
		}
		if rel.Type == graph.Quoted {
			if m := quoteRE.FindStringSubmatch(r.Evidence); m != nil {
				rel.Quote = m[1]
			}
		}
		x.Relations = append(x.Relations, rel)
	}
	if err := x.Validate(); err != nil {
		tb.Fatalf("gold extraction: %v", err)
	}
	return x
}

// find returns the span of sentence in text, letting any run of white
// space (non-breaking spaces included) stand for any other; -1 if absent.
func find(text, sentence string) (int, int) {
	if i := strings.Index(text, sentence); i >= 0 {
		return i, i + len(sentence)
	}
	words := strings.Fields(sentence)
	for i, w := range words {
		words[i] = regexp.QuoteMeta(w)
	}
	m := regexp.MustCompile(strings.Join(words, `[\s\x{00a0}]+`)).FindStringIndex(text)
	if m == nil {
		return -1, -1
	}
	return m[0], m[1]
}
