package neo4jstore_test

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/relmap/relmap/graph"
)

// corpusSpec describes a generated corpus.
type corpusSpec struct {
	seed       uint64
	docs       int // documents
	claims     int // claims per document
	entities   int // entities per kind in the shared pool
	firstDocID int // number of the first document, for disjoint corpora
}

// pool returns the shared entities of a generated corpus, by kind.
func (c corpusSpec) pool() map[graph.Kind][]graph.Entity {
	out := map[graph.Kind][]graph.Entity{}
	for _, k := range graph.Kinds {
		for i := range c.entities {
			name := fmt.Sprintf("%s %04d", k, i)
			out[k] = append(out[k], graph.Entity{
				ID:      strings.ToLower(string(k)) + ":" + fmt.Sprintf("%04d", i),
				Kind:    k,
				Name:    name,
				Aliases: []string{fmt.Sprintf("%c%d", k[0], i), name}, // sorted
			})
		}
	}
	return out
}

// generate returns a deterministic corpus of valid extractions: each
// document states c.claims distinct claims between entities of a shared
// pool, so that documents overlap in entities and in (type, from, to)
// pairs, as news articles do.
func (c corpusSpec) generate() []graph.Extraction {
	rng := rand.New(rand.NewPCG(c.seed, 1))
	pool := c.pool()
	var xs []graph.Extraction
	for d := range c.docs {
		xs = append(xs, c.document(rng, pool, fmt.Sprintf("doc-%06d.txt", c.firstDocID+d)))
	}
	return xs
}

// document generates one extraction with id.
func (c corpusSpec) document(rng *rand.Rand, pool map[graph.Kind][]graph.Entity, id string) graph.Extraction {
	var text strings.Builder
	x := graph.Extraction{
		Document: graph.Document{ID: id, Title: "Report " + id, Outlet: "Generated", Published: "2024-06-18"},
		Mentions: map[string]int{},
	}
	used := map[string]graph.Entity{}
	keys := map[string]bool{}
	for len(x.Relations) < c.claims {
		t := graph.RelTypes[rng.IntN(len(graph.RelTypes))]
		from := pickFor(rng, pool, t, true)
		to := pickFor(rng, pool, t, false)
		if from.ID == to.ID || !t.Allows(from.Kind, to.Kind) {
			continue
		}
		if t.Symmetric() && to.ID < from.ID {
			from, to = to, from // the canonical direction, as the store keeps it
		}
		r := graph.Relation{Type: t, From: from.ID, To: to.ID, Modality: graph.Modalities[rng.IntN(len(graph.Modalities))]}
		if keys[r.Key()] {
			continue
		}
		keys[r.Key()] = true
		sentence := fmt.Sprintf("%s and %s: %s. ", from.Name, to.Name, t)
		start := text.Len()
		text.WriteString(sentence)
		r.Evidence = graph.Evidence{DocumentID: id, Sentence: sentence, Start: start, End: start + len(sentence), Rule: "generated/" + strings.ToLower(string(t))}
		if rng.IntN(2) == 0 {
			r.Date = fmt.Sprintf("2024-%02d", 1+rng.IntN(12))
		}
		if t == graph.Supplies {
			r.Items = []string{"munitions", "oil"}[:1+rng.IntN(2)]
		}
		x.Relations = append(x.Relations, r)
		for _, e := range []graph.Entity{from, to} {
			used[e.ID] = e
			x.Mentions[e.ID]++
		}
	}
	for _, k := range graph.Kinds {
		for _, e := range pool[k] {
			if u, ok := used[e.ID]; ok {
				x.Entities = append(x.Entities, u)
			}
		}
	}
	x.Document.Text = text.String()
	x.Document.Hash = fmt.Sprintf("%x", rng.Uint64())
	return x
}

// pickFor returns a random entity that may stand at one end of t.
func pickFor(rng *rand.Rand, pool map[graph.Kind][]graph.Entity, t graph.RelType, from bool) graph.Entity {
	for {
		k := graph.Kinds[rng.IntN(len(graph.Kinds))]
		es := pool[k]
		e := es[rng.IntN(len(es))]
		ok := false
		for _, other := range graph.Kinds {
			if (from && t.Allows(k, other)) || (!from && t.Allows(other, k)) {
				ok = true
				break
			}
		}
		if ok {
			return e
		}
	}
}
