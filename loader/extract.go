package loader

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"

	"github.com/relmap/relmap/graph"
)

// Extract turns one article into a graph.Extraction (document metadata +
// entities + relations with evidence + mention counts). Deterministic; safe
// for concurrent use.
//
// source names where the data came from (a path or "-"); its extension
// tells HTML (.html, .htm) and Markdown (.md, .markdown) from plain text.
// HTML that starts like HTML is read as HTML whatever its name.
func Extract(id, source string, data []byte) (x graph.Extraction, err error) {
	// A defect on one article is that article's error, not the end of a
	// load of thousands.
	defer func() {
		if r := recover(); r != nil {
			x, err = graph.Extraction{}, internalError(id, r)
		}
	}()
	return extract(id, source, data)
}

// internalError describes a failure of the extractor itself on document id.
func internalError(id string, cause any) error {
	return fmt.Errorf("extract %s: %w: %v", id, ErrInternal, cause)
}

// extract is Extract without the guard against defects.
func extract(id, source string, data []byte) (graph.Extraction, error) {
	if err := Check(data); err != nil {
		return graph.Extraction{}, fmt.Errorf("extract %s: %w", id, err)
	}
	sum := sha256.Sum256(data)
	text := string(data)
	var meta frontMatter
	if looksHTML(source, data) {
		meta = htmlMeta(text)
		text = htmlText(text)
		if strings.TrimSpace(text) == "" {
			return graph.Extraction{}, fmt.Errorf("extract %s: %w: no visible text in the HTML", id, ErrEmpty)
		}
	}
	lower := strings.ToLower(source)
	markdown := strings.HasSuffix(lower, ".md") || strings.HasSuffix(lower, ".markdown")
	d := newDoc()
	defer d.release()
	normalizeInto(&d.nt0, text, markdown, d.nt0.breaks[:0])
	d.nt = &d.nt0
	norm := d.nt.norm
	fm := parseFrontMatter(norm)
	if fm.title == "" {
		fm.title = meta.title
	}
	if fm.outlet == "" {
		fm.outlet = meta.outlet
	}
	if fm.published == "" {
		fm.published = meta.published
	}
	if id == "stdin" && fm.id != "" {
		id = fm.id
	}
	doc := graph.Document{ID: id, Source: source, Hash: hex.EncodeToString(sum[:]), Text: text, Title: fm.title, Outlet: fm.outlet, URL: fm.url}
	bodyStart, bodyEnd := fm.end, len(norm)
	// A closing "Source: Al Jazeera and news agencies" line names the outlet.
	if ls, line := lastLine(norm, bodyStart, bodyEnd); line != "" {
		if rest, ok := cutPrefixFold(line, "source:"); ok {
			if doc.Outlet == "" {
				doc.Outlet = cleanOutlet(rest)
			}
			bodyEnd = ls
		}
	}
	if doc.Title == "" {
		if s, e := firstLine(norm, bodyStart, bodyEnd); e > s {
			os, oe := d.nt.origSpan(s, e)
			doc.Title = strings.TrimSpace(d.nt.orig[os:oe])
		}
	}
	if t, ok := parseDate(fm.published); ok {
		d.pub = t
	} else {
		// A date line near the top: "Published On 18 Jun 2024".
		pos := bodyStart
		for n := 0; n < 4 && pos < bodyEnd; n++ {
			e := strings.IndexByte(norm[pos:bodyEnd], '\n')
			if e < 0 {
				e = bodyEnd - pos
			}
			if line := norm[pos : pos+e]; len(line) < 80 {
				if t, ok := parseDate(line); ok {
					d.pub = t
					break
				}
			}
			pos += e + 1
		}
	}
	if !d.pub.IsZero() {
		doc.Published = d.pub.Format("2006-01-02")
	}
	arena := tokenArenas.Get().(*[]token)
	defer tokenArenas.Put(arena)
	d.sents = splitSentencesIn(norm, bodyStart, bodyEnd, arena, d.sents[:0])
	if ts, te := firstLine(norm, bodyStart, bodyEnd); len(d.sents) > 0 && d.sents[0].s == ts && d.sents[0].e == te {
		d.sents[0].headline = true
	}
	if doc.Outlet == "" {
		doc.Outlet = datelineAgency(d.sents)
	}
	// "Source: The Straits Times, Reuters, AFP": the first is the outlet,
	// the others are news media credited too.
	var credited []string
	if parts := splitOutlets(doc.Outlet); len(parts) > 1 {
		doc.Outlet, credited = parts[0], parts[1:]
	}
	for _, c := range credited {
		name := c
		if g := d.canonical(name); g != nil && g.kind == graph.Organization {
			name = g.name
		}
		e := d.entityFor(graph.Organization, name, "")
		e.media, e.keep = true, true
		e.addAlias(c)
	}
	if doc.Outlet != "" {
		name := doc.Outlet
		if g := d.canonical(name); g != nil && g.kind == graph.Organization {
			name = g.name
		}
		d.outlet = d.entityFor(graph.Organization, name, "")
		d.outlet.media = true
		d.outlet.addAlias(doc.Outlet)
	}
	for si := range d.sents {
		d.detect(si)
	}
	d.resolve()
	if d.outlet == nil {
		// No outlet named: quotations come from the first news medium the
		// article names, if any.
		for si := range d.sents {
			st := &d.sents[si]
			for mi := range st.ments {
				m := &st.ments[mi]
				if m.ent.media && d.outlet == nil {
					d.outlet = m.ent
				}
			}
		}
	}
	d.relations()
	return d.extraction(doc), nil
}

