package loader

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"

	"github.com/relmap/relmap/graph"
)

// doc is the working state of one extraction.
type doc struct {
	lex     *lexicon
	nt      *normText
	nt0     normText // what nt points to, kept with its offset map's array
	sents   []sentence
	ents    map[string]*entity
	persons map[string]*entity // by personKey
	order   int
	// The text's lower-case words, for usedLower: known words as bits by
	// their index in knownTable, others in a set.
	lowerKnown []uint64
	lowerVocab wordSet
	vocabBuilt bool
	pub        time.Time // publication date, zero when unknown
	outlet     *entity
	rels       map[relKey]*relCand
	byName     map[entKey]*entity // entityFor's cache
	relOrder   int
	// lastCountry is the country named last before the current sentence,
	// for "the country's leader".
	lastCountry *entity
	// lastTitled maps a title's last word to the person named last with it.
	lastTitled map[string]*entity
	// scratch space reused from sentence to sentence
	idxBuf    []int16
	firstBuf  []int16
	trigArena []int // the sentences' trig lists
	titleBuf  []string
	// entLists holds the entity lists rules return, for the document.
	entLists   []*entity
	mentLists  []*mention
	strLists   []string
	partsBuf   []*entity
	anchorsBuf []int
	short      map[string][]*entity // resolve's people by surname
	msBuf      []mention
	boolArena  []bool
	// storage reused from document to document: the entities, relation
	// candidates and mentions of a document live in slabs that are never
	// reallocated, and the buffers extraction sorts in.
	ents0    slab[entity]
	cands0   slab[relCand]
	mentions []mention
	candBuf  []*relCand
	entBuf   []idEntity
	// gzEnts are the entities detect found for gazetteer entries, by
	// entry id and use (0, or 1 for a capital that stands for its
	// country); gzTouched lists the ids set.
	gzEnts    [][2]*entity
	gzTouched []int
}

// gzEntity returns the entity found for gazetteer entry g in a use, or nil.
func (d *doc) gzEntity(g *gzEntry, use int) *entity {
	if d.gzEnts == nil {
		return nil
	}
	return d.gzEnts[g.id][use]
}

// setGzEntity records the entity found for gazetteer entry g in a use.
func (d *doc) setGzEntity(g *gzEntry, use int, e *entity) {
	if d.gzEnts == nil {
		d.gzEnts = make([][2]*entity, d.lex.nGz)
	}
	if d.gzEnts[g.id] == [2]*entity{} {
		d.gzTouched = append(d.gzTouched, g.id)
	}
	d.gzEnts[g.id][use] = e
}

// slab hands out pointers to values in chunks that are kept for the next
// document.
type slab[T any] struct {
	chunks [][]T
	n      int // values handed out
}

// slabChunk is the number of values in a chunk of a slab.
const slabChunk = 64

// next returns a pointer to a value of the slab, as reset left it.
func (s *slab[T]) next() *T {
	c, k := s.n/slabChunk, s.n%slabChunk
	if c == len(s.chunks) {
		s.chunks = append(s.chunks, make([]T, slabChunk))
	}
	s.n++
	return &s.chunks[c][k]
}

// reset empties the values handed out with empty, so that they hold on to
// nothing of the document, and makes them free again.
func (s *slab[T]) reset(empty func(*T)) {
	for c := 0; c*slabChunk < s.n; c++ {
		vs := s.chunks[c][:min(slabChunk, s.n-c*slabChunk)]
		for k := range vs {
			empty(&vs[k])
		}
	}
	s.n = 0
}

// emptyEntity zeroes an entity but keeps the arrays of its aliases and
// titles for the next one.
func emptyEntity(e *entity) {
	aliases, titles := e.aliases[:cap(e.aliases)], e.titles[:cap(e.titles)]
	clear(aliases)
	clear(titles)
	*e = entity{aliases: aliases[:0], titles: titles[:0]}
}

