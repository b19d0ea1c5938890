package loader

import (
	"slices"
	"strings"
)

// Word classes: each lower-case word list of the lexicon is one bit, so a
// token carries all its memberships in token.cls and rules test a bit
// instead of looking words up again.
const (
	clsVisitVerbs     uint64 = 1 << 0
	clsVisitNouns     uint64 = 1 << 1
	clsMetVerbs       uint64 = 1 << 2
	clsSignVerbs      uint64 = 1 << 3
	clsSupplyVerbs    uint64 = 1 << 4
	clsReceiveVerbs   uint64 = 1 << 5
	clsDeployVerbs    uint64 = 1 << 6
	clsJoinVerbs      uint64 = 1 << 7
	clsPreps          uint64 = 1 << 8
	clsDeterminers    uint64 = 1 << 9
	clsAdjRoles       uint64 = 1 << 10
	clsClauseJoiners  uint64 = 1 << 11
	clsAllegedCues    uint64 = 1 << 12
	clsPlannedCues    uint64 = 1 << 13
	clsDeniedCues     uint64 = 1 << 14
	clsSpeechVerbs    uint64 = 1 << 15
	clsSubjPronouns   uint64 = 1 << 16
	clsObjPronouns    uint64 = 1 << 17
	clsTitleWords     uint64 = 1 << 18
	clsLeaderRoles    uint64 = 1 << 19
	clsPlaceSuffixes  uint64 = 1 << 20
	clsPlacePreps     uint64 = 1 << 21
	clsItemWords      uint64 = 1 << 22
	clsItemModifiers  uint64 = 1 << 23
	clsHonorifics     uint64 = 1 << 24
	clsPersonTitles   uint64 = 1 << 25
	clsSpeechAdverbs  uint64 = 1 << 26
	clsAbbreviations  uint64 = 1 << 27
	clsMetExtra       uint64 = 1 << 28
	clsSpeechExtra    uint64 = 1 << 29
	clsSupplyExtra    uint64 = 1 << 30
	clsAttendWords    uint64 = 1 << 31
	clsLeadVerbs      uint64 = 1 << 32
	clsReceptionWords uint64 = 1 << 33
	clsReportVerbs    uint64 = 1 << 34
	clsMonths         uint64 = 1 << 35
	clsWeekdays       uint64 = 1 << 36
	clsNameParticles  uint64 = 1 << 37
	clsCommon         uint64 = 1 << 38
	// clsOrgHeads and clsPlaceHeads mark the lower case of orgHeads and
	// placeHeads, which match by exact text: a word with the bit is then
	// looked up by its text.
	clsOrgHeads   uint64 = 1 << 39
	clsPlaceHeads uint64 = 1 << 40
	clsTourVerbs  uint64 = 1 << 41
	clsWhether    uint64 = 1 << 42
	clsRelDays    uint64 = 1 << 43 // yesterday, today, tomorrow
)

// verbClasses are the classes of trigger verbs.
const verbClasses = clsVisitVerbs | clsMetVerbs | clsSignVerbs | clsSupplyVerbs | clsReceiveVerbs | clsDeployVerbs | clsJoinVerbs | clsSpeechVerbs

