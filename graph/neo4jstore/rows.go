package neo4jstore

import (
	"cmp"
	"slices"
	"strings"

	"github.com/relmap/relmap/graph"
)

// docRows is one document turned into statement parameters.
type docRows struct {
	id       string
	hash     string
	doc      map[string]any                     // the Document node's properties
	entities []entityRow                        // the entities it names
	mentions []map[string]any                   // {doc, id, name, count, aliases}
	claims   map[graph.RelType][]map[string]any // {from, to, props}
}

// entityRow is an entity as one document presents it.
type entityRow struct {
	kind    graph.Kind
	id      string
	name    string
	aliases []string
}

// rowCount is the number of rows a document adds to a batch: one for the
// document, one per entity, one per mention and one per claim.
func (d docRows) rowCount() int {
	n := 1 + 2*len(d.entities)
	for _, c := range d.claims {
		n += len(c)
	}
	return n
}

// newDocRows turns a valid extraction into statement parameters. Claims
// are keyed by Relation.Key, so a document asserts each (type, from, to)
// once, with the first evidence the extraction gives; a symmetric claim
// is stored in its canonical direction. Every entity gets a MENTIONS
// relationship, with count 0 when the extraction counted none, so that
// the document keeps each entity it names alive.
func newDocRows(x graph.Extraction, keepText bool) docRows {
	d := x.Document
	props := map[string]any{
		"id":        d.ID,
		"hash":      d.Hash,
		"title":     orNil(d.Title),
		"outlet":    orNil(d.Outlet),
		"url":       orNil(d.URL),
		"published": orNil(d.Published),
		"source":    orNil(d.Source),
	}
	if keepText {
		props["text"] = orNil(d.Text)
	}
	out := docRows{id: d.ID, hash: d.Hash, doc: props, claims: map[graph.RelType][]map[string]any{}}

	seen := map[string]bool{}
	for _, e := range x.Entities {
		if seen[e.ID] {
			continue
		}
		seen[e.ID] = true
		aliases := sortedUnique(append(slices.Clone(e.Aliases), e.Name))
		out.entities = append(out.entities, entityRow{kind: e.Kind, id: e.ID, name: e.Name, aliases: aliases})
		out.mentions = append(out.mentions, map[string]any{
			"doc": d.ID, "id": e.ID, "name": e.Name, "count": int64(x.Mentions[e.ID]), "aliases": aliases,
		})
	}
	slices.SortFunc(out.entities, func(a, b entityRow) int { return strings.Compare(a.id, b.id) })

	keys := map[string]bool{}
	for _, r := range x.Relations {
		k := r.Key()
		if keys[k] {
			continue
		}
		keys[k] = true
		from, to := r.From, r.To
		if r.Type.Symmetric() && to < from {
			from, to = to, from
		}
		var items any
		if len(r.Items) > 0 {
			items = slices.Clone(r.Items)
		}
		out.claims[r.Type] = append(out.claims[r.Type], map[string]any{
			"from": from,
			"to":   to,
			"props": map[string]any{
				"doc":      d.ID,
				"modality": string(r.Modality),
				"date":     orNil(r.Date),
				"items":    items,
				"quote":    orNil(r.Quote),
				"sentence": r.Evidence.Sentence,
				"start":    int64(r.Evidence.Start),
				"end":      int64(r.Evidence.End),
				"rule":     orNil(r.Evidence.Rule),
			},
		})
	}
	return out
}

// orNil returns nil for an empty string, so that the property is left unset.
func orNil(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// sortedUnique sorts ss and drops duplicates and empty strings.
func sortedUnique(ss []string) []string {
	ss = slices.DeleteFunc(ss, func(s string) bool { return s == "" })
	slices.Sort(ss)
	return slices.Compact(ss)
}

// batch is the parameters of one write transaction: several documents.
type batch struct {
	docs []docRows
}

// rows returns the parameters for the documents of b whose ids are in
// changed: document properties, entities by kind (merged across
// documents, sorted by id), mentions, and claims by type (sorted by ends).
func (b batch) rows(changed map[string]bool) (docs []map[string]any, entities map[graph.Kind][]map[string]any, mentions []map[string]any, claims map[graph.RelType][]map[string]any, entityIDs []string) {
	byID := map[string]*entityRow{}
	claims = map[graph.RelType][]map[string]any{}
	for _, d := range b.docs {
		if !changed[d.id] {
			continue
		}
		docs = append(docs, d.doc)
		mentions = append(mentions, d.mentions...)
		for _, e := range d.entities {
			if have, ok := byID[e.id]; ok {
				have.aliases = sortedUnique(append(slices.Clone(have.aliases), e.aliases...))
				have.name = min(have.name, e.name)
				continue
			}
			e := e
			byID[e.id] = &e
		}
		for t, c := range d.claims {
			claims[t] = append(claims[t], c...)
		}
	}
	entities = map[graph.Kind][]map[string]any{}
	for id, e := range byID {
		entityIDs = append(entityIDs, id)
		entities[e.kind] = append(entities[e.kind], map[string]any{
			"id": e.id, "name": e.name, "kind": string(e.kind), "aliases": e.aliases,
		})
	}
	slices.Sort(entityIDs)
	for _, rows := range entities {
		slices.SortFunc(rows, func(a, b map[string]any) int { return strings.Compare(a["id"].(string), b["id"].(string)) })
	}
	for _, rows := range claims {
		slices.SortFunc(rows, func(a, b map[string]any) int {
			return cmp.Or(strings.Compare(a["from"].(string), b["from"].(string)), strings.Compare(a["to"].(string), b["to"].(string)))
		})
	}
	return docs, entities, mentions, claims, entityIDs
}
