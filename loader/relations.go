package loader

import (
	"slices"
	"strings"
	"sync"

	"github.com/relmap/relmap/graph"
)

// relCand is one relation found in a sentence, before one per key is kept.
type relCand struct {
	rel      graph.Relation
	from, to *entity // the entities of rel.From and rel.To
	order    int
	headline bool
}

// sctx is the view of one sentence that relation rules work on.
type sctx struct {
	d     *doc
	si    int
	st    *sentence
	toks  []token
	ms    []mention // named, pronoun and description mentions, by position
	quote []bool
	subj  *entity
	start []int16 // index in ms of the mention that starts at each token, or -1
	end   []int16 // index in ms of the last mention that ends at each token, or -1
	// counts of mentions by kind, and the word classes of the sentence, for
	// rules to skip sentences early
	nPerson, nPlace, nParty, nOrg int
	mask                          uint64
	// trig lists the tokens with a class of triggerClasses, in order, for
	// the rules that act only at such words.
	trig []int
	// origS and origE are the sentence's span in the original text, once
	// spanSet.
	origS, origE int
	spanSet      bool
	// date is dateOf's last answer.
	date struct {
		expr    *dateExpr
		planned bool
		s       string
	}
}

// index fills start, end and the counts after ms is final.
func (c *sctx) index() {
	n := len(c.toks) + 1
	if cap(c.d.idxBuf) < 2*n {
		c.d.idxBuf = make([]int16, 2*n+64)
	}
	buf := c.d.idxBuf[:2*n]
	c.start, c.end = buf[:n:n], buf[n:]
	for i := range c.start {
		c.start[i], c.end[i] = -1, -1
	}
	c.mask, c.trig = c.st.mask, c.st.trig
	for k := range c.ms {
		m := &c.ms[k]
		if c.start[m.s] < 0 {
			c.start[m.s] = int16(k)
		}
		c.end[m.e] = int16(k)
		switch m.ent.kind {
		case graph.Person:
			c.nPerson++
			c.nParty++
		case graph.Country:
			if !m.demonym || m.e < len(c.toks) && c.toks[m.e].lower == "capital" {
				c.nPlace++ // "the Nigerien capital" is a place too
			}
			c.nParty++
		case graph.Place:
			c.nPlace++
		case graph.Organization:
			c.nOrg++
			c.nParty++
		}
	}
}

// triggerClasses are the classes of the words that visited, quoted and
// supplies act at.
const triggerClasses = clsVisitVerbs | clsVisitNouns | clsSpeechVerbs | clsSpeechExtra | clsSupplyVerbs | clsReceiveVerbs | clsDeployVerbs | clsSupplyExtra | clsDeniedCues

// commaBetween reports whether a comma stands between tokens a and b.
func (c *sctx) commaBetween(a, b int) bool {
	for k := a + 1; k < b && k < len(c.toks); k++ {
		if c.toks[k].text == "," {
			return true
		}
	}
	return false
}

// has reports whether a word of one of the classes occurs in the sentence.
func (c *sctx) has(classes uint64) bool { return c.mask&classes != 0 }

// mAt returns the mention that starts at token i, or nil.
func (c *sctx) mAt(i int) *mention {
	if i < 0 || i >= len(c.start) || c.start[i] < 0 {
		return nil
	}
	return &c.ms[c.start[i]]
}

// Relation trigger words.
var (
	visitVerbs    = set("visit visits visited visiting arrive arrives arrived arriving travel travels travelled traveled travelling traveling toured tours went go goes going fly flies flew flying landed lands land drove drive drives reached reach reaches headed heading head came come comes returned return")
	visitNouns    = set("visit trip tour arrival journey stopover")
	metVerbs      = set("met meet meets meeting talks summit embraced embrace embraces hugged hosted hosts host greeted greets welcomed welcoming welcomes received handshake")
	signVerbs     = set("signed sign signs signing")
	supplyVerbs   = set("donated donate donates donating gifted lent loaned handed hands hand handing deployed supply supplies supplied supplying provide provides provided providing send sends sent sending transfer transfers transferred transferring deliver delivers delivered delivering ship ships shipped shipping give gives gave giving export exports exported exporting sell sells sold selling")
	receiveVerbs  = set("receive receives received receiving get gets got getting obtain obtains obtained obtaining acquire acquires acquired acquiring buy buys bought buying import imports imported importing")
	deployVerbs   = set("deploying deployed deploys deploy using used uses use firing fired fires fire launching launched")
	joinVerbs     = set("join joins joined joining accompany accompanies accompanied accompanying")
	preps         = set("to with by for from of on against between among about at in into toward towards than")
	determiners   = set("the a an his her its their our this that these those")
	adjRoles      = set("new then former current acting late longtime veteran top senior chief deputy first vice then-leader then-president")
	clauseJoiners = set("while but whereas although though because when after before as where which who")
	allegedCues   = set("believe believes accused accuse accuses accusing suspected suspect suspects suspicion suspicions concern concerns concerned fear fears feared allegedly alleged reportedly presumably possibly could may might likely thought believed evidence claims claimed rumoured rumored purportedly apparently appears appeared suggest suggests suggested")
	plannedCues   = set("promised promises pledged pledges will 'll shall expected due plans plan planned planning scheduled set intends intend intended upcoming impending invitation aims hopes hoping would")
	deniedCues    = set("denied deny denies denying rejected rejects refuted refutes dismissed")
)

