package goldgraph

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/relmap/relmap/eval"
	"github.com/relmap/relmap/graph"
)

var (
	slugRE  = regexp.MustCompile(`[^\p{L}\p{N}]+`)
	quoteRE = regexp.MustCompile(`[“"]([^”"]+)[”"]`)
)

// Extraction reads article (NAME.txt) and the NAME.gold.json beside it and
// returns the extraction they describe. Relations whose evidence cannot be
// found in the text are left out and named in skipped.
func Extraction(article string) (x graph.Extraction, skipped []string, err error) {
	data, err := os.ReadFile(article)
	if err != nil {
		return x, nil, fmt.Errorf("gold graph: %w", err)
	}
	g, err := eval.ReadGold(strings.TrimSuffix(article, ".txt") + ".gold.json")
	if err != nil {
		return x, nil, fmt.Errorf("gold graph: %w", err)
	}
	text := string(data)
	sum := sha256.Sum256(data)
	doc := graph.Document{ID: filepath.Base(article), Outlet: g.Outlet, Published: g.Published, Hash: hex.EncodeToString(sum[:]), Text: text}
	doc.Title = strings.TrimSpace(strings.SplitN(text, "\n", 2)[0])
	if strings.HasPrefix(text, "---") {
		for _, line := range strings.Split(text, "\n")[1:] {
			if strings.TrimSpace(line) == "---" {
				break
			}
			if k, v, ok := strings.Cut(line, ":"); ok && k == "title" {
				doc.Title = strings.Trim(strings.TrimSpace(v), `"'`)
			}
		}
	}
	x = graph.Extraction{Document: doc, Mentions: map[string]int{}}
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
			skipped = append(skipped, fmt.Sprintf("%s: %s %s->%s: evidence not in the text", doc.ID, r.Type, r.From, r.To))
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
		return x, skipped, fmt.Errorf("gold graph: %w", err)
	}
	return x, skipped, nil
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
