package loader

import (
	"slices"
	"strings"

	"github.com/relmap/relmap/graph"
)

// subjectsBefore returns the people who act at trigger i: the last person
// of the clause before it who is neither a possessor nor the object of a
// preposition, with the people coordinated with it ("Kim and Putin").
func (c *sctx) subjectsBefore(i int) []*entity {
	cs := c.clauseStart(i)
	var last *mention
	for k := range c.ms {
		m := &c.ms[k]
		if m.s < cs || m.e > i || m.ent.kind != graph.Person || c.quote[m.s] != c.quote[min(i, len(c.quote)-1)] {
			continue
		}
		if c.possessive(*m) || c.afterPrep(*m) || c.afterVerb(*m) {
			continue
		}
		last = m
	}
	if last == nil {
		if c.subj != nil && cs == 0 {
			for mi := range c.ms {
				m := &c.ms[mi]
				if m.ent == c.subj && m.s < i {
					return append(c.d.entityList(1), c.subj)
				}
			}
		}
		return nil
	}
	out := append(c.d.entityList(4), last.ent)
	// Coordinated people before it: "X and Y", "X, Y and Z".
	start := c.npStart(*last)
	for start > 0 && (c.toks[start-1].lower == "and" || c.toks[start-1].text == ",") {
		p := c.mentionEndingAtPerson(start - 1)
		if p == nil {
			// "Putin of Russia and Mr. Kim"
			if q := c.mentionEndingAt(start - 1); q != nil && q.ent.kind == graph.Country && q.s > 1 && c.toks[q.s-1].lower == "of" {
				p = c.mentionEndingAtPerson(q.s - 1)
			}
		}
		if p == nil {
			break
		}
		out = append(out, p.ent)
		start = c.npStart(*p)
	}
	return out
}

// afterVerb reports whether a mention is the object of a trigger verb
// ("met Prime Minister X").
func (c *sctx) afterVerb(m mention) bool {
	k := c.npStart(m)
	if k == 0 {
		return false
	}
	return c.toks[k-1].cls&(clsMetVerbs|clsSignVerbs|clsVisitVerbs|clsSupplyVerbs|clsJoinVerbs|clsReceiveVerbs) != 0
}

func (c *sctx) mentionEndingAtPerson(e int) *mention {
	for k := range c.ms {
		if c.ms[k].e == e && c.ms[k].ent.kind == graph.Person {
			return &c.ms[k]
		}
	}
	return nil
}

// objectsAfter returns the people right after token i (allowing titles
// and "with"), and those coordinated with them, up to token end.
func (c *sctx) objectsAfter(i, end int) []*mention {
	var out []*mention
	prevEnd := -1
	for k := range c.ms {
		m := &c.ms[k]
		if m.s <= i || m.s >= end || m.ent.kind != graph.Person || m.possPro {
			continue
		}
		ns := c.npStart(*m)
		if prevEnd < 0 {
			if !c.firstGapOK(c.toks[i+1:max(ns, i+1)], c.toks[ns]) {
				return out
			}
		} else {
			gap := c.toks[prevEnd:max(ns, prevEnd)]
			ok := false
			for ti := range gap {
				g := &gap[ti]
				if g.lower == "and" || g.text == "," {
					ok = true
				}
				if (g.cls&clsMetVerbs != 0) || (g.cls&clsSignVerbs != 0) || (g.cls&clsVisitVerbs != 0) || (g.cls&clsSpeechVerbs != 0) {
					ok = false
					break
				}
			}
			if !ok || len(gap) > 14 {
				return out
			}
		}
		if out == nil {
			out = c.d.mentionList(4)
		}
		out = append(out, m)
		prevEnd = m.e
		if c.possessive(*m) {
			prevEnd++
		}
	}
	return out
}

// firstGapOK reports whether the words between a trigger and its first
// object leave the object governed by the trigger: "with", "hands with",
// or a described title ("Russia's natural resources minister, X";
// "top military officials, including X").
func (c *sctx) firstGapOK(gap []token, np token) bool {
	// "met newly elected Iranian President X": words that describe the
	// title to come.
	for len(gap) > 0 && (preTitle[gap[0].lower] || len(gap[0].lower) > 4 && strings.HasSuffix(gap[0].lower, "ly")) {
		gap = gap[1:]
	}
	switch {
	case len(gap) == 0:
		return true
	case len(gap) <= 2 && (gap[0].lower == "with" || gap[0].lower == "hands" || gap[0].lower == "and") && (len(gap) == 1 || gap[1].lower == "with"):
		return true
	case len(gap) > 8:
		return false
	}
	for ti := range gap {
		g := &gap[ti]
		if g.cls&(clsMetVerbs|clsSignVerbs|clsVisitVerbs|clsSpeechVerbs|clsSupplyVerbs) != 0 || g.text == "." || g.text == ";" {
			return false
		}
	}
	last := gap[len(gap)-1]
	if last.text == "," && len(gap) > 1 {
		return true // an apposition: "met Vietnam's most powerful politician, X"
	}
	return isTitleWord(last) || last.cls&clsLeaderRoles != 0 || last.lower == "including" || last.lower == "officials" || last.lower == "delegation" || kin[last.lower] || isTitleWord(np) || np.cls&clsLeaderRoles != 0
}

// kin are words for family that stand before a relative's name: "his wife
// Emine Erdogan".
var kin = set("wife husband son daughter brother sister mother father spouse partner")

// leads finds LEADS from titles: "Russian President Vladimir Putin",
// "North Korea's leader Kim Jong Un", "Communist Party General Secretary
// Nguyen Phu Trong", "the country's then-leader, Kim Jong Il", "Chairman of
// State Affairs of the DPRK, Kim Jong Un"; and AFFILIATED_WITH from
// non-leading titles at an organisation ("Kremlin spokesman Dmitry Peskov").
func (c *sctx) leads() {
	for mi := range c.ms {
		m := &c.ms[mi]
		if m.ent.kind != graph.Person {
			continue
		}
		if m.virtual {
			if m.title != "" {
				// A description: "the Russian president".
				if at := c.mentionEndingAt(m.s); at != nil {
					c.emit(graph.Leads, m.ent, at.ent, graph.Asserted, "leads/description", m.s)
				} else if m.s > 0 && c.toks[m.s-1].text == "'s" {
					if at := c.mentionEndingAt(m.s - 1); at != nil {
						c.emit(graph.Leads, m.ent, at.ent, graph.Asserted, "leads/description", m.s)
					}
				}
			}
			continue
		}
		role, at, rule := c.titleOf(*m)
		if at == nil && role != "" && m.e+1 < len(c.toks) && c.toks[m.e].lower == "of" {
			// "President Vladimir V. Putin of Russia"
			if om := c.mAt(m.e + 1); om != nil && (om.ent.kind == graph.Country || om.ent.kind == graph.Organization) && !om.demonym {
				at, rule = om.ent, "leads/title-of"
			}
		}
		if at == nil || role == "" {
			continue
		}
		if at.kind == graph.Country && m.ent.country == "" {
			m.ent.country = at.name
		}
		if isLeaderRole(role) {
			c.emit(graph.Leads, m.ent, at, graph.Asserted, rule, m.s)
		} else if at.kind == graph.Organization && !strings.Contains(role, "counterpart") {
			c.emit(graph.AffiliatedWith, m.ent, at, graph.Asserted, "affiliated/title", m.s)
		}
	}
}

// honorificTitles stand between a role and a name without being the role:
// "President Sheikh Mohamed", "Defence Minister Gen".
var honorificTitles = set("sheikh sheikha mr mrs ms dr prof sir lord dame gen general lt col maj adm brig")

// isLeaderRole reports whether a role leads what it is of.
func isLeaderRole(role string) bool {
	role = strings.TrimSpace(role)
	if role == "" {
		return false
	}
	// "President Sheikh": the role is what comes before the honorific.
	for {
		sp := strings.LastIndexByte(role, ' ')
		if sp < 0 || !honorificTitles[role[sp+1:]] {
			break
		}
		role = role[:sp]
	}
	head := role[strings.LastIndexByte(role, ' ')+1:]
	if strings.Contains(role, "prime minister") || strings.Contains(role, "general secretary") || strings.Contains(role, "secretary general") || strings.HasSuffix(role, "chief executive") || strings.HasSuffix(role, "managing director") {
		return true
	}
	if strings.HasPrefix(head, "then-") {
		head = strings.TrimPrefix(head, "then-")
	}
	if head == "vice" || strings.Contains(role, "vice") || strings.Contains(role, "deputy") {
		return false
	}
	return leaderRoles[head]
}