// relations runs every relation rule over the document's sentences.
func (d *doc) relations() {
	var lastSubj *entity
	lastPara := -10
	for si := range d.sents {
		st := &d.sents[si]
		if st.caption {
			continue
		}
		d.noteTitles(st)
		c := &sctx{d: d, si: si, st: st, toks: st.toks, quote: st.quote}
		prevSubj := lastSubj
		if st.para-lastPara > 1 {
			prevSubj = nil
		}
		c.virtuals(prevSubj)
		c.index()
		c.subj = c.subject()
		if c.nPerson > 0 {
			c.leads()
			if c.has(clsLeadVerbs) {
				c.leadsVerb()
			}
			c.affiliated()
			if c.nPlace > 0 {
				if c.has(clsVisitVerbs | clsVisitNouns | clsReceptionWords | clsMetVerbs) {
					c.visited()
				}
				c.whereVisits()
				c.appearances()
				if c.has(clsTourVerbs) {
					c.tours()
				}
				if c.has(clsAttendWords) {
					c.attended()
				}
			}
			if c.has(clsReceptionWords | clsMetVerbs) {
				c.receptions()
			}
			if c.nPerson > 1 {
				if c.has(clsMetVerbs | clsSignVerbs | clsMetExtra) {
					c.met()
				}
				if c.has(clsJoinVerbs) {
					c.accompanied()
				}
				if c.has(clsVisitVerbs) {
					c.travellingWith()
				}
			}
			if c.has(clsSpeechVerbs | clsSpeechExtra) {
				c.quoted()
			}
		}
		if c.nParty > 1 && c.has(clsSupplyVerbs|clsReceiveVerbs|clsDeployVerbs|clsDeniedCues|clsSupplyExtra) {
			c.supplies()
		}
		for mi := range st.ments {
			m := &st.ments[mi]
			switch {
			case m.ent.kind == graph.Country:
				d.lastCountry = m.ent
			case m.ent.kind == graph.Place && m.ent.country != "":
				d.lastCountry = d.entityFor(graph.Country, m.ent.country, "")
			}
		}
		if c.subj != nil && !allQuoted(c) {
			lastSubj, lastPara = c.subj, st.para
		} else if lastSubj != nil && !st.headline && !allQuoted(c) && len(c.persons()) > 0 {
			lastPara = st.para
		}
	}
}

func allQuoted(c *sctx) bool {
	return len(c.toks) > 0 && c.toks[0].text == `"`
}