func emptyRelCand(c *relCand) { *c = relCand{} }

func (d *doc) newEntity() *entity   { return d.ents0.next() }
func (d *doc) newRelCand() *relCand { return d.cands0.next() }

// carve returns an empty slice of capacity n cut from the end of store,
// which grows by a new array of at least minCap values when it is short;
// appending beyond n moves the slice out of store.
func carve[T any](store *[]T, n, minCap int) []T {
	if cap(*store)-len(*store) < n {
		*store = make([]T, 0, max(minCap, n))
	}
	k := len(*store)
	*store = (*store)[:k+n]
	return (*store)[k : k : k+n]
}

// entityList returns an empty slice of capacity n, cut from the
// document's storage for lists of entities; appending beyond n moves it.
func (d *doc) entityList(n int) []*entity {
	return carve(&d.entLists, n, 256)
}

// mentionList returns an empty slice of capacity n, cut from the
// document's storage for lists of mention pointers; appending beyond n
// moves it.
func (d *doc) mentionList(n int) []*mention {
	return carve(&d.mentLists, n, 256)
}

// stringList returns an empty slice of capacity n, cut from the
// document's storage for lists of strings; appending beyond n moves it.
func (d *doc) stringList(n int) []string {
	return carve(&d.strLists, n, 256)
}

// mentionSlice returns an empty slice of capacity n, cut from the
// document's mention storage.
func (d *doc) mentionSlice(n int) []mention {
	return carve(&d.mentions, n, 1024)
}

// slug folds a name into an id part: lower case letters and digits joined
// by hyphens.
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		switch {
		case r == '\'' || r == '.':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
	}
	return b.String()
}

// entityID is the stable id of an entity: kind and slug of its name.
func entityID(kind graph.Kind, name string) string {
	if id, ok := entityIDs.Load(entKey{kind, name}); ok {
		return id.(string)
	}
	id := strings.ToLower(string(kind)) + ":" + slug(name)
	if entityIDsSize.Load() < maxCanonicals {
		if _, loaded := entityIDs.LoadOrStore(entKey{kind, name}, id); !loaded {
			entityIDsSize.Add(1)
		}
	}
	return id
}

// entityIDs caches entityID across documents, bounded like canonicals.
var (
	entityIDs     sync.Map // entKey -> string
	entityIDsSize atomic.Int64
)

// entityFor returns the document's entity of kind and canonical name,
// creating it on first use.
func (d *doc) entityFor(kind graph.Kind, name, country string) *entity {
	if e, ok := d.byName[entKey{kind, name}]; ok {
		return e
	}
	st := d.lex.entStaticFor(kind, name, country)
	return d.entityFrom(kind, name, &st)
}

// entStatic is what entityFor works out from its arguments and the
// lexicon alone: the canonical name and country, the id, whether it is a
// news medium.
type entStatic struct {
	name, country, id string
	media             bool
}

// entStaticFor works out the static part of entityFor(kind, name,
// country).
func (l *lexicon) entStaticFor(kind graph.Kind, name, country string) entStatic {
	if kind != graph.Person {
		if k, ok := l.kindOf[name]; ok && k == kind {
			// canonical already
		} else if g := l.canonical(name); g != nil && g.kind == kind {
			name = g.name
			if country == "" {
				country = g.country
			}
		}
	}
	return entStatic{name: name, country: country, id: entityID(kind, name), media: kind == graph.Organization && l.media[name]}
}

// entityFrom is entityFor after its first lookup, from the worked-out
// static part.
func (d *doc) entityFrom(kind graph.Kind, asked string, st *entStatic) *entity {
	if e, ok := d.ents[st.id]; ok {
		d.byName[entKey{kind, asked}] = e
		return e
	}
	e := d.newEntity()
	*e = entity{id: st.id, name: st.name, kind: kind, first: d.order, country: st.country, aliases: e.aliases, titles: e.titles}
	if st.media {
		e.media = true
	}
	d.order++
	d.ents[st.id] = e
	d.byName[entKey{kind, asked}] = e
	return e
}