// titleOf reads the role and the country or organisation named before a
// person.
func (c *sctx) titleOf(m mention) (string, *entity, string) {
	toks := c.toks
	k := m.s
	comma := false
	if k > 0 && toks[k-1].text == "," {
		k--
		comma = true
	}
	roleEnd := k // the role is the words toks[k:roleEnd]
	for k > 0 {
		p := &toks[k-1]
		if (isTitleWord(*p) || (p.cls&clsLeaderRoles != 0) || (p.cls&clsAdjRoles != 0) || strings.HasPrefix(p.lower, "then-") || p.lower == "counterpart") && c.mentionEndingAt(k) == nil {
			k--
			continue
		}
		break
	}
	if k == roleEnd {
		// "Chairman of State Affairs of the DPRK, Kim Jong Un".
		if comma {
			if at := c.mentionEndingAt(k); at != nil && at.ent.kind != graph.Person {
				for j := at.s - 1; j >= 0 && j >= at.s-7; j-- {
					if toks[j].lower == "of" && j > 0 {
						continue
					}
					if (toks[j].cls&clsLeaderRoles != 0) && j+1 < at.s && toks[j+1].lower == "of" {
						return toks[j].lower, at.ent, "leads/role-of"
					}
				}
			}
		}
		return "", nil, ""
	}
	if k > 1 && toks[k-1].text == "," && onlyHonorifics(toks[k:roleEnd]) {
		// "the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani".
		if at := c.mentionEndingAt(k - 1); at != nil && at.ent.kind != graph.Person {
			for j := at.s - 1; j >= 0 && j >= at.s-7; j-- {
				if (toks[j].cls&clsLeaderRoles != 0) && j+1 < at.s && toks[j+1].lower == "of" {
					return toks[j].lower, at.ent, "leads/role-of"
				}
			}
		}
	}
	roleStr := joinRole(toks[k:roleEnd])
	if k > 0 && (toks[k-1].text == "'s" || toks[k-1].text == "'" && k > 1 && strings.HasSuffix(toks[k-2].text, "s")) {
		k-- // "North Korea's leader", "the United Arab Emirates' President"
	}
	if at := c.mentionEndingAt(k); at != nil && at.ent.kind != graph.Person {
		// "former Brazilian president Dilma Rousseff" no longer leads it.
		if former(toks[k:roleEnd]) || at.s > 0 && former(toks[at.s-1:at.s]) {
			return "", nil, ""
		}
		return roleStr, at.ent, "leads/title"
	}
	// "Wagner mercenary chief Yevgeny Prigozhin": an organisation, a word
	// or two of description, then the role.
	for j := k - 1; j >= 0 && j >= k-2 && toks[j].kind == tWord && !toks[j].cap; j-- {
		if at := c.mentionEndingAt(j); at != nil && at.ent.kind == graph.Organization {
			return roleStr, at.ent, "leads/title"
		}
	}
	// "the country's then-leader": the country named last.
	if k > 1 && toks[k-1].lower == "country" && toks[k-2].lower == "the" && c.d.lastCountry != nil {
		return roleStr, c.d.lastCountry, "leads/the-country"
	}
	// "Kim Jong Un, the leader of North Korea" is read by affiliated.
	return roleStr, nil, ""
}

// joinRole joins the lower case of role words, without "then-", by
// spaces.
func joinRole(toks []token) string {
	if len(toks) == 1 {
		return strings.TrimPrefix(toks[0].lower, "then-")
	}
	var buf [96]byte
	b := buf[:0]
	for i := range toks {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, strings.TrimPrefix(toks[i].lower, "then-")...)
	}
	if len(b) > len(buf) {
		return string(b)
	}
	if s, ok := joined.lookup(b); ok {
		return s
	}
	s := string(b)
	joined.store(s, s)
	return s
}

// affiliated finds AFFILIATED_WITH (and LEADS) in appositions: "Andrei
// Lankov, an expert on North Korea at Kookmin University"; "X, head of the
// Y Institute"; and "X of the Y Institute".
func (c *sctx) affiliated() {
	toks := c.toks
	for mi := range c.ms {
		m := &c.ms[mi]
		if m.ent.kind != graph.Person || m.virtual || m.e >= len(toks) {
			continue
		}
		switch {
		case toks[m.e].text == ",":
			end := m.e + 1
			for end < len(toks) && toks[end].text != "," && toks[end].text != "." && end-m.e < 20 {
				end++
			}
			if end-m.e < 3 || m.e+1 >= len(toks) {
				continue
			}
			first := toks[m.e+1].lower
			if first == "who" && m.e+2 < len(toks) && (toks[m.e+2].lower == "is" || toks[m.e+2].lower == "was" || toks[m.e+2].lower == "serves" || toks[m.e+2].lower == "works" || toks[m.e+2].lower == "teaches" || toks[m.e+2].lower == "lectures" || toks[m.e+2].lower == "studies" || toks[m.e+2].lower == "researches") {
				first = "a" // "X, who is also general secretary of the party"
			}
			if !(first == "a" || first == "an" || first == "the" || titleWords[first] || leaderRoles[first]) {
				continue
			}
			var role string
			for k := m.e + 1; k < end; k++ {
				if (toks[k].cls&clsLeaderRoles != 0) || toks[k].lower == "minister" {
					role = toks[k].lower
					if k > 0 && (toks[k-1].lower == "deputy" || toks[k-1].lower == "vice" || toks[k-1].lower == "assistant" || toks[k-1].lower == "under") {
						role = "deputy " + role
					}
				}
				if toks[k].lower == "secretary" && k > 0 && toks[k-1].lower == "general" {
					role = "general secretary"
				}
				if om := c.mAt(k); om != nil {
					possessor := om.e+1 < len(toks) && toks[om.e].text == "'s" && k > 0 && toks[k-1].lower == "the" // "the Treasury's under secretary"
					if om.ent.kind == graph.Organization && k > 0 && ((toks[k-1].cls&clsPreps != 0) || (toks[k-1].cls&clsDeterminers != 0) && k > 1 && (toks[k-2].cls&clsPreps != 0) || toks[k-1].text == "'s" || possessor) {
						if role != "" && isLeaderRole(role) {
							c.emit(graph.Leads, m.ent, om.ent, graph.Asserted, "leads/apposition", m.s)
						} else {
							c.emit(graph.AffiliatedWith, m.ent, om.ent, graph.Asserted, "affiliated/apposition", m.s)
						}
						break
					}
					if om.ent.kind == graph.Country && role != "" && isLeaderRole(role) && (!c.possessive(*om) && toks[k-1].lower == "of" && (toks[k-2].cls&clsLeaderRoles != 0) || !c.possessive(*om) && k > 1 && toks[k-1].lower == "the" && toks[k-2].lower == "of" && (toks[k-3].cls&clsLeaderRoles != 0) || om.e+1 < len(toks) && toks[om.e].text == "'s" && ((toks[om.e+1].cls&clsLeaderRoles != 0) || (toks[om.e+1].cls&clsAdjRoles != 0))) {
						c.emit(graph.Leads, m.ent, om.ent, graph.Asserted, "leads/apposition", m.s)
						break
					}
					k = om.e - 1
				}
			}
		case toks[m.e].lower == "of":
			k := m.e + 1
			if k < len(toks) && toks[k].lower == "the" {
				k++
			}
			if om := c.mAt(k); om != nil && om.ent.kind == graph.Organization {
				c.emit(graph.AffiliatedWith, m.ent, om.ent, graph.Asserted, "affiliated/of", m.s)
			}
		}
	}
}