// virtuals adds the pronouns and descriptions of a sentence ("he", "the
// Russian president", "the minister") to its mentions, resolved to people.
func (c *sctx) virtuals(prevSubj *entity) {
	ms := c.d.msBuf[:0] // reused: nothing keeps a sentence's mentions
	defer func() { c.d.msBuf = c.ms[:0] }()
	for _, m := range c.st.ments {
		if !m.inner {
			ms = append(ms, m)
		}
	}
	toks := c.toks
	// first[i] is the index in ms of the first mention that starts at
	// token i, or -1: the first mention in ms that starts there.
	if cap(c.d.firstBuf) < len(toks)+1 {
		c.d.firstBuf = make([]int16, len(toks)+64)
	}
	first := c.d.firstBuf[:len(toks)+1]
	for i := range first {
		first[i] = -1
	}
	for k := range ms {
		if first[ms[k].s] < 0 {
			first[ms[k].s] = int16(k)
		}
	}
	at := func(i int) *mention {
		if i < 0 || i >= len(first) || first[i] < 0 {
			return nil
		}
		return &ms[first[i]]
	}
	add := func(m mention) {
		if first[m.s] < 0 {
			first[m.s] = int16(len(ms))
		}
		ms = append(ms, m)
	}
	var inSent *entity
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if c.quote[i] {
			continue
		}
		if m := at(i); m != nil {
			if m.ent.kind == graph.Person && inSent == nil && !c.possessive(*m) {
				inSent = m.ent
			}
			// "the Russian president", "North Korea's leader" with no name after.
			if m.ent.kind == graph.Country || m.ent.kind == graph.Organization {
				k := m.e
				if k < len(toks) && toks[k].text == "'s" {
					k++
				}
				for k < len(toks) && (toks[k].cls&clsAdjRoles != 0) {
					k++
				}
				if k < len(toks) && !toks[k].cap && ((toks[k].cls&clsLeaderRoles != 0) || toks[k].lower == "prime" && k+1 < len(toks) && toks[k+1].lower == "minister") {
					end := k + 1
					if toks[k].lower == "prime" {
						end++
					}
					if end < len(toks) && (toks[end].cap || toks[end].text == ",") && at(end+boolInt(toks[end].text == ",")) != nil {
						continue // a name follows: the title of a named person
					}
					if p := c.d.leaderOf(m.ent); p != nil {
						add(mention{s: k, e: end, ent: p, virtual: true, title: toks[k].lower})
					}
				}
			}
			i = m.e - 1
			continue
		}
		switch {
		case (t.cls&clsSubjPronouns != 0) || (t.cls&clsObjPronouns != 0):
			var p *entity
			if t.lower == "him" || t.lower == "her" && i+1 < len(toks) && !toks[i+1].cap && toks[i+1].kind == tPunct {
				// Not the subject of its own clause: the sentence's subject
				// if someone else acts nearer, else the person named last.
				local := c.localSubject(ms, i)
				if inSent != nil && inSent != local {
					p = inSent
				} else {
					p = c.lastOther(ms, i, local)
				}
			} else if inSent != nil {
				p = inSent
			} else {
				p = prevSubj
			}
			if p != nil {
				poss := t.lower == "his" || t.lower == "her" && i+1 < len(toks) && toks[i+1].kind == tWord
				add(mention{s: i, e: i + 1, ent: p, virtual: true, possPro: poss})
				if inSent == nil && (t.cls&clsSubjPronouns != 0) {
					inSent = p
				}
			}
		case t.lower == "the" && i+1 < len(toks):
			// "the minister", "the Defense Minister", "the president".
			k := i + 1
			var words []string
			for k < len(toks) && k < i+4 && (toks[k].cls&clsTitleWords != 0) && at(k) == nil {
				words = append(words, toks[k].lower)
				k++
			}
			if len(words) == 0 || k < len(toks) && (toks[k].cap || toks[k].text == "'s") {
				continue
			}
			head := words[len(words)-1]
			if !leaderRoles[head] && head != "minister" && head != "secretary" && head != "spokesman" && head != "spokeswoman" && head != "ambassador" && head != "envoy" {
				continue
			}
			// byTitle tries the whole title before its last word.
			if p := c.d.byTitle(strings.Join(words, " ")); p != nil {
				add(mention{s: i + 1, e: k, ent: p, virtual: true})
				if inSent == nil {
					inSent = p
				}
			}
			i = k - 1
		}
	}
	byStart := func(a, b mention) int { return a.s - b.s }
	if !slices.IsSortedFunc(ms, byStart) {
		slices.SortStableFunc(ms, byStart)
	}
	c.ms = ms
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// localSubject is the nearest person before token i who is neither a
// possessor nor the object of a preposition.
func (c *sctx) localSubject(ms []mention, i int) *entity {
	var p *entity
	for mi := range ms {
		m := &ms[mi]
		if m.s < i && m.ent.kind == graph.Person && !c.possessive(*m) && !(m.s > 0 && (c.toks[m.s-1].cls&clsPreps != 0)) {
			p = m.ent
		}
	}
	return p
}

// lastOther is the last person named before token i other than subj.
func (c *sctx) lastOther(ms []mention, i int, subj *entity) *entity {
	var p *entity
	for mi := range ms {
		m := &ms[mi]
		if m.s < i && m.ent.kind == graph.Person && m.ent != subj {
			p = m.ent
		}
	}
	return p
}