// gzEntityFor is entityFor(kind, name, country) for the entity that
// gazetteer entry g names in a use (see setGzEntity), whose static part is
// worked out once for all documents.
func (d *doc) gzEntityFor(g *gzEntry, use int, kind graph.Kind, name, country string) *entity {
	if e, ok := d.byName[entKey{kind, name}]; ok {
		return e
	}
	st := g.statics[use].Load()
	if st == nil {
		s := d.lex.entStaticFor(kind, name, country)
		st = &s
		g.statics[use].Store(st)
	}
	return d.entityFrom(kind, name, st)
}

// entKey names an entity by kind and the name it was asked for by.
type entKey struct {
	kind graph.Kind
	name string
}

// relKey identifies a relation within a document, like graph.Relation.Key:
// its type (by relIndex) and its ends, which stand for their ids because a
// document has one entity per id.
type relKey struct {
	t        int
	other    graph.RelType // t when relIndex does not number it
	from, to *entity
}

// keyOf is the key of a relation of type t from one entity to another.
func keyOf(t graph.RelType, from, to *entity) relKey {
	if isSymmetric(t) && to.id < from.id {
		from, to = to, from
	}
	k := relKey{t: relIndex(t), from: from, to: to}
	if k.t == 7 {
		k.other = t
	}
	return k
}

// relSigs holds graph's signatures of the relation types by relIndex and
// kindIndex, so that rules test them without map lookups.
var relSigs = func() (sigs [8]struct {
	symmetric bool
	allows    [5][5]bool
}) {
	for _, t := range graph.RelTypes {
		s := &sigs[relIndex(t)]
		s.symmetric = t.Symmetric()
		for _, from := range graph.Kinds {
			for _, to := range graph.Kinds {
				s.allows[kindIndex(from)][kindIndex(to)] = t.Allows(from, to)
			}
		}
	}
	return sigs
}()

// relIndex numbers the relation types 0 to 6, and any other 7.
func relIndex(t graph.RelType) int {
	switch t {
	case graph.Visited:
		return 0
	case graph.Met:
		return 1
	case graph.Quoted:
		return 2
	case graph.Supplies:
		return 3
	case graph.Leads:
		return 4
	case graph.AffiliatedWith:
		return 5
	case graph.Accompanied:
		return 6
	}
	return 7
}

// kindIndex numbers the entity kinds 1 to 4, and any other 0.
func kindIndex(k graph.Kind) int {
	switch k {
	case graph.Person:
		return 1
	case graph.Country:
		return 2
	case graph.Organization:
		return 3
	case graph.Place:
		return 4
	}
	return 0
}

// isSymmetric is t.Symmetric().
func isSymmetric(t graph.RelType) bool {
	if i := relIndex(t); i < 7 {
		return relSigs[i].symmetric
	}
	return t.Symmetric()
}

// allows is t.Allows(from, to).
func allows(t graph.RelType, from, to graph.Kind) bool {
	i, f, k := relIndex(t), kindIndex(from), kindIndex(to)
	if i == 7 || f == 0 || k == 0 {
		return t.Allows(from, to)
	}
	return relSigs[i].allows[f][k]
}

// canonicals caches canonical across documents; the gazetteer never
// changes, so the cache is safe to share.
var (
	canonicals     sync.Map // string -> *gzEntry (nil when unknown)
	canonicalsSize atomic.Int64
)

// maxCanonicals bounds the cache so that a long run over many articles
// keeps a fixed footprint.
const maxCanonicals = 50000

// canonical looks a whole phrase up in the gazetteer.
func (d *doc) canonical(phrase string) *gzEntry { return d.lex.canonical(phrase) }