// visited finds trips: "arrived in X", "visited X", "travel on to X",
// "Kim's visit to X", "his Russia trip", "welcoming him at X".
func (c *sctx) visited() {
	toks := c.toks
	// Only visit nouns and verbs start a trip; c.trig holds them.
	for _, i := range c.trig {
		t := &toks[i]
		if c.quote[i] || t.kind != tWord || t.cls&(clsVisitNouns|clsVisitVerbs) == 0 {
			continue
		}
		noun := (t.cls&clsVisitNouns != 0) && i > 0 && (i+1 < len(toks) && toks[i+1].lower == "to" || (toks[i-1].cls&clsDeterminers != 0) || toks[i-1].text == "'s" || (toks[i-1].cls&clsAdjRoles != 0) || toks[i-1].lower == "state" || toks[i-1].lower == "official" || toks[i-1].lower == "lavish" || toks[i-1].lower == "first" || c.mentionEndingAt(i) != nil)
		verb := (t.cls&clsVisitVerbs != 0) && !noun
		if !noun && !verb {
			continue
		}
		if verb && !strings.HasPrefix(t.lower, "visit") && !strings.HasPrefix(t.lower, "tour") && t.lower != "reached" && t.lower != "reach" {
			// Motion verbs need a destination preposition, perhaps after a
			// date: "travelling on May 17 to Harbin".
			if k := c.prepAhead(i); k > i+1 {
				i2 := k - 1
				if dest := c.destination(i2, c.clauseEnd(i2), false); dest != nil {
					mod := c.modality(c.modalStart(i), i)
					for _, p := range c.subjectsBefore(i) {
						c.emitRule(graph.Visited, p, c.placeOf(dest), mod, "visited/", t.lower, "", i)
					}
				}
				continue
			}
			if i+1 >= len(toks) || !(toks[i+1].lower == "to" || toks[i+1].lower == "from" && strings.HasPrefix(t.lower, "arriv") || toks[i+1].lower == "in" || toks[i+1].lower == "at" || toks[i+1].lower == "into" || toks[i+1].lower == "on" && i+2 < len(toks) && toks[i+2].lower == "to") {
				continue
			}
		}
		end := c.clauseEnd(i)
		dest := c.destination(i, end, noun)
		if verb && dest == nil && (strings.HasPrefix(t.lower, "arriv") || t.lower == "came" || t.lower == "returned") && i+2 < len(toks) && toks[i+1].lower == "from" {
			// "Putin arrived from Pyongyang": he had been there.
			if from := c.mAt(i + 2); from != nil && isPlace(*from) {
				for _, p := range c.subjectsBefore(i) {
					if p.country != from.ent.name && p.country != from.ent.country {
						c.emit(graph.Visited, p, from.ent, c.modality(c.modalStart(i), i), "visited/arrived-from", i)
					}
				}
			}
			continue
		}
		var travellers []*entity
		if noun && dest == nil && i+1 < len(toks) && toks[i+1].lower == "by" {
			// "a visit by Russian President Vladimir Putin to Pyongyang,
			// which is scheduled for later this month"
			if vs := c.objectsAfter(i+1, end); len(vs) > 0 {
				k := vs[len(vs)-1].e
				if k < end && toks[k].lower == "to" {
					if d := c.mAt(k + 1); d != nil && isPlace(*d) {
						mod := c.modality(c.modalStart(i), i)
						if mod == graph.Asserted && c.plannedAfter(k+1) {
							mod = graph.Planned
						}
						for _, v := range vs {
							c.emit(graph.Visited, v.ent, c.placeOf(d), mod, "visited/visit-by", i)
						}
					}
				}
			}
			continue
		}
		if noun {
			travellers = c.possessor(i)
			if dest == nil {
				// "his Russia trip"
				if pm := c.mentionEndingAt(i); pm != nil && isPlace(*pm) {
					dest = pm
				}
			}
		}
		if travellers == nil {
			travellers = c.subjectsBefore(i)
		}
		mod := c.modality(c.modalStart(i), i)
		if dest == nil {
			if noun && (t.lower == "visit") {
				// "during a state visit" with a foreign counterpart.
				if cp := c.counterpartCountry(); cp != nil {
					for _, p := range travellers {
						if p.country != cp.name {
							c.emit(graph.Visited, p, cp, mod, "visited/state-visit", i)
						}
					}
				}
			}
			continue
		}
		for _, p := range travellers {
			c.emitRule(graph.Visited, p, dest.ent, mod, "visited/", t.lower, "", i)
		}
		// "travel to Niamey, Bamako and Ouagadougou": every stop of a list.
		if !noun || i+1 < len(toks) && toks[i+1].lower == "to" {
			for _, d := range c.coordinated(dest, end, isPlace) {
				for _, p := range travellers {
					if !c.home(p, c.placeOf(d)) {
						c.emitRule(graph.Visited, p, c.placeOf(d), mod, "visited/", t.lower, "", i)
					}
				}
			}
		}
		// "arrived in Hanoi from North Korea": the place left was visited too.
		if strings.HasPrefix(t.lower, "arriv") || t.lower == "came" || t.lower == "flew" || t.lower == "travelled" || t.lower == "traveled" {
			for k := dest.e; k < end-1; k++ {
				if toks[k].lower == "from" {
					if from := c.mAt(k + 1); from != nil && isPlace(*from) {
						for _, p := range travellers {
							if p.country != from.ent.name && p.country != from.ent.country {
								c.emit(graph.Visited, p, from.ent, mod, "visited/arrived-from", i)
							}
						}
					}
					break
				}
			}
		}
	}
	// Receptions: "welcoming him at Vostochny Cosmodrome".
	for i := range toks {
		t := &toks[i]
		if c.quote[i] || t.cls&clsReceptionWords == 0 {
			continue
		}
		guests := c.objectsAfter(i, c.clauseEnd(i))
		if len(guests) == 0 {
			continue
		}
		guest := guests[0]
		k := guest.e
		if k < len(toks) && (toks[k].lower == "at" || toks[k].lower == "in" || toks[k].lower == "to") {
			k++
			if k < len(toks) && toks[k].lower == "the" {
				k++
			}
			if place := c.mAt(k); place != nil && isPlace(*place) {
				if c.possessive(*place) {
					if n := c.mAt(place.e + 1); n != nil && n.ent.kind == graph.Place {
						place = n
					}
				}
				c.emit(graph.Visited, guest.ent, c.placeOf(place), c.modality(c.modalStart(i), i), "visited/reception", i)
			}
		}
	}
}

// destination is the country or place a trip goes to, after trigger i.
func (c *sctx) destination(i, end int, noun bool) *mention {
	toks := c.toks
	k := i + 1
	if noun {
		if k >= end || !(toks[k].lower == "to" || toks[k].lower == "of" || toks[k].lower == "in" && toks[i].lower == "arrival") {
			return nil
		}
	}
	for ; k < end && k < i+7; k++ {
		t := &toks[k]
		if m := c.mAt(k); m != nil {
			// "the Nigerien capital": the capital of that country.
			if m.demonym && m.e < end && toks[m.e].lower == "capital" {
				if cap := c.d.lex.capitalOf[m.ent.name]; cap != "" {
					return &mention{s: m.s, e: m.e + 1, ent: c.d.entityFor(graph.Place, cap, m.ent.name), surface: cap}
				}
			}
			if !isPlace(*m) {
				return nil
			}
			// "Vietnam's Presidential Palace": the place, not the country.
			if c.possessive(*m) {
				if n := c.mAt(m.e + 1); n != nil && n.ent.kind == graph.Place {
					return n
				}
			}
			return m
		}
		if t.lower == "from" || t.lower == "after" || t.lower == "before" || t.lower == "with" || t.lower == "for" || t.kind == tPunct {
			return nil
		}
	}
	return nil
}

// possessor is the traveller of a trip noun: "Kim's visit", "his visit".
func (c *sctx) possessor(i int) []*entity {
	k := i - 1
	for k >= 0 && ((c.toks[k].cls&clsAdjRoles != 0) || c.toks[k].lower == "state" || c.toks[k].lower == "official" || c.toks[k].lower == "lavish" || c.toks[k].lower == "historic" || c.toks[k].lower == "rare") {
		k--
	}
	if pm := c.mentionEndingAt(k + 1); pm != nil && pm.ent.kind != graph.Person && k >= 0 {
		k = pm.s - 1 // "his Russia trip"
	}
	if k < 0 {
		return nil
	}
	if c.toks[k].text == "'s" {
		if pm := c.mentionEndingAt(k); pm != nil && pm.ent.kind == graph.Person {
			return append(c.d.entityList(1), pm.ent)
		}
		return nil
	}
	if c.toks[k].lower == "his" || c.toks[k].lower == "her" {
		if pm := c.mAt(k); pm != nil && pm.ent.kind == graph.Person {
			return append(c.d.entityList(1), pm.ent)
		}
	}
	return nil
}

// counterpartCountry is the country of "his Vietnamese counterpart".
func (c *sctx) counterpartCountry() *entity {
	for i := range c.toks {
		t := &c.toks[i]
		if t.lower == "counterpart" && i > 0 {
			if m := c.mentionEndingAt(i); m != nil && m.ent.kind == graph.Country {
				return m.ent
			}
		}
	}
	return nil
}

