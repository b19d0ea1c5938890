package loader

import (
	"slices"
	"strings"
	"unicode"

	"github.com/relmap/relmap/graph"
)

// entity is one real-world entity of a document.
type entity struct {
	id, name string
	kind     graph.Kind
	aliases  []string // surface forms, without duplicates
	mentions int
	first    int // order of the first mention
	full     int // mentions by the full name (people)
	media    bool
	country  string // the country a place lies in, or a person's country
	titles   []string
	keep     bool        // output even when the text never names it (credited media)
	info     *personInfo // what the gazetteer knows of a person
	used     bool        // an end of a relation kept for the extraction
}

// mention is one naming of an entity in a sentence, by token index.
type mention struct {
	s, e    int // token span [s, e) in the sentence
	ent     *entity
	surface string // normalised surface form
	demonym bool
	capital bool // a capital standing for its country
	virtual bool // a pronoun or description, not an alias
	title   string
	single  string // an unresolved single name, resolved after the first pass
	honor   string // an honorific before a single name ("Mr")
	inQuote bool
	possPro bool // a possessive pronoun: "his", "her" before a noun
	// placeHint marks a single unknown name where a trip goes.
	placeHint bool
	// acronym marks an unknown acronym, read only if the article spells it
	// out in brackets after a name.
	acronym bool
	// inner marks a mention inside another one ("Japanese" in "Japanese
	// Defense Ministry"): it names its entity but takes part in no rule.
	inner bool
}

// personCand is a person's name found by the first pass.
type personCand struct {
	name  string
	toks  int
	order int
}

// gazMatch returns the longest gazetteer entry matching toks at i, and the
// end of the match.
func (l *lexicon) gazMatch(toks []token, i int) (*gzEntry, int) {
	t := &toks[i]
	if t.kind == tPunct {
		return nil, 0
	}
	var cands []*gzEntry
	switch {
	case t.known != 0 && t.caps && len(t.text) > 3:
		cands = l.byKnownCaps[t.known-1] // as below, joined beforehand
	case t.known != 0:
		cands = l.byKnown[t.known-1]
	default:
		cands = l.byFirst[t.text]
		if t.caps && len(t.text) > 3 {
			cands = append(cands[:len(cands):len(cands)], l.byFirst[titleCase(t.text)]...)
		}
	}
	var best *gzEntry
	bestEnd := 0
	for _, e := range cands {
		if i+len(e.toks) > len(toks) || i+len(e.toks) <= bestEnd {
			continue
		}
		ok := true
		for k := 1; k < len(e.toks); k++ {
			tk := &toks[i+k]
			if tk.text != e.toks[k] && !(tk.caps && strings.EqualFold(tk.text, e.toks[k])) {
				ok = false
				break
			}
			// Tokens of a phrase must be adjacent or separated by spaces only.
		}
		if ok {
			best, bestEnd = e, i+len(e.toks)
		}
	}
	return best, bestEnd
}