// canonical looks a whole phrase up in the gazetteer.
func (l *lexicon) canonical(phrase string) *gzEntry {
	if g, ok := canonicals.Load(phrase); ok {
		return g.(*gzEntry)
	}
	g := l.lookupPhrase(phrase)
	if len(phrase) < 80 && canonicalsSize.Load() < maxCanonicals {
		if _, loaded := canonicals.LoadOrStore(phrase, g); !loaded {
			canonicalsSize.Add(1)
		}
	}
	return g
}

func (l *lexicon) lookupPhrase(phrase string) *gzEntry {
	nt := normalize(phrase, false)
	toks := tokenize(nt.norm, 0, len(nt.norm), nil)
	if len(toks) == 0 {
		return nil
	}
	g, end := l.gazMatch(toks, 0)
	if g == nil || end != len(toks) {
		return nil
	}
	return g
}

// person returns the person entity for a full name, merging spelling
// variants ("Kim Jong-un" = "Kim Jong Un") and gazetteer aliases.
func (d *doc) person(name string, full bool) *entity {
	if e, ok := d.byName[entKey{"person-name", name}]; ok {
		if full {
			e.full++
		}
		return e
	}
	asked := name
	defer func() { d.byName[entKey{"person-name", asked}] = d.persons[personKey(name)] }()
	key := personKey(name)
	if p, ok := d.lex.people[key]; ok {
		name = p.name
		key = personKey(name)
	}
	e, ok := d.persons[key]
	if !ok {
		e = d.entityFor(graph.Person, name, "")
		d.persons[key] = e
		if p, ok := d.lex.people[key]; ok {
			e.info = p
			for _, r := range p.roles {
				if r.role == "president" || r.role == "leader" || r.role == "prime minister" {
					if d.lex.kindOf[r.at] == graph.Country && e.country == "" {
						e.country = r.at
					}
				}
			}
		}
	}
	if full {
		e.full++
	}
	return e
}

// personStatic is what person works out from a name and the lexicon
// alone.
type personStatic struct {
	key         string      // personKey of the canonical name
	info        *personInfo // what the gazetteer knows of the person
	roleCountry string      // the first country the person leads, by the gazetteer
	ent         entStatic   // for entityFor(graph.Person, canonical name, "")
}

// personStaticFor works out the static part of person(name, …).
func (l *lexicon) personStaticFor(name string) *personStatic {
	key := personKey(name)
	if p, ok := l.people[key]; ok {
		name = p.name
		key = personKey(name)
	}
	ps := &personStatic{key: key, ent: l.entStaticFor(graph.Person, name, "")}
	if p, ok := l.people[key]; ok {
		ps.info = p
		for _, r := range p.roles {
			if (r.role == "president" || r.role == "leader" || r.role == "prime minister") && l.kindOf[r.at] == graph.Country {
				ps.roleCountry = r.at
				break
			}
		}
	}
	return ps
}

// gzPerson is person(g.name, true) for a gazetteer entry of a person,
// whose static part is worked out once for all documents.
func (d *doc) gzPerson(g *gzEntry) *entity {
	name := g.name
	if e, ok := d.byName[entKey{"person-name", name}]; ok {
		e.full++
		return e
	}
	ps := g.person.Load()
	if ps == nil {
		ps = d.lex.personStaticFor(name)
		g.person.Store(ps)
	}
	e, ok := d.persons[ps.key]
	if !ok {
		// entityFor(graph.Person, ps.ent.name, "")
		if e, ok = d.byName[entKey{graph.Person, ps.ent.name}]; !ok {
			e = d.entityFrom(graph.Person, ps.ent.name, &ps.ent)
		}
		d.persons[ps.key] = e
		if ps.info != nil {
			e.info = ps.info
			if ps.roleCountry != "" && e.country == "" {
				e.country = ps.roleCountry
			}
		}
	}
	e.full++
	d.byName[entKey{"person-name", name}] = d.persons[ps.key]
	return e
}