// met finds meetings: "met X", "talks with X", "shakes hands with X", "X
// and Y signed", "is scheduled to meet X", and the place of the meeting.
func (c *sctx) met() {
	toks := c.toks
	// Scratch reused from call to call: nothing keeps parts or anchors.
	parts, anchors := c.d.partsBuf[:0], c.d.anchorsBuf[:0]
	defer func() { c.d.partsBuf, c.d.anchorsBuf = parts[:0], anchors[:0] }()
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		// Only meeting and signing verbs, the words of metExtra and words
		// that start with "discuss" go on.
		if t.cls&(clsMetVerbs|clsSignVerbs|clsMetExtra) == 0 && !strings.HasPrefix(t.lower, "discuss") {
			continue
		}
		if c.quote[i] || t.kind != tWord {
			continue
		}
		trig := i
		hands := (t.lower == "shakes" || t.lower == "shook" || t.lower == "shake" || t.lower == "shaking") && i+1 < len(toks)
		if hands {
			if toks[i+1].lower == "hands" {
				i++
			} else if m := c.mAt(i + 1); !(m != nil && m.ent.kind == graph.Person && c.possessive(*m) && m.e+1 < len(toks) && toks[m.e+1].lower == "hand") {
				continue
			}
		} else if strings.HasPrefix(t.lower, "discuss") {
			// "discuss the treaty with X": a meeting when a person follows "with".
		} else if t.lower == "call" && i+1 < len(toks) && toks[i+1].lower == "on" && i > 0 && (toks[i-1].lower == "courtesy" || toks[i-1].lower == "a") {
			// "paid a courtesy call on X"
		} else if !(t.cls&clsMetVerbs != 0) && !(t.cls&clsSignVerbs != 0) {
			continue
		}
		if t.lower == "received" || t.lower == "welcomed" || t.lower == "welcoming" || t.lower == "greeted" || t.lower == "hosted" || t.lower == "hosts" || t.lower == "host" || t.lower == "welcomes" || t.lower == "greets" {
			// A person, perhaps with titles, right after the verb: "hosted
			// Mali's Colonel Assimi Goita", not "hosted a summit".
			if m := c.mAt(i + 1); m == nil || m.ent.kind != graph.Person {
				if os := c.objectsAfter(i, len(toks)); len(os) == 0 || c.npStart(*os[0]) != i+1 {
					continue
				}
			}
		}
		// Objects run to the next meeting verb or the sentence's end.
		end := len(toks)
		for k := i + 1; k < len(toks); k++ {
			if toks[k].text == ";" || toks[k].text == "." || ((toks[k].cls&clsMetVerbs != 0) || (toks[k].cls&clsSignVerbs != 0)) && !c.quote[k] {
				end = k
				break
			}
		}
		var objs []*mention
		if (t.lower == "talks" || t.lower == "meeting" || t.lower == "summit") && i+1 < len(toks) && toks[i+1].lower == "between" {
			// "talks between Putin and Xi"
			if ps := c.objectsAfter(i+1, end); len(ps) > 1 {
				for a := 0; a < len(ps); a++ {
					for b := a + 1; b < len(ps); b++ {
						if c.emitRule(graph.Met, ps[a].ent, ps[b].ent, c.modality(c.clauseStartMet(trig), trig), "met/", t.lower, "-between", trig) != nil {
							parts = appendUnique(parts, ps[a].ent, ps[b].ent)
							anchors = append(anchors, ps[len(ps)-1].e)
						}
					}
				}
			}
			continue
		}
		if t.lower == "call" {
			objs = c.objectsAfter(i+1, end)
		} else if (t.cls&clsSignVerbs != 0) || strings.HasPrefix(t.lower, "discuss") || t.lower == "talks" || t.lower == "summit" || t.lower == "meeting" || t.lower == "handshake" {
			// "signed deals with X", "talks with X": the partner follows "with".
			for k := i + 1; k < end && k < i+8; k++ {
				if toks[k].lower == "with" {
					objs = c.objectsAfter(k, end)
					break
				}
			}
		} else {
			objs = c.objectsAfter(i, end)
		}
		subjs := c.subjectsBefore(trig)
		mod := c.modality(c.clauseStartMet(trig), trig)
		rule, ruleWord := "met/", t.lower
		if hands {
			rule, ruleWord = "met/shake-hands", ""
		}
		for _, s := range subjs {
			for _, o := range objs {
				if c.emitRule(graph.Met, s, o.ent, mod, rule, ruleWord, "", trig) != nil {
					parts = appendUnique(parts, s, o.ent)
					anchors = append(anchors, o.e)
				}
			}
		}
		held := false
		for k := trig - 1; k >= 0 && k >= trig-4; k-- {
			if toks[k].lower == "held" || toks[k].lower == "hold" || toks[k].lower == "holds" || toks[k].lower == "holding" {
				held = true
				break
			}
		}
		reciprocal := held && (t.lower == "talks" || t.lower == "meeting" || t.lower == "summit") || hands || t.lower == "met" || t.lower == "meet" || t.lower == "meets" || t.cls&clsSignVerbs != 0 || t.lower == "embraced" || t.lower == "hugged"
		if len(subjs) > 1 && len(objs) == 0 && reciprocal {
			for a := 0; a < len(subjs); a++ {
				for b := a + 1; b < len(subjs); b++ {
					if c.emitRule(graph.Met, subjs[a], subjs[b], mod, rule, ruleWord, "", trig) != nil {
						parts = appendUnique(parts, subjs[a], subjs[b])
						anchors = append(anchors, trig+1)
					}
				}
			}
		}
		if t.lower == "meeting" || t.lower == "talks" || t.lower == "summit" {
			anchors = append(anchors, trig+1)
		}
	}
	if len(parts) == 0 {
		return
	}
	slices.Sort(anchors)
	for _, a := range anchors {
		if c.meetingPlace(a, parts) {
			return
		}
	}
}

// meetingPlace reads "met X on Wednesday in Russia's Far East", "a meeting
// at the Vostochny Cosmodrome" after token after: those of the meeting who
// came from abroad visited the place.
func (c *sctx) meetingPlace(after int, parts []*entity) bool {
	toks := c.toks
	for k := after; k < len(toks) && k < after+6; k++ {
		if toks[k].text == "," && k == after {
			continue // "met the minister, Andrei Belousov, in Pyongyang"
		}
		if toks[k].text == "," || toks[k].text == "." || toks[k].text == ";" {
			break
		}
		if toks[k].lower != "in" && toks[k].lower != "at" {
			continue
		}
		j := k + 1
		if j < len(toks) && toks[j].lower == "the" {
			j++
		}
		place := c.mAt(j)
		if place == nil || !isPlace(*place) {
			continue
		}
		home := place.ent.country
		if place.ent.kind == graph.Country {
			home = place.ent.name
		}
		for _, p := range parts {
			if resident(p) {
				continue // an ambassador meets where he lives
			}
			if p.country != "" && home != "" && p.country != home {
				c.emit(graph.Visited, p, place.ent, c.modality(0, k), "visited/met-in", k)
			}
		}
		return true
	}
	return false
}

// clauseStartMet starts the modality window of a meeting at the previous
// meeting verb, so "met X ... and is scheduled to meet Y" reads apart.
func (c *sctx) clauseStartMet(i int) int {
	cs := c.modalStart(i)
	for k := i - 1; k > cs; k-- {
		if (c.toks[k].cls&clsMetVerbs != 0) || (c.toks[k].cls&clsSignVerbs != 0) {
			return k + 1
		}
	}
	return cs
}

// appendUnique appends each of ys that xs does not hold yet, keeping order.
func appendUnique[T comparable](xs []T, ys ...T) []T {
	if xs == nil && len(ys) > 1 {
		xs = make([]T, 0, len(ys)) // one allocation instead of growing
	}
	for _, y := range ys {
		if !slices.Contains(xs, y) {
			xs = append(xs, y)
		}
	}
	return xs
}

// quoted finds people whose words are quoted or reported: "X said",
// "said X", "X, an expert at Y, told Z", "according to X", "he said".
func (c *sctx) quoted() {
	toks := c.toks
	// Only speech verbs and the words of speechExtra report words; c.trig
	// holds them.
	for _, i := range c.trig {
		t := &toks[i]
		if c.quote[i] || t.kind != tWord || t.cls&(clsSpeechVerbs|clsSpeechExtra) == 0 {
			continue
		}
		var speaker *entity
		verb := i
		switch {
		case (t.lower == "called" || t.lower == "described" || t.lower == "dubbed" || t.lower == "branded") && c.quoteAfter(i, 6):
			speaker = c.speakerOf(i)
		case (t.cls&clsSpeechVerbs != 0) && !t.cap:
			if i+1 < len(toks) && toks[i+1].lower == "to" && (t.lower == "said" || t.lower == "believed" || t.lower == "reported") {
				continue // "is said to be": a hedge
			}
			if i > 0 && (toks[i-1].lower == "be" || toks[i-1].lower == "been" || toks[i-1].lower == "being") {
				continue
			}
			speaker = c.speakerOf(i)
		case t.lower == "according" && i+1 < len(toks) && toks[i+1].lower == "to":
			for k := range c.ms {
				m := c.ms[k]
				if m.ent.kind == graph.Person && m.s > i+1 && c.npStart(m) <= i+2 && !c.possessive(m) {
					speaker = m.ent
					break
				}
			}
		default:
			continue
		}
		if speaker == nil {
			continue
		}
		src := c.sourceOf(verb)
		if src == nil {
			continue
		}
		r := c.emitRule(graph.Quoted, src, speaker, graph.Asserted, "quoted/", t.lower, "", verb)
		if r != nil && r.Quote == "" && r.Evidence.Start == c.d.nt.at(c.st.s) {
			// The words of this sentence: quoted, else reported.
			r.Quote = c.quotedWords()
			if r.Quote == "" {
				r.Quote = c.reportedWords(verb)
			}
		}
	}
}

// speakerOf finds who a speech verb at i reports.
func (c *sctx) speakerOf(i int) *entity {
	toks := c.toks
	if p := c.speakerBefore(i); p != nil {
		return p
	}
	// A second predicate of the sentence's subject: "X met Y and urged".
	if i > 0 && toks[i-1].lower == "and" && c.subj != nil {
		return c.subj
	}
	// Inverted: ", said Mr Putin".
	for k := range c.ms {
		m := c.ms[k]
		if m.ent.kind == graph.Person && m.s > i && c.npStart(m) <= i+1 && !c.possessive(m) {
			if i == 0 || toks[i-1].text == "," || toks[i-1].text == `"` || toks[i-1].text == "'" {
				return m.ent
			}
		}
	}
	return nil
}

// speakerBefore is the speaker named before a speech verb at i.
func (c *sctx) speakerBefore(i int) *entity {
	toks := c.toks
	var best *mention
	for k := range c.ms {
		m := &c.ms[k]
		if m.e > i || m.ent.kind != graph.Person || c.quote[m.s] || c.possessive(*m) || c.afterPrep(*m) {
			continue
		}
		best = m
	}
	if best == nil {
		return nil
	}
	gap := toks[best.e:i]
	if len(gap) == 0 {
		return best.ent
	}
	// An apposition: "X, an expert at Y, said"; "Kim, speaking through an interpreter, thanked".
	if gap[0].text == "," && gap[len(gap)-1].text == "," {
		return best.ent
	}
	for ti := range gap {
		g := &gap[ti]
		if !(g.cls&clsSpeechAdverbs != 0) {
			return nil
		}
	}
	return best.ent
}

// speechAdverbs may stand between a speaker and the verb: "Putin also said".
var speechAdverbs = set("also later has had have was is then further again previously recently earlier reportedly once had would will repeatedly publicly separately has also later")