// extraction assembles the result in a stable order.
func (d *doc) extraction(doc graph.Document) graph.Extraction {
	x := graph.Extraction{Document: doc, Relations: make([]graph.Relation, 0, len(d.rels))}
	cands := d.candBuf[:0]
	for _, r := range d.rels {
		cands = append(cands, r)
	}
	d.candBuf = cands
	slices.SortFunc(cands, func(a, b *relCand) int {
		if a.rel.Evidence.Start != b.rel.Evidence.Start {
			return a.rel.Evidence.Start - b.rel.Evidence.Start
		}
		return a.order - b.order
	})
	for _, c := range cands {
		r := c.rel
		r.Evidence.DocumentID = doc.ID
		x.Relations = append(x.Relations, r)
		// Each id has one entity, so marking the ends marks the ids.
		c.from.used, c.to.used = true, true
	}
	// Sorting the entities by id before copying them moves pairs of an id
	// and a pointer, not values.
	kept := d.entBuf[:0]
	for _, e := range d.ents {
		if e.mentions == 0 && !e.used && e != d.outlet && !e.keep {
			continue
		}
		kept = append(kept, idEntity{e.id, e})
	}
	d.entBuf = kept
	slices.SortFunc(kept, func(a, b idEntity) int { return strings.Compare(a.id, b.id) })
	x.Entities = make([]graph.Entity, 0, len(kept))
	x.Mentions = make(map[string]int, len(kept))
	// The aliases of all entities share one array, each cut to its length.
	total := 0
	for _, k := range kept {
		total += len(k.e.aliases) + 1
	}
	all := make([]string, 0, total)
	for _, k := range kept {
		e := k.e
		start := len(all)
		all = append(all, e.name)
		for _, a := range e.aliases {
			if a != "" {
				all = append(all, a)
			}
		}
		aliases := all[start:]
		slices.Sort(aliases)
		aliases = slices.Compact(aliases)
		aliases = aliases[:len(aliases):len(aliases)]
		x.Entities = append(x.Entities, graph.Entity{ID: e.id, Kind: e.kind, Name: e.name, Aliases: aliases})
		x.Mentions[e.id] = e.mentions
	}
	return x
}

// idEntity is an entity with its id at hand for sorting.
type idEntity struct {
	id string
	e  *entity
}

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return strings.TrimSpace(s[len(prefix):]), true
	}
	return s, false
}

// cleanOutlet trims "and news agencies" and the like from a source line.
func cleanOutlet(s string) string {
	s = strings.TrimSpace(strings.TrimRight(s, ". "))
	for _, sep := range []string{" and news agencies", " and agencies", " with agencies", " / agencies", ", agencies", " and wire services"} {
		if i := strings.Index(strings.ToLower(s), sep); i > 0 {
			s = s[:i]
		}
	}
	return strings.TrimSpace(s)
}

// lastLine returns the start and text of the last non-empty line.
func lastLine(s string, from, to int) (int, string) {
	end := to
	for end > from {
		st := strings.LastIndexByte(s[from:end], '\n')
		start := from
		if st >= 0 {
			start = from + st + 1
		}
		if line := strings.TrimSpace(s[start:end]); line != "" {
			return start, line
		}
		if st < 0 {
			break
		}
		end = from + st
	}
	return to, ""
}

// firstLine returns the span of the first non-empty line, trimmed.
func firstLine(s string, from, to int) (int, int) {
	for from < to {
		e := strings.IndexByte(s[from:to], '\n')
		if e < 0 {
			e = to - from
		}
		line := s[from : from+e]
		if t := strings.TrimSpace(line); t != "" {
			start := from + strings.Index(line, t)
			return start, start + len(t)
		}
		from += e + 1
	}
	return 0, 0
}

// datelineAgency reads the agency of a wire dateline: "SEOUL (Reuters) -".
func datelineAgency(sents []sentence) string {
	for k := range sents {
		st := &sents[k]
		if k > 4 {
			break
		}
		toks := st.toks
		for i := 0; i+2 < len(toks) && i < 8; i++ {
			if toks[i].text == "(" && toks[i+2].text == ")" && toks[i+1].cap {
				switch toks[i+1].text {
				case "Reuters", "AP", "AFP", "Yonhap", "TASS", "Xinhua", "Bloomberg", "UPI", "Kyodo", "RIA":
					return toks[i+1].text
				}
			}
		}
	}
	return ""
}

// splitOutlets splits a credit line of several media: "The Straits Times,
// Reuters, AFP".
func splitOutlets(s string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' }) {
		for _, q := range strings.Split(p, " and ") {
			if q = strings.TrimSpace(q); q != "" {
				out = append(out, q)
			}
		}
	}
	return out
}