// leaderOf is the person of the document who leads a country or
// organisation, by a title in the text or by the gazetteer.
func (d *doc) leaderOf(at *entity) *entity {
	var best *entity
	for _, e := range d.persons {
		if e.mentions == 0 {
			continue
		}
		ok := false
		if p := e.info; p != nil {
			for _, r := range p.roles {
				if r.at == at.name && (leaderRoles[r.role] || r.role == "prime minister" || r.role == "general secretary") {
					ok = true
				}
			}
		}
		if e.country == at.name && hasLeaderTitle(e.titles) {
			ok = true
		}
		if ok && (best == nil || e.first < best.first) {
			best = e
		}
	}
	return best
}

func hasLeaderTitle(titles []string) bool {
	for _, t := range titles {
		for _, w := range strings.Fields(t) {
			if leaderRoles[w] {
				return true
			}
		}
	}
	return false
}

// byTitle is the person most recently named (up to the current sentence)
// with a title that ends with the same word as words ("minister" matches
// "Defense Minister").
func (d *doc) byTitle(words string) *entity {
	// "the prime minister" is the one titled so, not the information
	// minister named last; "the minister" is any minister.
	if p := d.lastTitled[words]; p != nil {
		return p
	}
	head := words[strings.LastIndexByte(words, ' ')+1:]
	return d.lastTitled[head]
}

// noteTitles records the titled people of a sentence for byTitle.
func (d *doc) noteTitles(st *sentence) {
	for mi := range st.ments {
		m := &st.ments[mi]
		if m.ent.kind != graph.Person || m.title == "" {
			continue
		}
		head := m.title[strings.LastIndexByte(m.title, ' ')+1:]
		d.lastTitled[head] = m.ent
		if head != m.title {
			d.lastTitled[m.title] = m.ent
		}
	}
}

// possessive reports whether a mention is followed by "'s".
func (c *sctx) possessive(m mention) bool {
	return m.possPro || m.e < len(c.toks) && (c.toks[m.e].text == "'s" || c.toks[m.e].text == "'")
}

// npStart walks back from a mention over its titles, determiners and the
// country or organisation that qualifies it ("with North Korean leader Kim").
func (c *sctx) npStart(m mention) int {
	k := m.s
	for k > 0 {
		p := &c.toks[k-1]
		switch {
		case isTitleWord(*p) || (p.cls&clsLeaderRoles != 0) || (p.cls&clsAdjRoles != 0) || (p.cls&clsDeterminers != 0) || p.text == "'s" || p.lower == "counterpart" || strings.HasPrefix(p.lower, "then-"):
			k--
		case (p.lower == "country" || p.lower == "nation") && k < len(c.toks) && c.toks[k].text == "'s":
			k--
		case p.text == "." && k > 1 && isTitleWord(c.toks[k-2]) && p.s == c.toks[k-2].e:
			k-- // "Mr.", "Gen."
		case p.kind == tWord && p.cap && k < len(c.toks) && isTitleWord(c.toks[k]) && c.mentionEndingAt(k) == nil:
			k-- // "House Speaker", "Politburo member"

		case p.text == "," && k > 1 && ((c.toks[k-2].cls&clsLeaderRoles != 0) || isTitleWord(c.toks[k-2]) || strings.HasPrefix(c.toks[k-2].lower, "then-")):
			k--
		default:
			if pm := c.mentionEndingAt(k); pm != nil && pm.ent.kind != graph.Person {
				k = pm.s
				continue
			}
			return k
		}
	}
	return k
}

func (c *sctx) mentionEndingAt(e int) *mention {
	if c.end != nil {
		if e < 0 || e >= len(c.end) || c.end[e] < 0 {
			return nil
		}
		return &c.ms[c.end[e]]
	}
	for k := range c.ms {
		if c.ms[k].e == e {
			return &c.ms[k]
		}
	}
	return nil
}

// afterPrep reports whether a mention is the object of a preposition.
func (c *sctx) afterPrep(m mention) bool {
	k := c.npStart(m)
	return k > 0 && (c.toks[k-1].cls&clsPreps != 0)
}

// subject is the sentence's first person outside quotes who is neither a
// possessor nor the object of a preposition.
func (c *sctx) subject() *entity {
	for mi := range c.ms {
		m := &c.ms[mi]
		if m.ent.kind != graph.Person || c.quote[m.s] || c.possessive(*m) || c.afterPrep(*m) {
			continue
		}
		return m.ent
	}
	return nil
}