// sourceOf is who a quotation comes from: the medium a speaker told ("told
// The Associated Press"), a newspaper named as where the words appeared, or
// the article's outlet.
func (c *sctx) sourceOf(i int) *entity {
	toks := c.toks
	if strings.HasPrefix(toks[i].lower, "told") || strings.HasPrefix(toks[i].lower, "tell") {
		for k := i + 1; k < len(toks) && k <= i+6; k++ {
			if m := c.mAt(k); m != nil {
				if m.ent.kind == graph.Organization {
					return m.ent
				}
				break
			}
			if toks[k].kind == tPunct || toks[k].cap && toks[k].text != "The" {
				break
			}
		}
	}
	for mi := range c.ms {
		m := &c.ms[mi]
		if m.ent.kind == graph.Organization && m.ent.media && m.s > 0 && !c.quote[m.s] {
			p := toks[c.npStart(*m)-1:][0]
			if c.npStart(*m) > 0 && (p.lower == "in" || p.lower == "of" || p.lower == "to" || p.lower == "with" || p.lower == "by") {
				return m.ent
			}
		}
	}
	return c.d.outlet
}

// quotedWords returns the words inside the sentence's quotation marks, from
// the original text, joined by " ... ".
func (c *sctx) quotedWords() string {
	var parts []string
	open := -1
	for i := range c.toks {
		t := &c.toks[i]
		if t.text != `"` {
			continue
		}
		if open < 0 {
			open = i
			continue
		}
		if i > open+1 {
			os, _ := c.d.nt.origSpan(c.toks[open+1].s, c.toks[open+1].e)
			_, oe := c.d.nt.origSpan(c.toks[i-1].s, c.toks[i-1].e)
			parts = append(parts, strings.TrimRight(c.d.nt.orig[os:oe], ",")) // drop the comma before the closing quote
		}
		open = -1
	}
	return strings.Join(parts, " ... ")
}

// supplies finds SUPPLIES: "A provides B with X", "A transferred X to B",
// "A giving B X", "X sent from A to B", "B received X from A", "B deploying
// A-made X", "in exchange for X", and denials of such transfers.
func (c *sctx) supplies() {
	toks := c.toks
	// Only the words of the classes below act; c.trig holds them.
	for _, i := range c.trig {
		t := &toks[i]
		if c.quote[i] || t.kind != tWord || t.cls&(clsSupplyVerbs|clsReceiveVerbs|clsDeployVerbs|clsSupplyExtra|clsDeniedCues) == 0 {
			continue
		}
		if t.cap && i > 0 {
			continue
		}
		switch {
		case (t.cls&clsSupplyVerbs != 0):
			c.supplyVerb(i)
		case (t.cls&clsReceiveVerbs != 0):
			c.receiveVerb(i)
		case (t.cls&clsDeployVerbs != 0):
			c.deployVerb(i)
		case t.lower == "supplier" || t.lower == "provider" || t.lower == "source" || t.lower == "exporter":
			c.supplierNoun(i)
		case t.lower == "package" || t.lower == "shipment" || t.lower == "shipments" || t.lower == "delivery" || t.lower == "deliveries" || t.lower == "consignment" || t.lower == "batch" || t.lower == "tranche":
			c.aidPackage(i)
		case (t.cls&clsDeniedCues != 0):
			c.denial(i)
		}
	}
}

func (c *sctx) partyBefore(i int) *mention {
	cs := c.clauseStart(i)
	var best *mention
	for k := range c.ms {
		m := &c.ms[k]
		if m.s < cs || m.e > i || !isParty(*m) || c.possessive(*m) || c.quote[m.s] {
			continue
		}
		if m.demonym && !(m.s > 0 && c.toks[m.s-1].lower == "the") {
			continue
		}
		if c.afterPrep(*m) {
			continue
		}
		best = m
	}
	return best
}

func (c *sctx) supplyVerb(i int) {
	toks := c.toks
	end := c.clauseEnd(i)
	for k := i + 1; k < end; k++ {
		if toks[k].lower == "exchange" || toks[k].lower == "while" {
			end = k
			break
		}
	}
	var from, to *mention
	// Passive with a foreign item: "North Korean troops have been sent to Russia".
	if d := c.foreignItemBefore(i); d != nil && i+2 < len(toks) && toks[i+1].lower == "to" {
		if r := c.mAt(i + 2); r != nil && isParty(*r) && r.ent != d.ent {
			items := c.items(d.e, i)
			mod := c.modality(c.modalStart(i), i)
			if rel := c.emitRule(graph.Supplies, d.ent, r.ent, mod, "supplies/", toks[i].lower, "-foreign", i); rel != nil {
				rel.Items = appendUnique(rel.Items, items...)
			}
			return
		}
	}
	// Passive: "containers sent from North Korea to Russia".
	if i+2 < len(toks) && toks[i+1].lower == "from" {
		from = c.mAt(i + 2)
		if from != nil {
			for k := from.e; k < end-1; k++ {
				if toks[k].lower == "to" {
					to = c.mAt(k + 1)
					break
				}
			}
		}
	} else {
		from = c.partyBefore(i)
		if from == nil {
			from = c.itParty(i)
		}
		for k := i + 1; k < end; k++ {
			m := c.mAt(k)
			if m == nil {
				continue
			}
			if !isParty(*m) {
				k = m.e - 1
				continue
			}
			p := &toks[c.npStart(*m)-1]
			direct := c.npStart(*m) == i+1 || c.npStart(*m) == i+2 && toks[i+1].lower == "the"
			if m.demonym && !(toks[m.s-1].lower == "the" && strings.HasSuffix(m.surface, "s")) {
				k = m.e - 1
				continue
			}
			if direct || p.lower == "to" && !(c.npStart(*m) > 1 && toks[c.npStart(*m)-2].lower == "according") {
				to = m
				break
			}
			k = m.e - 1
		}
	}
	if from != nil && to == nil {
		// "Russia supplies 80% of Vietnam's military hardware".
		for k := i + 1; k < end; k++ {
			if m := c.mAt(k); m != nil && isParty(*m) && !m.demonym && c.possessive(*m) && len(c.items(m.e+1, min(end, m.e+4))) > 0 {
				to = m
				break
			}
		}
	}
	if from != nil && to == nil {
		// "Pyongyang sent troops in exchange for Russian technology": the
		// other side of the exchange is the recipient.
		for k := i + 1; k+2 < len(toks); k++ {
			if toks[k].lower == "exchange" && toks[k+1].lower == "for" {
				if m := c.mAt(k + 2); m != nil && m.demonym && m.ent != from.ent {
					to = m
				}
				break
			}
		}
	}
	if from == nil || to == nil {
		return
	}
	items := c.items(i+1, end)
	verb := toks[i].lower
	strong := strings.HasPrefix(verb, "suppl") || strings.HasPrefix(verb, "transfer") || strings.HasPrefix(verb, "deliver")
	if len(items) == 0 && !strong {
		return
	}
	mod := c.modality(c.modalStart(i), i)
	// "to Bamako and Ouagadougou": every recipient of a list.
	for _, r := range append([]*mention{to}, c.coordinated(to, end, recipient)...) {
		if r.ent == from.ent {
			continue
		}
		if rel := c.emitRule(graph.Supplies, from.ent, r.ent, mod, "supplies/", toks[i].lower, "", i); rel != nil {
			rel.Items = appendUnique(rel.Items, items...)
		}
	}
	c.exchange(i, from.ent, to.ent, mod)
}

// coordinated returns what is listed after m with "and" or commas, as far
// as ok accepts it: parties in "Eritrea and Zimbabwe", places in "Niamey,
// Bamako and Ouagadougou".
func (c *sctx) coordinated(m *mention, end int, ok func(mention) bool) []*mention {
	var out []*mention
	k := m.e
	for k+1 < end {
		if c.toks[k].lower != "and" && c.toks[k].text != "," {
			break
		}
		j := k + 1
		if c.toks[j].lower == "and" {
			j++
		}
		if j < end && c.toks[j].lower == "the" {
			j++
		}
		n := c.mAt(j)
		if n == nil || !ok(*n) {
			break
		}
		out = append(out, n)
		k = n.e
	}
	return out
}

// recipient reports whether a mention can receive a supply: a party named,
// not a demonym.
func recipient(m mention) bool { return isParty(m) && !m.demonym }

// foreignItemBefore finds "North Korean troops (have been)" right before a
// passive supply verb at i and returns the demonym's mention.
func (c *sctx) foreignItemBefore(i int) *mention {
	k := i - 1
	for k > 0 && (c.toks[k].lower == "been" || c.toks[k].lower == "had" || c.toks[k].lower == "have" || c.toks[k].lower == "has" || c.toks[k].lower == "were" || c.toks[k].lower == "was" || c.toks[k].lower == "are" || c.toks[k].lower == "is" || c.toks[k].lower == "being" || c.toks[k].lower == "reportedly" || c.toks[k].lower == "already") {
		k--
	}
	if k < 1 || c.toks[k].cls&clsItemWords == 0 {
		return nil
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if m := c.mentionEndingAt(j + 1); m != nil {
			if m.demonym {
				return m
			}
			return nil
		}
		if c.toks[j].cls&clsItemModifiers == 0 && c.toks[j].kind != tNum {
			return nil
		}
	}
	return nil
}

