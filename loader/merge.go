package loader

import (
	"slices"
	"strings"

	"github.com/relmap/relmap/graph"
)

// Merge resolves entities across documents (e.g. "Putin" alone in one
// article = "Vladimir Putin" of another), rewriting ids so one real entity
// has one id and the union of aliases; deterministic regardless of input
// order.
//
// An entity is folded into another of the same kind when its name is one
// of the other's aliases or, for people, the other's surname ("Putin" into
// "Vladimir Putin", "Kim" into "Kim Jong Un") and exactly one such entity
// exists across the documents; ids that stay ambiguous are left alone.
// Each document keeps its own surface forms as aliases, so that the union
// over the documents that name an entity is the entity's alias set;
// relations and mention counts follow the rewritten ids, and relations that
// become duplicates within a document keep their first occurrence.
func Merge(xs []graph.Extraction) []graph.Extraction {
	out, _ := MergeKnown(nil, xs)
	return out
}

// MergeKnown resolves entities as Merge does, with the known entities, those
// already in the graph, taking part: "Lankov" alone in a new article joins
// the stored "Andrei Lankov", and a stored "Lankov" that a new article now
// names in full is to be folded into "Andrei Lankov". It returns the
// extractions and the folds: for each known entity that resolves into
// another entity, known or new, its id and the id it folds into. Known
// entities are only read; the caller applies the folds to the graph.
func MergeKnown(known []graph.Entity, xs []graph.Extraction) ([]graph.Extraction, map[string]string) {
	// Every distinct entity, by id, with the union of names and aliases.
	type info struct {
		e       graph.Entity
		aliases map[string]bool
	}
	all := map[string]*info{}
	isKnown := map[string]bool{}
	for _, e := range known {
		isKnown[e.ID] = true
	}
	for _, x := range append([]graph.Extraction{{Entities: known}}, xs...) {
		for _, e := range x.Entities {
			in, ok := all[e.ID]
			if !ok {
				in = &info{e: e, aliases: map[string]bool{}}
				all[e.ID] = in
			} else if e.Name < in.e.Name {
				in.e.Name = e.Name // the same name in any input order
			}
			for _, a := range e.Aliases {
				in.aliases[a] = true
			}
		}
	}
	ids := make([]string, 0, len(all))
	for id := range all {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	// Candidates that could absorb a short name: by kind and folded alias.
	type key struct {
		kind  graph.Kind
		alias string
	}
	absorbers := map[key][]string{}
	for _, id := range ids {
		in := all[id]
		names := []string{in.e.Name}
		for a := range in.aliases {
			names = append(names, a)
		}
		if in.e.Kind == graph.Person && len(strings.Fields(in.e.Name)) > 1 {
			names = append(names, surnameOf(in.e.Name))
		}
		seen := map[string]bool{}
		for _, n := range names {
			k := key{in.e.Kind, foldName(n)}
			if n == "" || seen[k.alias] {
				continue
			}
			seen[k.alias] = true
			absorbers[k] = append(absorbers[k], id)
		}
	}
	rename := map[string]string{}
	for _, id := range ids {
		in := all[id]
		var target string
		for _, cand := range absorbers[key{in.e.Kind, foldName(in.e.Name)}] {
			if cand == id || len(all[cand].e.Name) <= len(in.e.Name) {
				continue
			}
			if target != "" && target != cand {
				target = "" // ambiguous: "Kim" with two Kims about
				break
			}
			target = cand
		}
		if target != "" {
			rename[id] = target
		}
	}
	// Follow chains to their end.
	final := func(id string) string {
		for n := 0; n < 8; n++ {
			next, ok := rename[id]
			if !ok {
				return id
			}
			id = next
		}
		return id
	}
	out := make([]graph.Extraction, len(xs))
	for i, x := range xs {
		y := x
		y.Entities = nil
		byID := map[string]int{}
		for _, e := range x.Entities {
			id := final(e.ID)
			if k, ok := byID[id]; ok {
				y.Entities[k].Aliases = union(y.Entities[k].Aliases, e.Aliases)
				continue
			}
			ne := graph.Entity{ID: id, Kind: e.Kind, Name: all[id].e.Name, Aliases: union(nil, e.Aliases)}
			if id != e.ID {
				ne.Aliases = union(ne.Aliases, []string{ne.Name})
			}
			byID[id] = len(y.Entities)
			y.Entities = append(y.Entities, ne)
		}
		slices.SortFunc(y.Entities, func(a, b graph.Entity) int { return strings.Compare(a.ID, b.ID) })
		if y.Entities == nil {
			y.Entities = []graph.Entity{}
		}
		y.Mentions = make(map[string]int, len(x.Mentions))
		for id, n := range x.Mentions {
			y.Mentions[final(id)] += n
		}
		y.Relations = make([]graph.Relation, 0, len(x.Relations))
		seen := map[string]bool{}
		for _, r := range x.Relations {
			r.From, r.To = final(r.From), final(r.To)
			if r.From == r.To || seen[r.Key()] {
				continue
			}
			seen[r.Key()] = true
			y.Relations = append(y.Relations, r)
		}
		out[i] = y
	}
	folds := map[string]string{}
	for id := range isKnown {
		if to := final(id); to != id {
			folds[id] = to
		}
	}
	return out, folds
}

// LookupNames returns the names under which the graph may already know the
// entities of xs: their names and aliases, and people's surnames, sorted
// and without repeats. MergeKnown needs the stored entities that answer to
// any of them.
func LookupNames(xs []graph.Extraction) []string {
	var names []string
	for _, x := range xs {
		for _, e := range x.Entities {
			names = append(names, e.Name)
			names = append(names, e.Aliases...)
			if e.Kind == graph.Person && len(strings.Fields(e.Name)) > 1 {
				names = append(names, surnameOf(e.Name))
			}
		}
	}
	slices.Sort(names)
	return slices.Compact(names)
}

// foldName folds a name for comparison across documents.
func foldName(s string) string {
	nt := normalize(s, false)
	return personKey(strings.ReplaceAll(nt.norm, "'", ""))
}

// union returns the sorted union of two alias lists.
func union(a, b []string) []string {
	out := append(slices.Clone(a), b...)
	slices.Sort(out)
	return slices.Compact(out)
}
