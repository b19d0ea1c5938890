package eval

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/relmap/relmap/graph"
)

// Extractor turns one article into a graph; loader.Extract is one.
type Extractor func(id, source string, data []byte) (graph.Extraction, error)

// Pair is an article and the gold annotation beside it.
type Pair struct {
	Article string // path of NAME.txt, NAME.md or NAME.html
	Gold    string // path of NAME.gold.json
}

// articleExts are the article endings looked for beside a gold file, in
// order of preference.
var articleExts = []string{".txt", ".md", ".markdown", ".html", ".htm"}

// Find walks dir and returns every article that has a NAME.gold.json
// beside it, sorted by path.
func Find(dir string) ([]Pair, error) {
	var pairs []Pair
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(path, ".gold.json") {
			return nil
		}
		base := strings.TrimSuffix(path, ".gold.json")
		for _, ext := range articleExts {
			if _, err := os.Stat(base + ext); err == nil {
				pairs = append(pairs, Pair{Article: base + ext, Gold: path})
				break
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("find gold annotations in %s: %w", dir, err)
	}
	if len(pairs) == 0 {
		return nil, fmt.Errorf("find gold annotations in %s: no NAME.gold.json beside an article", dir)
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].Article < pairs[j].Article })
	return pairs, nil
}

// Run extracts every annotated article under dir and scores it.
func Run(dir string, extract Extractor) (Report, error) {
	pairs, err := Find(dir)
	if err != nil {
		return Report{}, err
	}
	docs := make([]DocScore, 0, len(pairs))
	for _, p := range pairs {
		g, err := ReadGold(p.Gold)
		if err != nil {
			return Report{}, err
		}
		data, err := os.ReadFile(p.Article)
		if err != nil {
			return Report{}, fmt.Errorf("read article: %w", err)
		}
		x, err := extract(filepath.Base(p.Article), p.Article, data)
		if err != nil {
			return Report{}, fmt.Errorf("extract %s: %w", p.Article, err)
		}
		ds := Score(g, x)
		if ds.Document == "" {
			ds.Document = filepath.Base(p.Article)
		}
		docs = append(docs, ds)
	}
	return Aggregate(docs), nil
}