// exchange reads "in exchange for X" as a supply the other way.
func (c *sctx) exchange(i int, from, to *entity, mod graph.Modality) {
	toks := c.toks
	for k := i + 1; k+1 < len(toks); k++ {
		if toks[k].lower == "exchange" && toks[k+1].lower == "for" {
			end := len(toks)
			for j := k + 2; j < len(toks); j++ {
				if toks[j].lower == "to" || toks[j].text == "," || toks[j].text == "." {
					end = j
					break
				}
			}
			items := c.items(k+2, end)
			if len(items) == 0 {
				return
			}
			if r := c.emit(graph.Supplies, to, from, mod, "supplies/in-exchange-for", k); r != nil {
				r.Items = appendUnique(r.Items, items...)
			}
			return
		}
	}
}

func (c *sctx) receiveVerb(i int) {
	toks := c.toks
	to := c.partyBefore(i)
	if to == nil {
		return
	}
	end := c.clauseEnd(i)
	for k := i + 1; k < end-1; k++ {
		if toks[k].lower == "from" {
			from := c.mAt(k + 1)
			if from == nil || !isParty(*from) {
				return
			}
			items := c.items(i+1, k)
			if len(items) == 0 {
				return
			}
			mod := c.modality(c.modalStart(i), i)
			if r := c.emitRule(graph.Supplies, from.ent, to.ent, mod, "supplies/", toks[i].lower, "-from", i); r != nil {
				r.Items = appendUnique(r.Items, items...)
			}
			return
		}
	}
}

// deployVerb reads "Russia has been deploying North Korean missiles".
func (c *sctx) deployVerb(i int) {
	to := c.partyBefore(i)
	if to == nil || to.ent.kind == graph.Person {
		return
	}
	end := c.clauseEnd(i)
	for k := i + 1; k < end && k < i+6; k++ {
		m := c.mAt(k)
		if m == nil {
			continue
		}
		if !m.demonym || m.ent == to.ent {
			return
		}
		items := c.items(m.e, min(end, m.e+4))
		if len(items) == 0 {
			return
		}
		mod := c.modality(c.modalStart(i), i)
		if r := c.emit(graph.Supplies, m.ent, to.ent, mod, "supplies/deploys-foreign", i); r != nil {
			r.Items = appendUnique(r.Items, items...)
		}
		return
	}
}

// supplierNoun reads "Russia has long been Vietnam's largest supplier of
// weapons", "Russia remained Vietnam's main source of arms".
func (c *sctx) supplierNoun(i int) {
	toks := c.toks
	items := c.items(i+1, min(len(toks), i+6))
	if len(items) == 0 || i+1 >= len(toks) || toks[i+1].lower != "of" {
		return
	}
	k := i - 1
	for k > 0 && (toks[k].cls&clsAdjRoles != 0 || toks[k].lower == "largest" || toks[k].lower == "main" || toks[k].lower == "biggest" || toks[k].lower == "key" || toks[k].lower == "major" || toks[k].lower == "leading" || toks[k].lower == "primary" || toks[k].lower == "principal" || toks[k].lower == "only" || toks[k].lower == "second-largest") {
		k--
	}
	if k < 1 || toks[k].text != "'s" {
		return
	}
	to := c.mentionEndingAt(k)
	from := c.partyBefore(k)
	if to == nil || from == nil || !isParty(*to) || from.ent == to.ent {
		return
	}
	if r := c.emit(graph.Supplies, from.ent, to.ent, c.modality(c.modalStart(i), i), "supplies/supplier-of", i); r != nil {
		r.Items = appendUnique(r.Items, items...)
	}
}

// denial reads "Moscow and Pyongyang have denied such intentions" as a
// denial of the supply between them named before.
func (c *sctx) denial(i int) {
	var parties []*entity
	cs := c.clauseStart(i)
	for mi := range c.ms {
		m := &c.ms[mi]
		if m.s >= cs && m.e <= i && m.ent.kind == graph.Country && !m.demonym {
			parties = append(parties, m.ent)
		}
	}
	if len(parties) != 2 {
		return
	}
	countryOf := func(id string) string {
		for _, e := range c.d.ents {
			if e.id == id {
				if e.kind == graph.Person {
					return e.country
				}
				return e.name
			}
		}
		return ""
	}
	var cands []*relCand
	for _, rc := range c.d.rels {
		cands = append(cands, rc)
	}
	slices.SortFunc(cands, func(a, b *relCand) int { return a.order - b.order })
	for _, rc := range cands {
		r := rc.rel
		if r.Type != graph.Supplies {
			continue
		}
		f, to := countryOf(r.From), countryOf(r.To)
		if f == parties[0].name && to == parties[1].name || f == parties[1].name && to == parties[0].name {
			from := c.d.ents[entityID(graph.Country, f)]
			dest := c.d.ents[entityID(graph.Country, to)]
			c.emit(graph.Supplies, from, dest, graph.Denied, "supplies/denied", i)
			return
		}
	}
}

// items lists what is supplied between tokens a and b: item words with the
// modifiers before them ("short-range ballistic missiles").
func (c *sctx) items(a, b int) []string {
	var out []string
	toks := c.toks
	for k := a; k < b && k < len(toks); k++ {
		if modelName(toks[k].text) && !c.quote[k] {
			// "100 K9s", "12 FA-50s": weapons by their model.
			if phrase := toks[k].text; !slices.Contains(out, phrase) {
				out = append(out, phrase)
			}
			continue
		}
		if !(toks[k].cls&clsItemWords != 0) || c.quote[k] || k+1 < b && (toks[k+1].cls&clsItemWords != 0) {
			continue
		}
		s := k
		for s > a && (toks[s-1].cls&clsItemModifiers != 0) {
			s--
		}
		phrase := strings.ToLower(c.d.nt.norm[toks[s].s:toks[k].e])
		if !slices.Contains(out, phrase) {
			if out == nil {
				out = c.d.stringList(4)
			}
			out = append(out, phrase)
		}
	}
	return out
}

// accompanied finds companions: "X, Y and Z will join Putin on the trip",
// "accompanied by X", "joined by X", "a delegation including X".
func (c *sctx) accompanied() {
	toks := c.toks
	trip := false
	for ti := range toks {
		t := &toks[ti]
		if (t.cls&clsVisitNouns != 0) || t.lower == "delegation" || strings.HasPrefix(t.lower, "visit") {
			trip = true
		}
	}
	for i := range toks {
		t := &toks[i]
		if c.quote[i] || !(t.cls&clsJoinVerbs != 0) {
			continue
		}
		mod := c.modality(c.modalStart(i), i)
		by := -1
		for k := i + 1; k < len(toks) && k <= i+8 && toks[k].text != "," && toks[k].text != "."; k++ {
			if toks[k].lower == "by" {
				by = k
				break
			}
		}
		if by > 0 && (t.lower == "accompanied" || t.lower == "joined") {
			// "accompanied (on his visit to Vietnam) by X and Y", "joined by X".
			principal := c.subjectsBefore(i)
			// "was joined in Beijing by X": X came to Beijing.
			var place *entity
			for k := i + 1; k+1 < by; k++ {
				if toks[k].lower == "in" || toks[k].lower == "at" {
					if d := c.mAt(k + 1); d != nil && isPlace(*d) {
						place = c.placeOf(d)
					}
					break
				}
			}
			for _, o := range c.objectsAfter(by, len(toks)) {
				for _, p := range principal {
					c.emitRule(graph.Accompanied, o.ent, p, mod, "accompanied/", t.lower, "-by", i)
				}
				if place != nil && len(principal) > 0 && !c.home(o.ent, place) && !resident(o.ent) {
					c.emit(graph.Visited, o.ent, place, mod, "visited/joined-in", i)
				}
			}
			continue
		}
		if t.lower == "accompanying" && i > 0 && toks[i-1].lower == "those" {
			// "Among those accompanying Mr. Belousov was Lt. Gen. Oleg Tarasenko".
			principals := c.objectsAfter(i, len(toks))
			if len(principals) == 0 {
				continue
			}
			k := principals[0].e
			if k < len(toks) && (toks[k].lower == "was" || toks[k].lower == "were") {
				for _, o := range c.objectsAfter(k, len(toks)) {
					c.emit(graph.Accompanied, o.ent, principals[0].ent, mod, "accompanied/among-those", i)
				}
			}
			continue
		}
		if strings.HasPrefix(t.lower, "join") && !trip {
			continue
		}
		principals := c.objectsAfter(i, c.clauseEnd(i))
		if len(principals) == 0 {
			continue
		}
		// All the people before the verb in the clause join the principal.
		cs := c.clauseStart(i)
		party := []*entity{principals[0].ent}
		for mi := range c.ms {
			m := &c.ms[mi]
			if m.s >= cs && m.e <= i && m.ent.kind == graph.Person && !c.possessive(*m) && !c.afterPrep(*m) {
				c.emitRule(graph.Accompanied, m.ent, principals[0].ent, mod, "accompanied/", t.lower, "", i)
				party = appendUnique(party, m.ent)
			}
		}
		// "will accompany Lavrov to Vientiane": the whole party goes there.
		if k := principals[0].e; k+1 < len(toks) && toks[k].lower == "to" && len(party) > 1 {
			if d := c.mAt(k + 1); d != nil && isPlace(*d) {
				place := c.placeOf(d)
				for _, p := range party {
					if !c.home(p, place) {
						c.emit(graph.Visited, p, place, mod, "visited/accompany-to", i)
					}
				}
			}
		}
	}
}