// surnameOf is the part of a full name that stands alone for the person:
// the family name, first in Korean and Chinese names; the given name, last,
// in Vietnamese names; else the last word.
func surnameOf(name string) string {
	name = strings.TrimSpace(name)
	first, rest, ok := strings.Cut(name, " ")
	if !ok {
		return name
	}
	if eastAsianSurnames[first] && strings.Count(rest, " ") <= 1 {
		return first
	}
	return name[strings.LastIndexByte(name, ' ')+1:]
}

// resolve turns the single names of the first pass into people, merges
// mentions, and counts them.
func (d *doc) resolve() {
	// The map is kept from document to document; its lists start in the
	// document's storage for entity lists.
	if d.short == nil {
		d.short = map[string][]*entity{}
	}
	short := d.short
	addShort := func(s string, e *entity) {
		l, ok := short[s]
		if !ok {
			l = d.entityList(2)
		}
		short[s] = append(l, e)
	}
	people := d.entityList(len(d.persons))
	for _, e := range d.persons {
		people = append(people, e)
	}
	slices.SortFunc(people, func(a, b *entity) int { return a.first - b.first })
	for _, e := range people {
		if !twoFields(e.name) {
			continue
		}
		s := surnameOf(e.name)
		addShort(s, e)
		if _, after, ok := strings.Cut(s, "-"); ok {
			addShort(after, e) // "Leif-Eric Easley": no; "Shin Won-sik": no
		}
	}
	// A person named in full under another spelling answers to that
	// spelling's surname too: "Volodymyr Zelenskyy", then "Zelenskyy".
	for si := range d.sents {
		for _, m := range d.sents[si].ments {
			if m.ent == nil || m.ent.kind != graph.Person || m.single != "" || !twoFields(m.surface) {
				continue
			}
			if s := surnameOf(m.surface); !slices.Contains(short[s], m.ent) {
				short[s] = append(short[s], m.ent)
			}
		}
	}
	// Acronyms spelt out in brackets: "National Intelligence Service (NIS)".
	acronyms := map[string]*entity{}
	for si := range d.sents {
		st := &d.sents[si]
		for mi := range st.ments {
			m := &st.ments[mi]
			if m.ent == nil || m.ent.kind == graph.Person || m.e+2 >= len(st.toks) {
				continue
			}
			if st.toks[m.e].text == "(" && st.toks[m.e+2].text == ")" && st.toks[m.e+1].caps {
				if _, taken := acronyms[st.toks[m.e+1].text]; !taken {
					acronyms[st.toks[m.e+1].text] = m.ent
				}
			}
		}
	}
	pick := func(cands []*entity) *entity {
		var best *entity
		for _, c := range cands {
			if best == nil || c.full > best.full || c.full == best.full && c.first < best.first {
				best = c
			}
		}
		return best
	}
	for si := range d.sents {
		st := &d.sents[si]
		out := st.ments[:0]
		for _, m := range st.ments {
			if m.acronym {
				if e, ok := acronyms[m.single]; ok {
					m.ent = e
				} else {
					continue
				}
			} else if m.single != "" {
				switch {
				case len(short[m.single]) > 0:
					m.ent = pick(short[m.single])
				case d.lex.single[m.single] != nil:
					m.ent = d.person(d.lex.single[m.single].name, false)
				case m.placeHint && !d.lex.common[strings.ToLower(m.single)]:
					m.ent = d.entityFor(graph.Place, m.single, "")
				case personalTitle(m.title) && !d.lex.common[strings.ToLower(m.single)] && !d.usedLower(strings.ToLower(m.single)):
					m.ent = d.person(m.single, false)
				default:
					continue
				}
				if m.honor != "" {
					m.surface = m.honor + " " + m.single
				}
			}
			if m.ent == nil {
				continue
			}
			out = append(out, m)
		}
		st.ments = out
	}
	d.foldShortOrgs()
	for si := range d.sents {
		st := &d.sents[si]
		for mi := range st.ments {
			m := &st.ments[mi]
			m.ent.mentions++
			m.ent.addAlias(m.surface)
			if m.title != "" && m.ent.kind == graph.Person {
				m.ent.titles = append(m.ent.titles, m.title)
			}
		}
	}
}