func (c *sctx) persons() []mention {
	var out []mention
	for mi := range c.ms {
		m := &c.ms[mi]
		if m.ent.kind == graph.Person {
			out = append(out, *m)
		}
	}
	return out
}

// reportVerbs introduce a reported clause without "that": "said Kim
// could travel".
var reportVerbs = set("said says say added adds stated states wrote writes noted notes warned warns claimed claims insisted insists argued argues explained believes believed thinks thought told")

// isClauseBreak reports whether a token's text is a clause break:
// ";", "--", ":", "(" or ")".
func isClauseBreak(s string) bool {
	switch s {
	case ";", "--", ":", "(", ")":
		return true
	}
	return false
}

// clauseStart is the first token of the clause that holds token i; a
// reported clause ("said Kim could", "that Kim would") is a clause of its
// own.
func (c *sctx) clauseStart(i int) int { return c.clauseFrom(i, true) }

// modalStart is where the modality cues of a trigger at i begin: the
// clause, with the clause that reports it ("concerns that X supplies").
func (c *sctx) modalStart(i int) int { return c.clauseFrom(i, false) }

func (c *sctx) clauseFrom(i int, reported bool) int {
	for k := i - 1; k > 0; k-- {
		t := &c.toks[k]
		if isClauseBreak(t.text) {
			return k + 1
		}
		if reported && !t.cap && !c.quote[k] && (t.lower == "that" || t.cls&clsReportVerbs != 0 && k+1 < i && (c.toks[k+1].cap || (c.toks[k+1].cls&clsDeterminers != 0) || (c.toks[k+1].cls&clsSubjPronouns != 0))) {
			return k + 1
		}
		if t.text == "," && k+1 < len(c.toks) && (c.toks[k+1].lower == "while" || c.toks[k+1].lower == "but" || c.toks[k+1].lower == "whereas") {
			return k + 1
		}
	}
	return 0
}

// clauseEnd is the token after the clause that holds token i.
func (c *sctx) clauseEnd(i int) int {
	for k := i + 1; k < len(c.toks); k++ {
		t := &c.toks[k]
		if isClauseBreak(t.text) || t.text == "." {
			return k
		}
		if t.text == "," && k+1 < len(c.toks) && (c.toks[k+1].lower == "while" || c.toks[k+1].lower == "but" || c.toks[k+1].lower == "whereas" || c.toks[k+1].lower == "which" || c.toks[k+1].lower == "where") {
			return k
		}
	}
	return len(c.toks)
}

// modality reads the cues between from and the trigger at i.
func (c *sctx) modality(from, i int) graph.Modality {
	alleged, planned, denied := false, false, false
	reported := false // a report of the claim, weaker than a plan it reports
	// A subordinate clause ("when Kim visited") starts its own window.
	for k := i - 1; k > from; k-- {
		if c.toks[k].cls&clsClauseJoiners != 0 {
			from = k
			break
		}
	}
	for k := from; k < i && k < len(c.toks); k++ {
		t := &c.toks[k]
		switch {
		case (t.cls&clsDeniedCues != 0):
			denied = true
		case t.lower == "not" || t.lower == "never" || t.lower == "n't":
			if k+1 <= i && k > 0 && (c.toks[k-1].lower == "did" || c.toks[k-1].lower == "has" || c.toks[k-1].lower == "have" || c.toks[k-1].lower == "had" || t.lower == "never") {
				denied = true
			}
		case (t.cls&clsAllegedCues != 0):
			alleged = true
		case (t.lower == "reported" || t.lower == "said" || t.lower == "understood") && k+1 < len(c.toks) && c.toks[k+1].lower == "to":
			alleged = true // "are reported to have traveled"
		case (t.lower == "reported" || t.lower == "claimed" || t.lower == "alleged" || t.lower == "claims" || t.lower == "alleges") && k+1 < len(c.toks) && c.toks[k+1].lower == "that":
			reported = true // "media have reported that he travelled"
		case t.lower == "perhaps" || t.lower == "maybe":
			alleged = true
		case (t.cls&clsPlannedCues != 0):
			planned = true
		case t.lower == "to" && k == i-1:
			planned = true // "Putin to visit", "agreed to supply"
		}
	}
	switch {
	case denied:
		return graph.Denied
	case alleged:
		return graph.Alleged
	case planned:
		return graph.Planned
	case reported:
		return graph.Alleged
	}
	return graph.Asserted
}