// resident reports whether a person's titles say they live abroad for
// their post: ambassadors, envoys, correspondents.
func resident(p *entity) bool {
	for _, t := range p.titles {
		if strings.Contains(t, "ambassador") || strings.Contains(t, "envoy") || strings.Contains(t, "correspondent") || strings.Contains(t, "coordinator") || strings.Contains(t, "representative") {
			return true
		}
	}
	return false
}

// whereVisits reads "Beijing, where he and Putin attended a forum": the
// people acting in a where-clause after a place were there.
func (c *sctx) whereVisits() {
	toks := c.toks
	for k := range c.ms {
		m := c.ms[k]
		if !isPlace(m) || m.e+1 >= len(toks) || toks[m.e].text != "," || toks[m.e+1].lower != "where" {
			continue
		}
		place := c.placeOf(&m)
		end := c.clauseEnd(m.e + 2)
		var people []*entity
		verb := -1
		for j := m.e + 2; j < end; j++ {
			if pm := c.mAt(j); pm != nil && pm.ent.kind == graph.Person && !c.possessive(*pm) {
				people = appendUnique(people, pm.ent)
				j = pm.e - 1
				continue
			}
			if toks[j].kind == tWord && !toks[j].cap && toks[j].lower != "and" && !isTitleWord(toks[j]) && toks[j].cls&clsDeterminers == 0 && !auxiliaries[toks[j].lower] {
				verb = j
				break
			}
		}
		if verb < 0 {
			continue
		}
		mod := c.modality(c.modalStart(verb), verb)
		for _, p := range people {
			if !c.home(p, place) {
				c.emit(graph.Visited, p, place, mod, "visited/where", verb)
			}
		}
	}
}

// attended reads "attend a ceremony in Tiananmen Square".
func (c *sctx) attended() {
	toks := c.toks
	for i := range toks {
		t := &toks[i]
		if c.quote[i] || t.cls&clsAttendWords == 0 {
			continue
		}
		end := c.clauseEnd(i)
		for k := i + 1; k < end && k < i+9; k++ {
			if toks[k].lower != "in" && toks[k].lower != "at" {
				continue
			}
			j := k + 1
			if j < end && toks[j].lower == "the" {
				j++
			}
			if pm := c.mAt(j); pm != nil && isPlace(*pm) {
				place := c.placeOf(pm)
				mod := c.modality(c.modalStart(i), i)
				for _, p := range c.subjectsBefore(i) {
					if !c.home(p, place) {
						c.emit(graph.Visited, p, place, mod, "visited/attended-in", i)
					}
				}
			}
			break
		}
	}
}

// placeOf is the place a mention names: a capital that stands for its
// country names the city here.
func (c *sctx) placeOf(m *mention) *entity {
	if m.capital {
		e := c.d.entityFor(graph.Place, capitalName(c.d, m), m.ent.name)
		e.addAlias(m.surface)
		return e
	}
	return m.ent
}

// capitalName is the gazetteer's name of a capital mention.
func capitalName(d *doc, m *mention) string {
	if g := d.canonical(m.surface); g != nil && g.role == gCapital {
		return g.name
	}
	return m.surface
}

// home reports whether a place lies in a person's own country.
func (c *sctx) home(p *entity, place *entity) bool {
	country := place.country
	if place.kind == graph.Country {
		country = place.name
	}
	return p.country != "" && p.country == country
}

// quoteAfter reports whether a quotation opens within n tokens after i.
func (c *sctx) quoteAfter(i, n int) bool {
	for k := i + 1; k < len(c.toks) && k <= i+n; k++ {
		if c.toks[k].text == `"` {
			return true
		}
	}
	return false
}

// itParty resolves "it" acting before trigger i to the first country or
// organisation of the sentence: "Seoul's policy ..., although it has sold".
func (c *sctx) itParty(i int) *mention {
	cs := c.clauseStart(i)
	it := false
	for k := cs; k < i; k++ {
		if c.toks[k].lower == "it" {
			it = true
		}
	}
	if !it {
		return nil
	}
	for k := range c.ms {
		m := &c.ms[k]
		if m.s < i && (m.ent.kind == graph.Country || m.ent.kind == graph.Organization) && !m.demonym && !c.quote[m.s] {
			return m
		}
	}
	return nil
}

// aidPackage reads "announce a $300 million package of artillery
// ammunition and rockets for Ukraine": a package, shipment or delivery of
// items for a recipient.
func (c *sctx) aidPackage(i int) {
	toks := c.toks
	end := c.clauseEnd(i)
	if i+2 < end && toks[i+1].lower == "to" && toks[i].lower != "package" && toks[i].lower != "batch" {
		c.shipmentsTo(i, end)
		return
	}
	if i+1 >= end || toks[i+1].lower != "of" {
		return
	}
	var to *mention
	k := i + 2
	for ; k < end && k < i+14; k++ {
		if (toks[k].lower == "for" || toks[k].lower == "to") && k+1 < end {
			to = c.mAt(k + 1)
			break
		}
	}
	if to == nil || !isParty(*to) || to.demonym {
		return
	}
	items := c.items(i+2, k)
	from := c.partyBefore(i)
	if len(items) == 0 || from == nil || from.ent == to.ent {
		return
	}
	if r := c.emit(graph.Supplies, from.ent, to.ent, c.modality(c.modalStart(i), i), "supplies/package-of", i); r != nil {
		r.Items = appendUnique(r.Items, items...)
	}
}

// leadsVerb reads "Ri Chang-ho, who leads the Reconnaissance General
// Bureau" and "Tsikhanouskaya, who heads the United Transitional Cabinet".
func (c *sctx) leadsVerb() {
	toks := c.toks
	for i := range toks {
		t := &toks[i]
		if c.quote[i] || t.cls&clsLeadVerbs == 0 {
			continue
		}
		k := i + 1
		if k < len(toks) && toks[k].lower == "by" {
			c.ledBy(i, k)
			continue
		}
		if k < len(toks) && toks[k].lower == "the" {
			k++
		}
		org := c.mAt(k)
		if org == nil || org.ent.kind != graph.Organization && org.ent.kind != graph.Country {
			continue
		}
		var who *entity
		if i > 1 && toks[i-1].lower == "who" && toks[i-2].text == "," {
			if p := c.mentionEndingAtPerson(i - 2); p != nil {
				who = p.ent
			}
		}
		if who == nil {
			if ps := c.subjectsBefore(i); len(ps) == 1 {
				who = ps[0]
			}
		}
		if who != nil {
			c.emit(graph.Leads, who, org.ent, c.modality(c.modalStart(i), i), "leads/verb", i)
		}
	}
}

// auxiliaries are the helping verbs and adverbs before a main verb.
var auxiliaries = set("will would shall should can could may might must is are was were be been being has have had do does did also later then still already to not never just")

// prepAhead finds "to" or "into" within a few tokens after a motion verb at
// i, past a date or an adverb; it returns the preposition's index or -1.
func (c *sctx) prepAhead(i int) int {
	toks := c.toks
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		t := &toks[k]
		if t.lower == "to" || t.lower == "into" {
			return k
		}
		if t.kind == tPunct && t.text != "." || t.cls&verbClasses != 0 {
			return -1
		}
		if t.cls&clsMonths != 0 || t.kind == tNum || t.lower == "on" || t.lower == "back" || travelAdverb(t.lower) {
			continue
		}
		if t.cls&clsWeekdays != 0 {
			continue
		}
		return -1
	}
	return -1
}

// reportedWords returns the reported words of a speech verb at i without
// quotation marks: the clause after "said (that)", or the statement before
// ", according to X".
func (c *sctx) reportedWords(i int) string {
	toks := c.toks
	var a, b int
	switch {
	case toks[i].lower == "according":
		k := i
		if k > 0 && toks[k-1].text == "," {
			k--
		}
		if k == 0 {
			return ""
		}
		a, b = 0, k
	default:
		a = i + 1
		for k := i + 1; k < len(toks) && k <= i+8; k++ {
			if toks[k].lower == "that" {
				a = k + 1
				break
			}
		}
		if strings.HasPrefix(toks[i].lower, "told") || strings.HasPrefix(toks[i].lower, "tell") {
			if a == i+1 {
				return "" // "told reporters" with no clause
			}
		}
		b = len(toks)
		for b > a && toks[b-1].kind == tPunct {
			b--
		}
	}
	if b-a < 3 {
		return ""
	}
	os, _ := c.d.nt.origSpan(toks[a].s, toks[a].e)
	_, oe := c.d.nt.origSpan(toks[b-1].s, toks[b-1].e)
	return c.d.nt.orig[os:oe]
}

// plannedAfter reports whether the words after token i, up to the end of
// the sentence, put the event in the future: "which is scheduled for later
// this month".
func (c *sctx) plannedAfter(i int) bool {
	for k := i; k < len(c.toks); k++ {
		switch c.toks[k].lower {
		case "scheduled", "planned", "expected", "due", "upcoming", "set":
			return true
		}
	}
	return false
}