// twoFields reports whether len(strings.Fields(s)) >= 2.
func twoFields(s string) bool {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}

// usedLower reports whether the lower-case word w appears as a word of its
// own, in lower case, somewhere in the document: then its capitalised form
// is a common word at a sentence's start, not a name.
func (d *doc) usedLower(w string) bool {
	if !d.vocabBuilt {
		// Built once, on first need: the lower-case words of the text.
		n := 0
		for si := range d.sents {
			st := &d.sents[si]
			n += len(st.toks)
		}
		d.lowerVocab.reset(n)
		if d.lowerKnown == nil {
			d.lowerKnown = make([]uint64, (len(knownTable.keys)+63)/64)
		}
		clear(d.lowerKnown)
		for si := range d.sents {
			st := &d.sents[si]
			for k := range st.toks {
				if t := &st.toks[k]; t.kind == tWord && !t.cap {
					// A lower-case known word is its own key.
					if t.known != 0 {
						d.lowerKnown[(t.known-1)/64] |= 1 << ((t.known - 1) % 64)
					} else {
						d.lowerVocab.add(t.lower)
					}
				}
			}
		}
		d.vocabBuilt = true
	}
	if k := knownTable.index(w); k >= 0 {
		return d.lowerKnown[k/64]&(1<<(k%64)) != 0
	}
	return d.lowerVocab.has(w)
}

// wordSet is a set of words in an open-addressing table that keeps its
// arrays from document to document. A slot with an empty word is free.
type wordSet struct {
	hashes []uint64
	words  []string
	mask   uint64
	used   []uint32 // the slots filled, to empty them again
}

// reset empties the set, sized for up to n words.
func (s *wordSet) reset(n int) {
	s.clear()
	size := 64
	for size < 2*n {
		size *= 2
	}
	if cap(s.words) < size {
		s.hashes, s.words = make([]uint64, size), make([]string, size)
	} else {
		s.hashes, s.words = s.hashes[:size], s.words[:size]
	}
	s.mask = uint64(size - 1)
}

// clear empties the filled slots.
func (s *wordSet) clear() {
	for _, p := range s.used {
		s.words[p] = ""
	}
	s.used = s.used[:0]
}

// setHash hashes a word for wordSet.
func setHash(w string) uint64 {
	if len(w) <= 8 {
		return shortHash(wordBits(w, 0, len(w)))
	}
	return wordHash(w)
}

// add puts the non-empty word w into the set.
func (s *wordSet) add(w string) {
	h := setHash(w)
	p := h & s.mask
	for s.words[p] != "" {
		if s.hashes[p] == h && s.words[p] == w {
			return
		}
		p = (p + 1) & s.mask
	}
	s.hashes[p], s.words[p] = h, w
	s.used = append(s.used, uint32(p))
}

// has reports whether w is in the set.
func (s *wordSet) has(w string) bool {
	if len(s.words) == 0 {
		return false
	}
	h := setHash(w)
	for p := h & s.mask; s.words[p] != ""; p = (p + 1) & s.mask {
		if s.hashes[p] == h && s.words[p] == w {
			return true
		}
	}
	return false
}

// corporateHeads may follow a company's short name in its full name.
var corporateHeads = set("Electronics Motor Motors Group Holdings Corporation Corp Company Co Industries Technologies Aerospace Shipbuilding Steel Petroleum Telecom International Systems Energy Heavy Chemical Chemicals Bank")