// emit records one relation candidate with this sentence as evidence.
func (c *sctx) emit(t graph.RelType, from, to *entity, mod graph.Modality, rule string, trig int) *graph.Relation {
	return c.emitRule(t, from, to, mod, rule, "", "", trig)
}

// emitRule is emit with the rule's name in three parts, joined only when
// the candidate is recorded: "visited/", the trigger word, a suffix.
func (c *sctx) emitRule(t graph.RelType, from, to *entity, mod graph.Modality, rule, word, suffix string, trig int) *graph.Relation {
	if from == nil || to == nil || from == to || !allows(t, from.kind, to.kind) {
		return nil
	}
	// "without saying whether he would be received by Kim": an open
	// question states nothing.
	if t != graph.Quoted && c.has(clsWhether) {
		for k := c.modalStart(trig); k < trig && k < len(c.toks); k++ {
			if c.toks[k].lower == "whether" && !c.commaBetween(k, trig) {
				return nil
			}
		}
	}
	d := c.d
	r := graph.Relation{Type: t, From: from.id, To: to.id, Modality: mod}
	key := keyOf(t, from, to)
	old, ok := d.rels[key]
	// One relation per key: a body sentence beats the headline, and a
	// flat statement beats an earlier plan; else the first one stays.
	if ok && !(old.headline && !c.st.headline) && !(old.headline == c.st.headline && old.rel.Modality == graph.Planned && mod == graph.Asserted) {
		return &old.rel
	}
	if t != graph.Leads && t != graph.AffiliatedWith {
		r.Date = d.dateOf(c, trig, mod == graph.Planned)
	}
	if !c.spanSet {
		c.origS, c.origE = d.nt.origSpan(c.st.s, c.st.e)
		c.spanSet = true
	}
	os, oe := c.origS, c.origE
	rule = ruleName(rule, word, suffix)
	r.Evidence = graph.Evidence{Sentence: d.nt.orig[os:oe], Start: os, End: oe, Rule: rule}
	cand := d.newRelCand()
	*cand = relCand{rel: r, from: from, to: to, order: d.relOrder, headline: c.st.headline}
	d.relOrder++
	d.rels[key] = cand
	return &cand.rel
}

// ruleNames caches the rule names joined by ruleName across documents,
// bounded like canonicals.
var ruleNames struct {
	sync.RWMutex
	m map[[3]string]string
}

const maxRuleNames = 4096

// ruleName returns rule + word + suffix, joined once for all documents.
func ruleName(rule, word, suffix string) string {
	if word == "" && suffix == "" {
		return rule
	}
	k := [3]string{rule, word, suffix}
	ruleNames.RLock()
	s, ok := ruleNames.m[k]
	ruleNames.RUnlock()
	if ok {
		return s
	}
	s = rule + word + suffix
	ruleNames.Lock()
	if ruleNames.m == nil {
		ruleNames.m = map[[3]string]string{}
	}
	if len(ruleNames.m) < maxRuleNames {
		// The key must not hold on to the document's text.
		ruleNames.m[[3]string{strings.Clone(rule), strings.Clone(word), strings.Clone(suffix)}] = s
	}
	ruleNames.Unlock()
	return s
}

// firstAfter returns the first mention starting in [a, b) that satisfies ok.
func (c *sctx) firstAfter(a, b int, ok func(mention) bool) *mention {
	for k := range c.ms {
		m := &c.ms[k]
		if m.s >= a && m.s < b && ok(*m) {
			return m
		}
	}
	return nil
}

// lastBefore returns the last mention ending at or before b and starting at
// or after a that satisfies ok.
func (c *sctx) lastBefore(a, b int, ok func(mention) bool) *mention {
	var out *mention
	for k := range c.ms {
		m := &c.ms[k]
		if m.s >= a && m.e <= b && ok(*m) {
			out = m
		}
	}
	return out
}

func isPerson(m mention) bool { return m.ent.kind == graph.Person }
func isPlace(m mention) bool {
	return m.ent.kind == graph.Place || m.ent.kind == graph.Country && !m.demonym
}
func isParty(m mention) bool {
	return m.ent.kind == graph.Country || m.ent.kind == graph.Organization || m.ent.kind == graph.Person
}