// receptions reads passive receptions: "Putin was greeted at Hanoi's
// airport by To Lam" (a meeting, and a visit to the place).
func (c *sctx) receptions() {
	toks := c.toks
	// Passive receptions: "Putin was greeted at Hanoi's airport by To Lam".
	for i := range toks {
		t := &toks[i]
		// The verbs below are reception words or "met".
		if t.cls&(clsReceptionWords|clsMetVerbs) == 0 {
			continue
		}
		if c.quote[i] || i == 0 || !(toks[i-1].lower == "was" || toks[i-1].lower == "were" || toks[i-1].lower == "is" || toks[i-1].lower == "be" || toks[i-1].lower == "been") {
			continue
		}
		if !(t.lower == "welcomed" || t.lower == "greeted" || t.lower == "received" || t.lower == "hosted" || t.lower == "met") {
			continue
		}
		guests := c.subjectsBefore(i - 1)
		end := c.clauseEnd(i)
		mod := c.modality(c.modalStart(i), i)
		for k := i + 1; k < end; k++ {
			switch toks[k].lower {
			case "at", "in":
				if place := c.firstAfter(k+1, min(k+6, end), isPlace); place != nil && c.npStart(*place) <= k+1+boolInt(toks[k+1].lower == "the") {
					if c.possessive(*place) {
						if n := c.mAt(place.e + 1); n != nil && n.ent.kind == graph.Place {
							place = n
						}
					}
					for _, g := range guests {
						c.emit(graph.Visited, g, place.ent, mod, "visited/received-at", i)
					}
				}
			case "by":
				for _, host := range c.objectsAfter(k, end) {
					for _, g := range guests {
						c.emit(graph.Met, g, host.ent, mod, "met/received-by", i)
					}
				}
			}
		}
	}
}

// tours reads guided tours: "Putin showed Kim around the Vostochny
// cosmodrome", "gave Kim a tour of the plant": the guest was there.
func (c *sctx) tours() {
	toks := c.toks
	for i := range toks {
		t := &toks[i]
		if c.quote[i] || t.cls&clsTourVerbs == 0 {
			continue
		}
		guests := c.objectsAfter(i, c.clauseEnd(i))
		if len(guests) == 0 {
			continue
		}
		k := guests[0].e
		switch {
		case k+1 < len(toks) && (toks[k].lower == "around" || toks[k].lower == "round" || toks[k].lower == "to"):
			k++
		case k+3 < len(toks) && toks[k].lower == "a" && toks[k+1].lower == "tour" && toks[k+2].lower == "of":
			k += 3
		default:
			continue
		}
		if k < len(toks) && toks[k].lower == "the" {
			k++
		}
		if place := c.mAt(k); place != nil && isPlace(*place) {
			c.emit(graph.Visited, guests[0].ent, c.placeOf(place), c.modality(c.modalStart(i), i), "visited/tour", i)
		}
	}
}

// former reports whether the words say a post is no longer held: "former",
// "ex-president".
func former(toks []token) bool {
	for _, t := range toks {
		if t.lower == "former" || strings.HasPrefix(t.lower, "ex-") {
			return true
		}
	}
	return false
}

// travellingWith reads companions named after a verb of travel: "He is
// travelling with Labor Minister Hubertus Heil and Robert Habeck", "flew
// to Kyiv with his wife".
func (c *sctx) travellingWith() {
	toks := c.toks
	for i, t := range toks {
		if c.quote[i] || !travelVerbs[t.lower] {
			continue
		}
		with := -1
		for k := i + 1; k < len(toks) && k <= i+6; k++ {
			if toks[k].lower == "with" {
				with = k
				break
			}
			if toks[k].text == "," || toks[k].text == "." || toks[k].cls&verbClasses != 0 {
				break
			}
		}
		if with < 0 {
			continue
		}
		companions := c.objectsAfter(with, c.clauseEnd(with))
		if len(companions) == 0 {
			continue
		}
		mod := c.modality(c.modalStart(i), i)
		// "arrived in Manila with Defense Minister X": the companions
		// went there too.
		var place *entity
		if k := c.prepAhead(i); k > i && k < with {
			if d := c.destination(k-1, with, false); d != nil {
				place = c.placeOf(d)
			}
		} else if i+1 < with && (toks[i+1].lower == "in" || toks[i+1].lower == "to") {
			if d := c.destination(i, with, false); d != nil {
				place = c.placeOf(d)
			}
		}
		for _, p := range c.subjectsBefore(i) {
			for _, o := range companions {
				if o.ent == p {
					continue
				}
				c.emit(graph.Accompanied, o.ent, p, mod, "accompanied/travelling-with", i)
				if place != nil && !c.home(o.ent, place) {
					c.emit(graph.Visited, o.ent, place, mod, "visited/travelling-with", i)
				}
			}
		}
	}
}

// appearances reads where a person spoke in public: "told a news
// conference in London", "speaking to reporters in Hanoi". A person whose
// country is known and is not the place's was visiting it.
func (c *sctx) appearances() {
	toks := c.toks
	for i, t := range toks {
		if c.quote[i] || !appearanceWords[t.lower] || i+2 >= len(toks) || toks[i+1].lower != "in" {
			continue
		}
		d := c.mAt(i + 2)
		if d == nil || !isPlace(*d) {
			continue
		}
		place := c.placeOf(d)
		speaker := c.speakerBefore(c.clauseStart(i) + 1)
		if sp := c.subjectsBefore(i); len(sp) == 1 {
			speaker = sp[0]
		}
		if speaker == nil || speaker.country == "" || c.home(speaker, place) || resident(speaker) {
			continue
		}
		c.emit(graph.Visited, speaker, place, c.modality(c.modalStart(i), i), "visited/spoke-in", i)
	}
}

// appearanceWords name a public appearance that takes place somewhere.
var appearanceWords = set("conference reporters journalists speaking speech briefing")

// travelVerbs are the verbs of travel after which "with" names companions,
// unlike "talks with" or "met with".
var travelVerbs = set("travel travels travelled traveled travelling traveling fly flies flew flying arrive arrives arrived arriving")

// ledBy reads "the RSF, led by Gen Mohamed Hamdan Dagalo" and "the bank,
// the lender headed by Dilma Rousseff": the organisation or country named
// just before the verb i is led by the person after "by" (at k).
func (c *sctx) ledBy(i, k int) {
	leaders := c.objectsAfter(k, c.clauseEnd(k))
	if len(leaders) == 0 {
		return
	}
	var org *mention
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if m := c.mentionEndingAt(j + 1); m != nil {
			if m.ent.kind == graph.Organization || m.ent.kind == graph.Country && !m.demonym {
				org = m
			}
			break
		}
		if c.toks[j].cls&verbClasses != 0 || c.toks[j].text == "." {
			break
		}
	}
	if org == nil {
		return
	}
	// A lead is a standing fact: the tense around it ("will visit the bank
	// headed by") does not make it planned.
	c.emit(graph.Leads, leaders[0].ent, org.ent, graph.Asserted, "leads/led-by", i)
}

// onlyHonorifics reports whether every word is an honorific or rank.
func onlyHonorifics(toks []token) bool {
	for _, t := range toks {
		if t.text != "." && !honorificTitles[t.lower] {
			return false
		}
	}
	return len(toks) > 0
}

// shipmentsTo reads "Moscow has promised further grain shipments to
// Eritrea and Zimbabwe": the party the clause is about sends what the noun
// i names to the parties after "to".
func (c *sctx) shipmentsTo(i, end int) {
	to := c.mAt(i + 2)
	if to == nil && i+3 < end && c.toks[i+2].lower == "the" {
		to = c.mAt(i + 3)
	}
	if to == nil || !isParty(*to) || to.demonym {
		return
	}
	// The sender is a state or an organisation the clause is about, not a
	// speaker who mentions the shipments.
	from := c.partyBefore(i)
	if from == nil || from.ent.kind == graph.Person {
		return
	}
	mod := c.modality(c.modalStart(i), i)
	items := c.items(max(c.clauseStart(i), i-3), i)
	for _, r := range append([]*mention{to}, c.coordinated(to, end, recipient)...) {
		if r.ent == from.ent {
			continue
		}
		if rel := c.emit(graph.Supplies, from.ent, r.ent, mod, "supplies/shipments-to", i); rel != nil {
			rel.Items = appendUnique(rel.Items, items...)
		}
	}
}

// preTitle are words that may describe a title before it: "newly elected
// President", "the incoming premier".
var preTitle = set("newly elected re-elected newly-elected appointed incoming outgoing visiting acting interim new")

// modelName reports whether a word names a model of weapon or vehicle:
// capitals, perhaps a hyphen, digits, perhaps a plural s ("K9s", "FA-50s",
// "Su-35", "F-16s").
func modelName(w string) bool {
	i := 0
	for i < len(w) && (w[i] >= 'A' && w[i] <= 'Z' || i > 0 && w[i] >= 'a' && w[i] <= 'z' && w[i] != 's') {
		i++
	}
	if i == 0 || i > 4 {
		return false
	}
	hyphen := i < len(w) && w[i] == '-'
	if hyphen {
		i++
	}
	d := i
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	if i == d {
		return false
	}
	plural := i < len(w) && w[i] == 's'
	if plural {
		i++
	}
	// "G20" names a group, not a model: a model has a hyphen or a plural.
	return i == len(w) && (hyphen || plural)
}