// foldShortOrgs makes a company's one-word short name ("Samsung") an alias
// of its full name in the same article ("Samsung Electronics").
func (d *doc) foldShortOrgs() {
	var orgs []*entity
	for _, e := range d.ents {
		if e.kind == graph.Organization {
			orgs = append(orgs, e)
		}
	}
	slices.SortFunc(orgs, func(a, b *entity) int { return a.first - b.first })
	into := map[*entity]*entity{}
	for _, short := range orgs {
		if strings.Contains(short.name, " ") {
			continue
		}
		for _, long := range orgs {
			rest, ok := strings.CutPrefix(long.name, short.name+" ")
			if !ok {
				continue
			}
			all := true
			for _, w := range strings.Fields(rest) {
				if !corporateHeads[w] {
					all = false
				}
			}
			if all {
				into[short] = long
				break
			}
		}
	}
	if len(into) == 0 {
		return
	}
	for si := range d.sents {
		for k := range d.sents[si].ments {
			if long, ok := into[d.sents[si].ments[k].ent]; ok {
				d.sents[si].ments[k].ent = long
			}
		}
	}
}

// docs recycles the maps of finished extractions.
var docs = sync.Pool{New: func() any {
	return &doc{
		ents:       map[string]*entity{},
		persons:    map[string]*entity{},
		rels:       map[relKey]*relCand{},
		byName:     map[entKey]*entity{},
		lastTitled: map[string]*entity{},
	}
}}

// newDoc returns an empty working state.
func newDoc() *doc {
	d := docs.Get().(*doc)
	d.lex = theLexicon()
	return d
}

// release empties d and gives it back for the next extraction. Nothing of
// d may be used afterwards: the extraction copies what it returns.
func (d *doc) release() {
	clear(d.ents)
	clear(d.persons)
	d.lowerVocab.clear()
	clear(d.rels)
	clear(d.byName)
	clear(d.lastTitled)
	d.ents0.reset(emptyEntity)
	d.cands0.reset(emptyRelCand)
	for _, id := range d.gzTouched {
		d.gzEnts[id] = [2]*entity{}
	}
	clear(d.mentions)
	clear(d.short)
	clear(d.entLists)
	clear(d.mentLists)
	clear(d.strLists)
	clear(d.partsBuf[:cap(d.partsBuf)])
	clear(d.titleBuf[:cap(d.titleBuf)])
	clear(d.sents)
	clear(d.candBuf[:cap(d.candBuf)])
	clear(d.entBuf[:cap(d.entBuf)])
	*d = doc{ents: d.ents, persons: d.persons, lowerVocab: d.lowerVocab, rels: d.rels, byName: d.byName, lastTitled: d.lastTitled,
		lowerKnown: d.lowerKnown, idxBuf: d.idxBuf, firstBuf: d.firstBuf, trigArena: d.trigArena[:0], titleBuf: d.titleBuf[:0], nt0: normText{breaks: d.nt0.breaks[:0]}, entLists: d.entLists[:0], mentLists: d.mentLists[:0], strLists: d.strLists[:0], partsBuf: d.partsBuf[:0], anchorsBuf: d.anchorsBuf[:0], short: d.short, msBuf: d.msBuf[:0], boolArena: d.boolArena[:0],
		sents: d.sents[:0], ents0: d.ents0, cands0: d.cands0, mentions: d.mentions[:0], candBuf: d.candBuf[:0], entBuf: d.entBuf[:0],
		gzEnts: d.gzEnts, gzTouched: d.gzTouched[:0]}
	docs.Put(d)
}

// personalTitle reports whether a title ends in a word that introduces a
// person ("Foreign Minister", "Gen", "Mr"), not merely one that may stand
// in a title ("State", "Security").
func personalTitle(title string) bool {
	w := title[strings.LastIndexByte(title, ' ')+1:]
	return w != "" && (personTitles[w] || honorifics[w] || leaderRoles[w] || singleTitles[w])
}
