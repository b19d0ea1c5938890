package eval

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/relmap/relmap/graph"
)

// PRF holds the counts behind a precision/recall/F1 triple and the triple
// itself. Predicted and Gold count the items compared; MatchedPredicted and
// MatchedGold count those that found a partner.
type PRF struct {
	Precision        float64 `json:"precision"`
	Recall           float64 `json:"recall"`
	F1               float64 `json:"f1"`
	Predicted        int     `json:"predicted"`
	Gold             int     `json:"gold"`
	MatchedPredicted int     `json:"matched_predicted"`
	MatchedGold      int     `json:"matched_gold"`
}

// add sums the counts of o into p; call finish afterwards.
func (p *PRF) add(o PRF) {
	p.Predicted += o.Predicted
	p.Gold += o.Gold
	p.MatchedPredicted += o.MatchedPredicted
	p.MatchedGold += o.MatchedGold
}

// finish computes the ratios from the counts. An empty side scores 1 when
// the other side is empty too, so a document with nothing to find and
// nothing found is perfect.
func (p *PRF) finish() {
	ratio := func(n, d, other int) float64 {
		if d == 0 {
			if other == 0 {
				return 1
			}
			return 0
		}
		return float64(n) / float64(d)
	}
	p.Precision = ratio(p.MatchedPredicted, p.Predicted, p.Gold)
	p.Recall = ratio(p.MatchedGold, p.Gold, p.Predicted)
	if p.Precision+p.Recall > 0 {
		p.F1 = 2 * p.Precision * p.Recall / (p.Precision + p.Recall)
	} else {
		p.F1 = 0
	}
}

// DocScore is the score of one document, with what was missed and what was
// found that the gold does not have, in words a person reads.
type DocScore struct {
	Document         string         `json:"document"`
	Entities         PRF            `json:"entities"`
	TypeMatches      int            `json:"type_matches"`
	Relations        PRF            `json:"relations"`
	ByType           map[string]PRF `json:"by_type"`
	ModalityMatches  int            `json:"modality_matches"`
	ModalityCompared int            `json:"modality_compared"`
	MissedEntities   []string       `json:"missed_entities"`
	FalseEntities    []string       `json:"false_entities"`
	MissedRelations  []string       `json:"missed_relations"`
	FalseRelations   []string       `json:"false_relations"`
	WrongModality    []string       `json:"wrong_modality"`
}

// entityIndex resolves predicted entities to the gold entities they could be.
type entityIndex struct {
	gold     []GoldEntity
	goldKeys []map[string]bool // normalised names of each gold entity
	byName   map[string]int    // gold entity name -> index
}

func newEntityIndex(g Gold) *entityIndex {
	ix := &entityIndex{gold: g.Entities, byName: map[string]int{}}
	for i, e := range g.Entities {
		keys := map[string]bool{Normalize(e.Name): true}
		for _, a := range e.Aliases {
			keys[Normalize(a)] = true
		}
		ix.goldKeys = append(ix.goldKeys, keys)
		ix.byName[e.Name] = i
	}
	return ix
}

// names returns the normalised names of a predicted entity.
func names(e graph.Entity) []string {
	out := []string{Normalize(e.Name)}
	for _, a := range e.Aliases {
		out = append(out, Normalize(a))
	}
	return out
}