func titleCase(s string) string {
	var b strings.Builder
	up := true
	for _, r := range s {
		if up {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		up = r == ' ' || r == '-'
	}
	return b.String()
}

// placePreps are the words before a capital that make it a destination or
// a location rather than the state.
var placePreps = set("in to at into near outside around across toward towards reached visited visit visiting toured tour landed arrived arriving centre center outskirts streets downtown central via")

// isTitleWord reports whether t is a title or role word ("President",
// "Minister", "Mr").
func isTitleWord(t token) bool { return t.kind == tWord && (t.cls&clsTitleWords != 0) }

// detect finds the mentions of one sentence (first pass): gazetteer
// phrases, organisation and place patterns, people's full names, and single
// capitalised names left for later resolution.
func (d *doc) detect(si int) {
	st := &d.sents[si]
	toks := st.toks
	l := d.lex
	n := len(toks)
	titleCaseLine := st.headline && isTitleCased(toks)
	// One pass for the capitals, and for the classes and trigger words
	// that relations reads.
	caps := 0
	trigStart := len(d.trigArena)
	for ti := range toks {
		t := &toks[ti]
		if t.cap {
			caps++
		}
		st.mask |= t.cls
		if t.cls&triggerClasses != 0 {
			d.trigArena = append(d.trigArena, ti)
		}
	}
	st.trig = d.trigArena[trigStart:len(d.trigArena):len(d.trigArena)]
	ms := d.mentionSlice(caps + 1)
	quote := d.quoteMask(toks)
	st.quote = quote
	dateline := -1
	if n > 2 && toks[0].caps {
		// "SEOUL/MOSCOW (Reuters) -": upper-case places before the agency.
		for k := 1; k < n && k < 8; k++ {
			if toks[k].text == "(" || toks[k].text == "-" || toks[k].text == "--" || toks[k].text == ":" {
				dateline = k
				break
			}
			if !(toks[k].caps || toks[k].text == "/" || toks[k].text == ",") {
				break
			}
		}
	}
	i := 0
	for i < n {
		t := &toks[i]
		if t.kind != tWord || !t.cap {
			i++
			continue
		}
		// The run of capitalised words from i.
		r := i
		ofRun := false
		for r < n && r < i+maxRun {
			tk := &toks[r]
			if tk.kind == tWord && tk.cap {
				r++
				continue
			}
			// Particles inside a name: "Ursula von der Leyen".
			if r > i && r+1 < n && tk.cls&clsNameParticles != 0 && (toks[r-1].cap || toks[r-1].cls&clsNameParticles != 0) && (toks[r+1].cap || toks[r+1].cls&clsNameParticles != 0 && r+2 < n && toks[r+2].cap) {
				r++
				continue
			}
			// Initials and abbreviated titles inside a name: "Vladimir V.
			// Putin", "Lt. Gen. Oleg Tarasenko".
			if tk.text == "." && r > i && r+1 < n && toks[r+1].cap && tk.s == toks[r-1].e && (len(toks[r-1].text) == 1 || isTitleWord(toks[r-1])) {
				r++
				continue
			}
			if tk.text == "'" && r > i && tk.s == toks[r-1].e && strings.HasSuffix(toks[r-1].text, "s") && r+1 < n && toks[r+1].cap {
				r++
				continue
			}
			if (tk.lower == "of" || tk.lower == "for") && r > i && r+1 < n && toks[r+1].cap && (isOrgHead(&toks[r-1]) || isPlaceHead(&toks[r-1])) {
				r++
				if r < n && toks[r].lower == "the" && r+1 < n && toks[r+1].cap {
					r++
				}
				ofRun = true
				continue
			}
			// "Centre for Democracy and Development": after "of" or "for",
			// an "and" that joins two more words of the name, not a title
			// or a known name.
			if ofRun && tk.lower == "and" && r+1 < n && toks[r+1].cap && !isTitleWord(toks[r+1]) && !toks[r+1].caps {
				if g, _ := l.gazMatch(toks, r+1); g == nil && !l.firstName[toks[r+1].text] && (r+2 >= n || !toks[r+2].cap || isOrgHead(&toks[r+2])) {
					r++
					continue
				}
			}
			break
		}
		pos := i
		if t.text == "The" && r > i+1 {
			pos = i + 1 // "The U.S. Embassy", "The Kremlin"
		}
		title := d.titleBuf[:0] // reused: only joined copies of it are kept
		var titleStart = -1
		for pos < max(r, i+1) {
			g, gend := l.gazMatch(toks, pos)
			oend, okind := orgPattern(toks, pos, r)
			if oend > gend && !titleCaseLine {
				m := mention{s: pos, e: oend, surface: span(d.nt.norm, toks, pos, oend)}
				m.ent = d.entityFor(okind, m.surface, "")
				// "Kursk Oblast": the region the gazetteer knows as Kursk.
				if okind == graph.Place && gend == oend-1 && g != nil && g.kind == graph.Place {
					m.ent = d.entityFor(graph.Place, g.name, g.country)
				}
				// "Japanese Defense Ministry" names Japan too.
				if g != nil && g.role == gDemonym && gend < oend {
					cm := mention{s: pos, e: gend, surface: span(d.nt.norm, toks, pos, gend), demonym: true, inner: true}
					cm.ent = d.entityFor(graph.Country, g.name, "")
					ms = append(ms, cm)
				}
				ms = append(ms, m)
				pos = oend
				title = title[:0]
				continue
			}
			if g != nil {
				m := mention{s: pos, e: gend, surface: span(d.nt.norm, toks, pos, gend)}
				switch {
				// A phrase names the same entity each time: what person and
				// entityFor gave the first time is kept by phrase.
				case g.kind == graph.Person:
					if e := d.gzEntity(g, 0); e != nil {
						e.full++ // as person(g.name, true) does
						m.ent = e
					} else {
						m.ent = d.gzPerson(g)
						d.setGzEntity(g, 0, m.ent)
					}
					m.title = joinWords(title)
				case g.role == gCapital:
					if d.capitalIsPlace(toks, pos, gend, dateline) {
						if m.ent = d.gzEntity(g, 0); m.ent == nil {
							m.ent = d.gzEntityFor(g, 0, graph.Place, g.name, g.country)
							d.setGzEntity(g, 0, m.ent)
						}
					} else {
						if m.ent = d.gzEntity(g, 1); m.ent == nil {
							m.ent = d.gzEntityFor(g, 1, graph.Country, g.country, "")
							d.setGzEntity(g, 1, m.ent)
						}
						m.capital = true
					}
				case g.role == gDemonym:
					if m.ent = d.gzEntity(g, 0); m.ent == nil {
						m.ent = d.gzEntityFor(g, 0, graph.Country, g.name, "")
						d.setGzEntity(g, 0, m.ent)
					}
					m.demonym = true
				default:
					if m.ent = d.gzEntity(g, 0); m.ent == nil {
						m.ent = d.gzEntityFor(g, 0, g.kind, g.name, g.country)
						d.setGzEntity(g, 0, m.ent)
					}
				}
				if dateline > 0 && pos < dateline && g.kind == graph.Place && m.ent.kind == graph.Place {
					m.surface = toks[pos].text
				}
				ms = append(ms, m)
				pos = gend
				title = title[:0]
				continue
			}
			if pos >= r {
				break
			}
			tk := &toks[pos]
			if isTitleWord(*tk) {
				if titleStart < 0 {
					titleStart = pos
				}
				title = append(title, tk.lower)
				pos++
				if pos < r && toks[pos].text == "." {
					pos++ // "Mr.", "Gen."
				}
				continue
			}
			// A name: capitalised words up to a title, a gazetteer phrase or the run's end.
			q := pos
			for q < r && (q-pos < 5 || q-pos < 7 && hasParticle(toks[pos:q])) {
				if q > pos && (isTitleWord(toks[q]) && !(len(title) > 0)) {
					break
				}
				if q > pos {
					if g2, _ := l.gazMatch(toks, q); g2 != nil && g2.kind != graph.Person {
						break
					}
				}
				if toks[q].text == "'" || q > pos && titleCaseLine && toks[q].cls&verbClasses != 0 {
					break // a capitalised headline's verb ends the name
				}
				if toks[q].text == "." && q > pos && len(toks[q-1].text) > 1 {
					break // only an initial's full stop belongs to a name
				}
				q++
			}
			if q == pos {
				q = pos + 1
			}
			if q < n && (toks[q].cls&clsPlaceSuffixes != 0) && !titleCaseLine && len(title) == 0 {
				m := mention{s: pos, e: q + 1, surface: span(d.nt.norm, toks, pos, q+1)}
				m.ent = d.entityFor(graph.Place, m.surface, "")
				ms = append(ms, m)
				pos = q + 1
				continue
			}
			name := toks[pos:q]
			if m, ok := d.nameMention(toks, i, pos, q, name, title, titleCaseLine, pos == 0 || quote[pos] != quote[pos-1]); ok {
				ms = append(ms, m)
			}
			title = title[:0]
			pos = q
		}
		d.titleBuf = title[:0]
		if pos <= i {
			pos = i + 1
		}
		i = pos
	}
	for k := range ms {
		ms[k].inQuote = quote[ms[k].s]
	}
	st.ments = ms
}

// nameParticles may stand inside a person's name in lower case.
var nameParticles = set("von van der den de del da di dos das du la le bin bint ibn al el ould")

// maxRun bounds a run of capitalised words: no name is longer, and the
// bound keeps pathological input linear.
const maxRun = 14

// isTitleCased reports whether a heading capitalises its small words too.
func isTitleCased(toks []token) bool {
	words, caps := 0, 0
	for ti := range toks {
		t := &toks[ti]
		if t.kind != tWord {
			continue
		}
		words++
		if t.cap {
			caps++
		}
	}
	return words >= 4 && caps*10 >= words*8
}

// quoteMask marks the tokens inside paired double quotes.
func quoteMask(toks []token) []bool {
	return markQuotes(toks, make([]bool, len(toks)))
}

// quoteMask is quoteMask with the mask cut from the document's arena.
func (d *doc) quoteMask(toks []token) []bool {
	if cap(d.boolArena)-len(d.boolArena) < len(toks) {
		d.boolArena = make([]bool, 0, max(4096, len(toks)))
	}
	k := len(d.boolArena)
	d.boolArena = d.boolArena[:k+len(toks)]
	mask := d.boolArena[k : k+len(toks) : k+len(toks)]
	clear(mask)
	return markQuotes(toks, mask)
}

// markQuotes sets mask for the tokens inside paired double quotes.
func markQuotes(toks []token, mask []bool) []bool {
	open := -1
	for i := range toks {
		t := &toks[i]
		if t.text != `"` {
			continue
		}
		if open < 0 {
			open = i
			continue
		}
		for k := open + 1; k < i; k++ {
			mask[k] = true
		}
		open = -1
	}
	return mask
}

// span returns the normalised text of tokens [a, b).
func span(norm string, toks []token, a, b int) string {
	return norm[toks[a].s:toks[b-1].e]
}

// orgPattern recognises an organisation or place by its head word within
// the capitalised run [pos, r): "Kookmin University", "Ministry of
// Foreign Affairs", "Vostochny Cosmodrome".
func orgPattern(toks []token, pos, r int) (int, graph.Kind) {
	if pos >= r || (toks[pos].cls&clsPersonTitles != 0) && !isOrgHead(&toks[pos]) {
		return 0, ""
	}
	for h := pos; h < r; h++ {
		t := &toks[h]
		if h > pos && (t.cls&clsPersonTitles != 0) && !isOrgHead(t) && !isPlaceHead(t) {
			return 0, ""
		}
		kind := graph.Kind("")
		switch {
		case isOrgHead(t):
			kind = graph.Organization
		case isPlaceHead(t):
			kind = graph.Place
		default:
			continue
		}
		end := h + 1
		for end < r && isOrgHead(&toks[end]) {
			end++ // "Hyundai Motor Group"
		}
		// "Ministry of Foreign Affairs", "University of Seoul".
		if end+1 < r && (toks[end].lower == "of" || toks[end].lower == "for") {
			k := end + 1
			if toks[k].lower == "the" {
				k++
			}
			for k < r && (toks[k].cap && toks[k].cls&clsPersonTitles == 0 || isOrgHead(&toks[k]) || toks[k].lower == "and" && k+1 < r && toks[k+1].cap) {
				k++ // the run holds an "and" only inside such a name
			}
			if k > end+1 {
				end = k
			}
		}
		if end-pos < 2 {
			return 0, ""
		}
		return end, kind
	}
	return 0, ""
}

// capitalIsPlace decides whether a capital names the city (a destination,
// a location, a dateline) or stands for its state.
func (d *doc) capitalIsPlace(toks []token, s, e, dateline int) bool {
	if dateline > 0 && s < dateline {
		return true
	}
	if s == 0 && toks[0].caps && e < len(toks) && (toks[e].text == "," || toks[e].text == "/" || toks[e].text == "(" || toks[e].text == "-" || toks[e].text == "--" || toks[e].text == ":") {
		return true // a dateline
	}
	if e+1 < len(toks) && toks[e].text == "," && toks[e+1].lower == "where" {
		return true // "Beijing, where he and Putin attended a forum"
	}
	if s > 0 {
		p := &toks[s-1]
		if p.lower == "to" {
			// "a visit to Pyongyang", but "sell weapons to Moscow".
			if s > 1 {
				q := toks[s-2].lower
				if s > 2 && travelAdverb(q) {
					// "travelled secretly to Moscow", "travel together to Kyiv".
					return toks[s-3].cls&(clsVisitVerbs|clsVisitNouns) != 0
				}
				return toks[s-2].cls&(clsVisitVerbs|clsVisitNouns) != 0 || q == "delegation" || q == "back" || q == "way" || q == "on"
			}
			return false
		}
		if p.cls&clsPlacePreps != 0 || p.cls&(clsVisitVerbs|clsVisitNouns) != 0 && p.lower != "came" && p.lower != "return" {
			return true
		}
		if p.text == "," && s > 1 && toks[s-2].lower == "capital" || p.lower == "capital" {
			return true
		}
		if p.lower == "of" && s > 1 && (toks[s-2].cls&clsPlacePreps != 0) {
			return true
		}
	}
	return false
}

// nameMention classifies a run of capitalised words that no gazetteer
// knows: a person's full name, or a single name to resolve later.
func (d *doc) nameMention(toks []token, runStart, pos, q int, name []token, title []string, titleCaseLine, sentStart bool) (mention, bool) {
	l := d.lex
	titled := false
	for _, w := range title {
		if personTitles[w] || honorifics[w] {
			titled = true
		}
	}
	if !titled && runStart > 0 && runStart == pos {
		// "leader Kim", "counterpart, No Kwang-chol".
		p := &toks[runStart-1]
		if p.text == "," && runStart > 1 {
			p = &toks[runStart-2]
		}
		if p.kind == tWord && !p.cap && (p.cls&(clsTitleWords|clsLeaderRoles) != 0 || p.lower == "counterpart") {
			titled = true
			title = []string{p.lower}
		}
	}
	// Drop leading common words ("The", "In") that start a sentence, and
	// the verbs of a capitalised headline ("Meets").
	for len(name) > 0 && (name[0].cls&clsCommon != 0 && !titled || titleCaseLine && name[0].cls&verbClasses != 0) {
		name = name[1:]
		pos++
	}
	if len(name) == 0 {
		return mention{}, false
	}
	// Initials drop out of the name: "Vladimir V. Putin" is Vladimir Putin.
	var wordBuf [8]string
	words := wordBuf[:0]
	for k := range name {
		t := &name[k]
		if t.text == "." || len(t.text) == 1 && t.cap && k+1 < len(name) && name[k+1].text == "." {
			continue
		}
		if t.kind != tWord || strings.ContainsAny(t.text, "0123456789") || adjectiveCompound(t.lower) {
			return mention{}, false
		}
		words = append(words, t.text)
	}
	if len(words) == 0 || eventHeads[words[len(words)-1]] {
		return mention{}, false
	}
	if last := words[len(words)-1]; nameSuffix(last) && pos+len(name) < len(toks) && toks[pos+len(name)].text == "." {
		words[len(words)-1] = last + "." // "Ferdinand Marcos Jr."
	}
	m := mention{s: pos, e: pos + len(name), surface: span(d.nt.norm, toks, pos, pos+len(name)), title: joinWords(title)}
	if len(words) == 1 && len(name) > 1 && initialsBefore(name) && len(name[len(name)-1].text) > 1 {
		// "S. Jaishankar": initials and a surname name a person.
		m.ent = d.person(strings.TrimSpace(span(d.nt.norm, toks, pos, pos+len(name))), true)
		return m, true
	}
	if len(words) == 1 {
		if len(name) > 1 {
			return mention{}, false
		}
		m.single = name[0].text
		if name[0].caps && len(name[0].text) <= 6 {
			// An acronym the article has not spelt out stays unknown;
			// resolve reads it if it has ("the Reconnaissance General
			// Bureau (RGB)").
			m.acronym = true
			return m, true
		}
		// "arrived in Komsomolsk", "a visit to Tver": an unknown name where
		// a trip goes is a place.
		for k := pos - 1; k >= 0 && k >= pos-5; k-- {
			if k == pos-1 && !(toks[k].lower == "to" || toks[k].lower == "in" || toks[k].lower == "at") {
				break
			}
			if toks[k].cls&(clsVisitVerbs|clsVisitNouns) != 0 {
				m.placeHint = true
				break
			}
		}
		if len(title) > 0 && honorifics[title[len(title)-1]] {
			for k := pos - 1; k >= 0 && k >= pos-2; k-- {
				if toks[k].text != "." {
					m.honor = toks[k].text // "Mr", also in "Mr. Kim"
					break
				}
			}
		}
		return m, true
	}
	if titleCaseLine && !titled {
		return mention{}, false
	}
	if len(words) > 4 && !(len(words) <= 6 && hasParticle(name)) {
		return mention{}, false
	}
	person := titled || l.firstName[words[0]] || eastAsianSurnames[words[0]] || vietnameseSurnames[words[0]]
	if !person {
		commonish := false
		// The words of the name as above, without initials.
		for k := range name {
			t := &name[k]
			if t.text == "." || len(t.text) == 1 && t.cap && k+1 < len(name) && name[k+1].text == "." {
				continue
			}
			// A capitalised token's lower is its text in lower case.
			lw, common := t.lower, t.cls&clsCommon != 0
			if !t.cap {
				lw = strings.ToLower(t.text)
				common = l.common[lw]
			}
			if t.cls&clsNameParticles != 0 {
				continue // "bin", "da", "Al" stand inside names
			}
			if common || d.usedLower(lw) || isUpperCase(t.text) {
				commonish = true
				break
			}
		}
		if commonish {
			return mention{}, false
		}
	}
	m.ent = d.person(joinWords(words), true)
	return m, true
}

// isUpperCase reports whether strings.ToUpper(s) == s, without building
// the upper-case string.
func isUpperCase(s string) bool {
	for _, r := range s {
		if unicode.ToUpper(r) != r {
			return false
		}
	}
	return true
}

// adjectiveCompound reports whether a hyphenated word is an adjective such
// as "Russian-made" or "U.S.-led", not part of a name.
func adjectiveCompound(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i < 0 {
		return false
	}
	switch w[i+1:] {
	case "made", "led", "backed", "based", "born", "owned", "run", "built", "style", "speaking", "era", "controlled", "occupied", "allied", "aligned", "funded", "designed", "supplied", "produced", "manufactured", "friendly", "leaning", "american", "korean", "russian":
		return true
	}
	return false
}

// addAlias records a surface form of the entity once.
func (e *entity) addAlias(a string) {
	if !slices.Contains(e.aliases, a) {
		e.aliases = append(e.aliases, a)
	}
}

// hasParticle reports whether a name holds a particle such as "bin", "da"
// or "Al", which makes room for more words: "Tamim bin Hamad Al Thani",
// "Luiz Inácio Lula da Silva".
func hasParticle(name []token) bool {
	for _, t := range name {
		if t.cls&clsNameParticles != 0 {
			return true
		}
	}
	return false
}

// travelAdverb reports whether a word may stand between a verb of travel
// and its "to": "secretly", "together", "later", "then".
func travelAdverb(w string) bool {
	switch w {
	case "together", "later", "then", "again", "also", "first", "next", "directly", "straight", "separately", "abroad", "onward", "onwards", "alone":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ly")
}

// nameSuffix reports whether a word ends a name with a full stop of its
// own: "Jr.", "Sr.".
func nameSuffix(w string) bool { return w == "Jr" || w == "Sr" }

// initialsBefore reports whether a name is initials, each with its full
// stop, and then one word: "S. Jaishankar", "M. K. Stalin".
func initialsBefore(name []token) bool {
	if len(name) < 3 || len(name)%2 == 0 {
		return false
	}
	for k := 0; k+1 < len(name); k += 2 {
		if len(name[k].text) != 1 || !name[k].cap || name[k+1].text != "." {
			return false
		}
	}
	return true
}
