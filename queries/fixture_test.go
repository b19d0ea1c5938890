package queries_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/relmap/relmap/graph/neo4jstore"
	"github.com/relmap/relmap/internal/goldgraph"
)

// seedArticle is the article the seed graph is drawn from, with its gold
// annotation beside it.
const seedArticle = "../testdata/aljazeera-putin-north-korea.txt"

// devCorpus holds more annotated articles, read in place.
const devCorpus = "../../shared/corpus/dev"

// loadGold writes the graph that the gold annotations of articles describe.
// Building the fixture from gold keeps the expected rows independent of how
// well the extractor does.
func loadGold(tb testing.TB, store *neo4jstore.Store, articles ...string) {
	tb.Helper()
	goldgraph.Load(tb, store, articles...)
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