// candidates returns the indexes of every gold entity e could be.
func (ix *entityIndex) candidates(e graph.Entity) []int {
	var out []int
	ns := names(e)
	for i, keys := range ix.goldKeys {
		for _, n := range ns {
			if keys[n] {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

// Score compares one extraction with its gold annotation.
func Score(g Gold, x graph.Extraction) DocScore {
	ix := newEntityIndex(g)
	ds := DocScore{Document: g.Document, ByType: map[string]PRF{}}

	// Entities: each gold entity matches at most once; a candidate of the
	// same type is preferred, so same-type pairs are matched first.
	preds := slices.Clone(x.Entities)
	sort.Slice(preds, func(i, j int) bool { return preds[i].ID < preds[j].ID })
	cands := make([][]int, len(preds))
	for i, p := range preds {
		cands[i] = ix.candidates(p)
	}
	goldTaken := make([]bool, len(g.Entities))
	predMatch := make([]int, len(preds))
	for i := range predMatch {
		predMatch[i] = -1
	}
	for _, sameType := range []bool{true, false} {
		for i, p := range preds {
			if predMatch[i] >= 0 {
				continue
			}
			for _, gi := range cands[i] {
				if goldTaken[gi] || (sameType && string(p.Kind) != g.Entities[gi].Type) {
					continue
				}
				goldTaken[gi], predMatch[i] = true, gi
				break
			}
		}
	}
	ds.Entities.Predicted, ds.Entities.Gold = len(preds), len(g.Entities)
	for i, gi := range predMatch {
		if gi < 0 {
			ds.FalseEntities = append(ds.FalseEntities, fmt.Sprintf("%s %q", preds[i].Kind, preds[i].Name))
			continue
		}
		ds.Entities.MatchedPredicted++
		if string(preds[i].Kind) == g.Entities[gi].Type {
			ds.TypeMatches++
		}
	}
	for gi, taken := range goldTaken {
		if taken {
			ds.Entities.MatchedGold++
		} else {
			ds.MissedEntities = append(ds.MissedEntities, fmt.Sprintf("%s %q", g.Entities[gi].Type, g.Entities[gi].Name))
		}
	}
	ds.Entities.finish()

	scoreRelations(&ds, g, x, ix)
	return ds
}

// endRef is one end of a predicted relation: the gold entities it could
// be, and a printable name.
type endRef struct {
	gold map[int]bool
	key  string // the sorted gold indexes, or the normalised name when none
	name string
}

// predRel is a predicted relation reduced to what scoring compares.
type predRel struct {
	typ      string
	from, to endRef
	modality string
}

func scoreRelations(ds *DocScore, g Gold, x graph.Extraction, ix *entityIndex) {
	ends := map[string]endRef{}
	for _, e := range x.Entities {
		ref := endRef{gold: map[int]bool{}, name: e.Name}
		idx := ix.candidates(e)
		for _, gi := range idx {
			ref.gold[gi] = true
		}
		if len(idx) == 0 {
			ref.key = "?" + Normalize(e.Name)
		} else {
			ref.key = fmt.Sprint(idx)
		}
		ends[e.ID] = ref
	}

	// Duplicates count once: predictions whose ends resolve alike are one.
	seen := map[string]bool{}
	var preds []predRel
	for _, r := range x.Relations {
		from, to := ends[r.From], ends[r.To]
		k := string(r.Type) + "|" + from.key + "|" + to.key
		if r.Type == graph.Quoted {
			k = string(r.Type) + "|" + to.key
		} else if r.Type.Symmetric() && to.key < from.key {
			k = string(r.Type) + "|" + to.key + "|" + from.key
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		preds = append(preds, predRel{typ: string(r.Type), from: from, to: to, modality: string(r.Modality)})
	}

	golds := dedupeGold(g.Relations)
	matches := func(p predRel, gr GoldRelation) bool {
		if p.typ != gr.Type {
			return false
		}
		f, t := ix.byName[gr.From], ix.byName[gr.To]
		if gr.Type == string(graph.Quoted) {
			return p.to.gold[t]
		}
		if p.from.gold[f] && p.to.gold[t] {
			return true
		}
		return gr.Type == string(graph.Met) && p.from.gold[t] && p.to.gold[f]
	}

	byType := map[string]*PRF{}
	get := func(t string) *PRF {
		if byType[t] == nil {
			byType[t] = &PRF{}
		}
		return byType[t]
	}
	for _, p := range preds {
		prf := get(p.typ)
		prf.Predicted++
		hit := false
		for _, gr := range golds {
			if matches(p, gr) {
				hit = true
				break
			}
		}
		if hit {
			prf.MatchedPredicted++
		} else {
			ds.FalseRelations = append(ds.FalseRelations, describe(p.typ, p.from.name, p.to.name, p.modality))
		}
	}
	for _, gr := range golds {
		prf := get(gr.Type)
		prf.Gold++
		var found *predRel
		for i := range preds {
			if matches(preds[i], gr) {
				if found == nil || preds[i].modality == gr.Modality {
					found = &preds[i]
				}
			}
		}
		if found == nil {
			ds.MissedRelations = append(ds.MissedRelations, describe(gr.Type, gr.From, gr.To, gr.Modality)+" — "+gr.Evidence)
			continue
		}
		prf.MatchedGold++
		ds.ModalityCompared++
		if found.modality == gr.Modality {
			ds.ModalityMatches++
		} else {
			ds.WrongModality = append(ds.WrongModality, describe(gr.Type, gr.From, gr.To, gr.Modality)+": found "+found.modality)
		}
	}
	for t, prf := range byType {
		prf.finish()
		ds.ByType[t] = *prf
		ds.Relations.add(*prf)
	}
	ds.Relations.finish()
}

// dedupeGold keeps one gold relation per type and ends (per speaker for
// QUOTED, per unordered pair for MET).
func dedupeGold(rs []GoldRelation) []GoldRelation {
	seen := map[string]bool{}
	var out []GoldRelation
	for _, r := range rs {
		k := r.Type + "|" + r.From + "|" + r.To
		switch {
		case r.Type == string(graph.Quoted):
			k = r.Type + "|" + r.To
		case r.Type == string(graph.Met) && r.To < r.From:
			k = r.Type + "|" + r.To + "|" + r.From
		}
		if !seen[k] {
			seen[k] = true
			out = append(out, r)
		}
	}
	return out
}

func describe(typ, from, to, modality string) string {
	if typ == string(graph.Quoted) {
		return fmt.Sprintf("QUOTED %s (%s)", to, modality)
	}
	arrow := "->"
	if typ == string(graph.Met) {
		arrow = "--"
	}
	return fmt.Sprintf("%s %s %s %s (%s)", typ, from, arrow, to, modality)
}

// Report aggregates the scores of many documents.
type Report struct {
	Documents        int        `json:"documents"`
	Entities         PRF        `json:"entities"`
	TypeAccuracy     float64    `json:"type_accuracy"`
	Relations        Relations  `json:"relations"`
	ModalityAccuracy float64    `json:"modality_accuracy"`
	PerDocument      []DocScore `json:"per_document"`
}

// Relations holds the micro-averaged and per-type relation scores.
type Relations struct {
	Micro  PRF            `json:"micro"`
	ByType map[string]PRF `json:"by_type"`
}

// Aggregate sums per-document counts into micro-averaged scores.
func Aggregate(docs []DocScore) Report {
	r := Report{Documents: len(docs), PerDocument: docs, Relations: Relations{ByType: map[string]PRF{}}}
	var typeMatches, modMatches, modCompared int
	for _, d := range docs {
		r.Entities.add(d.Entities)
		typeMatches += d.TypeMatches
		modMatches += d.ModalityMatches
		modCompared += d.ModalityCompared
		for t, p := range d.ByType {
			acc := r.Relations.ByType[t]
			acc.add(p)
			r.Relations.ByType[t] = acc
		}
	}
	for t, p := range r.Relations.ByType {
		p.finish()
		r.Relations.ByType[t] = p
		r.Relations.Micro.add(p)
	}
	r.Entities.finish()
	r.Relations.Micro.finish()
	if r.Entities.MatchedPredicted > 0 {
		r.TypeAccuracy = float64(typeMatches) / float64(r.Entities.MatchedPredicted)
	}
	if modCompared > 0 {
		r.ModalityAccuracy = float64(modMatches) / float64(modCompared)
	}
	return r
}

// Summary is a short one-line account of r.
func (r Report) Summary() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d documents: entity F1 %.3f, relation micro-F1 %.3f, modality accuracy %.3f",
		r.Documents, r.Entities.F1, r.Relations.Micro.F1, r.ModalityAccuracy)
	return b.String()
}