// wordClasses maps a lower-case word to its classes.
var wordClasses = func() map[string]uint64 {
	m := map[string]uint64{}
	for _, c := range []struct {
		words map[string]bool
		bit   uint64
	}{
		{metExtra, clsMetExtra},
		{speechExtra, clsSpeechExtra},
		{supplyExtra, clsSupplyExtra},
		{attendWords, clsAttendWords},
		{leadVerbs, clsLeadVerbs},
		{receptionWords, clsReceptionWords},
		{visitVerbs, clsVisitVerbs},
		{visitNouns, clsVisitNouns},
		{metVerbs, clsMetVerbs},
		{signVerbs, clsSignVerbs},
		{supplyVerbs, clsSupplyVerbs},
		{receiveVerbs, clsReceiveVerbs},
		{deployVerbs, clsDeployVerbs},
		{joinVerbs, clsJoinVerbs},
		{preps, clsPreps},
		{determiners, clsDeterminers},
		{adjRoles, clsAdjRoles},
		{clauseJoiners, clsClauseJoiners},
		{allegedCues, clsAllegedCues},
		{plannedCues, clsPlannedCues},
		{deniedCues, clsDeniedCues},
		{speechVerbs, clsSpeechVerbs},
		{subjPronouns, clsSubjPronouns},
		{objPronouns, clsObjPronouns},
		{titleWords, clsTitleWords},
		{leaderRoles, clsLeaderRoles},
		{placeSuffixes, clsPlaceSuffixes},
		{placePreps, clsPlacePreps},
		{itemWords, clsItemWords},
		{itemModifiers, clsItemModifiers},
		{honorifics, clsHonorifics},
		{personTitles, clsPersonTitles},
		{speechAdverbs, clsSpeechAdverbs},
		{abbreviations, clsAbbreviations},
		{reportVerbs, clsReportVerbs},
		{keySet(months), clsMonths},
		{keySet(weekdays), clsWeekdays},
		{nameParticles, clsNameParticles},
		{set(commonWords), clsCommon},
		{lowerSet(orgHeads), clsOrgHeads},
		{lowerSet(placeHeads), clsPlaceHeads},
		{tourVerbs, clsTourVerbs},
		{set("whether"), clsWhether},
		{relDays, clsRelDays},
	} {
		for w := range c.words {
			m[w] |= c.bit
		}
	}
	return m
}()

// keySet is the set of a map's keys.
func keySet[V any](m map[string]V) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

// lowerSet is the set of the lower case of a set's words.
func lowerSet(m map[string]bool) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[strings.ToLower(k)] = true
	}
	return out
}

// isOrgHead reports orgHeads[t.text] with a map lookup only for the words
// that may be one.
func isOrgHead(t *token) bool { return t.cls&clsOrgHeads != 0 && orgHeads[t.text] }

// isPlaceHead reports placeHeads[t.text] likewise.
func isPlaceHead(t *token) bool { return t.cls&clsPlaceHeads != 0 && placeHeads[t.text] }

// knownWord is what tokenising needs of a known word.
type knownWord struct {
	lower string
	cls   uint64
}

// knownWords maps the known words, lower case and capitalised ("the",
// "The", "President"), to their lower case and classes, so that tokenising
// them takes one lookup and allocates nothing.
var knownWords = func() map[string]knownWord {
	m := map[string]knownWord{}
	add := func(w string) {
		if w == "" || w[0] < 'a' || w[0] > 'z' {
			return
		}
		k := knownWord{lower: w, cls: wordClasses[w]}
		m[w] = k
		m[strings.ToUpper(w[:1])+w[1:]] = k
	}
	for w := range wordClasses {
		add(w)
	}
	for _, w := range strings.Fields(commonWords) {
		add(w)
	}
	// The capitalised words of the gazetteers ("Putin", "Korea").
	for _, f := range []string{"countries.txt", "orgs.txt", "places.txt", "people.txt"} {
		data, err := dataFS.ReadFile("data/" + f)
		if err != nil {
			continue
		}
		for _, w := range strings.FieldsFunc(string(data), func(r rune) bool {
			return r == ' ' || r == '|' || r == ';' || r == '\n' || r == '\'' || r == ',' || r == '.' || r == '(' || r == ')'
		}) {
			if w[0] >= 'A' && w[0] <= 'Z' && !strings.ContainsAny(w, "#@") {
				if _, ok := m[w]; !ok {
					lw := strings.ToLower(w)
					m[w] = knownWord{lower: lw, cls: wordClasses[lw]}
				}
			}
		}
	}
	return m
}()

// knownTable is knownWords as a compact open-addressing hash table, which
// tokenising looks every word up in.
var knownTable = newWordTable(knownWords)

// wordTable maps words to knownWord. Each slot holds 0 when empty, else
// the entry's index plus one in its low 16 bits and a tag from the word's
// hash in its high 16 bits, so most misses and collisions are told apart
// without comparing words. Words of up to 8 bytes are compared as one
// integer, their bytes packed by wordBits.
type wordTable struct {
	slots []uint32
	keys  []string
	bits  []uint64 // wordBits of the keys of up to 8 bytes
	vals  []knownWord
	mask  uint64
}

func newWordTable(m map[string]knownWord) *wordTable {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if len(keys) >= 1<<16-1 {
		panic("loader: too many known words")
	}
	size := 1024
	for size < 2*len(keys) {
		size *= 2
	}
	t := &wordTable{slots: make([]uint32, size), keys: keys, bits: make([]uint64, len(keys)), vals: make([]knownWord, len(keys)), mask: uint64(size - 1)}
	for i, k := range keys {
		t.vals[i] = m[k]
		var h uint64
		if len(k) <= 8 {
			t.bits[i] = wordBits(k, 0, len(k))
			h = shortHash(t.bits[i])
		} else {
			h = wordHash(k)
		}
		p := h & t.mask
		for t.slots[p] != 0 {
			p = (p + 1) & t.mask
		}
		t.slots[p] = uint32(h>>48)<<16 | uint32(i+1)
	}
	return t
}

// get returns the entry of word w, or nil.
func (t *wordTable) get(w string) *knownWord {
	if k := t.index(w); k >= 0 {
		return &t.vals[k]
	}
	return nil
}

// index returns the index of word w in keys and vals, or -1.
func (t *wordTable) index(w string) int { return t.indexAt(w, 0, len(w)) }

// indexAt returns the index of the word s[i:j], or -1.
func (t *wordTable) indexAt(s string, i, j int) int {
	if j-i <= 8 {
		x := wordBits(s, i, j)
		h := shortHash(x)
		tag := uint32(h >> 48)
		for p := h & t.mask; ; p = (p + 1) & t.mask {
			slot := t.slots[p]
			if slot == 0 {
				return -1
			}
			if slot>>16 == tag {
				// No word holds a NUL byte, so the packed bytes tell the
				// length too; longer keys have no bits.
				if k := int(slot&0xffff) - 1; t.bits[k] == x {
					return k
				}
			}
		}
	}
	w := s[i:j]
	h := wordHash(w)
	tag := uint32(h >> 48)
	for p := h & t.mask; ; p = (p + 1) & t.mask {
		slot := t.slots[p]
		if slot == 0 {
			return -1
		}
		if slot>>16 == tag {
			if k := int(slot&0xffff) - 1; t.keys[k] == w {
				return k
			}
		}
	}
}

// wordBits packs the bytes of s[i:j], at most 8, into an integer, the
// first byte lowest.
func wordBits(s string, i, j int) uint64 {
	if i+8 <= len(s) {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 | uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		return x & (1<<(8*(j-i)) - 1)
	}
	var x uint64
	for k := i; k < j; k++ {
		x |= uint64(s[k]) << (8 * (k - i))
	}
	return x
}

// shortHash hashes the wordBits of a word of up to 8 bytes.
func shortHash(x uint64) uint64 {
	h := x * 0x9E3779B97F4A7C15
	h ^= h >> 29
	h *= 0xBF58476D1CE4E5B9
	return h ^ h>>32
}

// wordHash hashes a word of more than 8 bytes, eight bytes at a time.
func wordHash(s string) uint64 {
	const m = 0x9E3779B97F4A7C15
	h := uint64(len(s)) * m
	for len(s) >= 8 {
		x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 | uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		h = (h ^ x) * m
		h ^= h >> 29
		s = s[8:]
	}
	var x uint64
	for i := 0; i < len(s); i++ {
		x |= uint64(s[i]) << (8 * i)
	}
	h = (h ^ x) * m
	h ^= h >> 32
	return h * m
}

// Trigger words that no other list holds, as classes so that a sentence
// without any of them skips the rule that needs them.
var (
	metExtra       = set("shake shakes shook shaking call discuss discussed discusses discussing")
	speechExtra    = set("according called described dubbed branded")
	supplyExtra    = set("supplier provider source exporter package shipment shipments delivery deliveries consignment batch tranche")
	attendWords    = set("attend attended attends attending")
	leadVerbs      = set("leads led heads headed chairs chaired runs directs")
	receptionWords = set("welcoming welcomed greeted greeting hosted hosting received receiving")
	tourVerbs      = set("showed shows showing gave giving gives took taking")
	relDays        = set("yesterday today tomorrow")
)
