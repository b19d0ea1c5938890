package loader

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tWord uint8 = iota
	tNum
	tPunct
)

// token is one word, number or punctuation mark of the normalised text.
type token struct {
	s, e  int    // byte offsets in the normalised text
	text  string // the normalised text
	lower string
	cls   uint64 // word classes (cls* bits) of lower
	known uint16 // index of text in knownTable plus one, or 0
	kind  uint8
	cap   bool // starts with an upper-case letter
	caps  bool // all letters upper case, at least two letters
}

func isWordRune(r rune) bool {
	return r < utf8.RuneSelf && (r|0x20 >= 'a' && r|0x20 <= 'z' || r >= '0' && r <= '9') || r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

func runeAt(s string, i int) rune {
	if i >= len(s) || i < 0 {
		return 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// tokenize splits s[from:to] into tokens with offsets into s.
func tokenize(s string, from, to int, out []token) []token {
	i := from
	for i < to {
		c := s[i]
		if c == ' ' || c == '\n' {
			i++
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				i += n
				continue
			}
		}
		if !isWordRune(r) {
			j := i + n
			// Runs of the same dash or dot are one token ("--", "...").
			if c == '-' || c == '.' {
				for j < to && s[j] == c {
					j++
				}
			}
			// The possessive "'s" is one token.
			if c == '\'' && j < to && (s[j] == 's' || s[j] == 'S') && !isWordRune(runeAt(s, j+1)) && i > from && isWordRune(runeAt(s, i-1)) {
				j++
			}
			out = append(out, token{s: i, e: j, text: s[i:j], lower: s[i:j], kind: tPunct})
			i = j
			continue
		}
		// Dotted abbreviations: U.S., D.C., U.N.
		if j, ok := dotted(s, i, to); ok {
			out = appendWord(out, s, i, j)
			i = j
			continue
		}
		j := i + n
		digits := r >= '0' && r <= '9'
		for j < to {
			c := s[j]
			if c < utf8.RuneSelf {
				if asciiWord[c] {
					j++ // the common case: an ASCII letter or digit
					continue
				}
				if c != '-' && c != '\'' && c != ',' && c != '.' {
					break // a space or a mark that joins nothing
				}
			}
			r2 := runeAt(s, j)
			if isWordRune(r2) {
				j += utf8.RuneLen(r2)
				continue
			}
			next := runeAt(s, j+1)
			if (r2 == '-' || r2 == '\'') && isWordRune(next) && j+1 < to {
				// Possessive 's and plural possessive are tokens of their own.
				if r2 == '\'' && (next == 's' || next == 'S') && !isWordRune(runeAt(s, j+2)) {
					break
				}
				j += 1 + utf8.RuneLen(next)
				continue
			}
			if digits && (r2 == ',' || r2 == '.') && next >= '0' && next <= '9' && j+1 < to {
				j += 2
				continue
			}
			break
		}
		out = appendWord(out, s, i, j)
		i = j
	}
	return out
}

// appendWord appends the word s[i:j] to out, built in place.
func appendWord(out []token, s string, i, j int) []token {
	out = append(out, token{})
	setWord(&out[len(out)-1], s, i, j)
	return out
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [128]bool) {
	for c := range 128 {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// dotted recognises an abbreviation of single letters and dots at s[i:]:
// "U.S.", "D.C.", "U.N.".
func dotted(s string, i, to int) (int, bool) {
	j, count := i, 0
	for j+1 < to && isASCIILetter(s[j]) && s[j+1] == '.' {
		if j+2 < to && isWordRune(runeAt(s, j+2)) && !(j+3 < to && isASCIILetter(s[j+2]) && s[j+3] == '.') {
			break
		}
		j += 2
		count++
	}
	if count >= 2 {
		return j, true
	}
	return 0, false
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// setWord fills t, a zero token, with the word s[i:j].
func setWord(t *token, s string, i, j int) {
	text := s[i:j]
	t.s, t.e, t.text, t.kind = i, j, text, tWord
	c0 := text[0]
	switch {
	case c0 >= '0' && c0 <= '9':
		t.kind = tNum
	case c0 >= 'A' && c0 <= 'Z':
		t.cap = true
	case (c0 == 'a' || c0 == 'e') && len(text) > 3 && text[1] == 'l' && text[2] == '-' && text[3] >= 'A' && text[3] <= 'Z':
		t.cap = true // the article of an Arabic name: "al-Burhan", "el-Tayeb"
	case c0 >= utf8.RuneSelf:
		r, _ := utf8.DecodeRuneInString(text)
		t.cap = unicode.IsUpper(r)
	}
	if t.cap {
		// All letters upper case, at least two: a lower-case letter ends
		// the count.
		letters, upper := 0, 0
	count:
		for k := 0; k < len(text); k++ {
			c := text[k]
			switch {
			case c >= 'A' && c <= 'Z':
				letters++
				upper++
			case c >= 'a' && c <= 'z':
				letters++
				break count
			case c >= utf8.RuneSelf:
				r, n := utf8.DecodeRuneInString(text[k:])
				if unicode.IsLetter(r) {
					letters++
					if !unicode.IsUpper(r) {
						break count
					}
					upper++
				}
				k += n - 1
			}
		}
		t.caps = letters >= 2 && letters == upper
	}
	// Every known word starts with an ASCII letter.
	k := -1
	if isASCIILetter(c0) {
		k = knownTable.indexAt(s, i, j)
	}
	if k >= 0 {
		w := &knownTable.vals[k]
		t.lower, t.cls, t.known = w.lower, w.cls, uint16(k+1)
	} else if t.cap {
		t.lower = lowerASCII(text)
		t.cls = wordClasses[t.lower] // "Commander-in-Chief", "SAID"
	} else {
		t.lower = text
	}
}

// lowerASCII lowercases s, allocating only when s has upper-case letters.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			return toLower(s)
		}
	}
	return s
}

// sentence is a span of the normalised text with its tokens.
type sentence struct {
	s, e     int // byte offsets in the normalised text
	toks     []token
	headline bool // the article's title or a heading line
	para     int  // paragraph number
	caption  bool // a photo credit in brackets
	ments    []mention
	quote    []bool // tokens inside paired quotation marks
	dates    []dateExpr
	mask     uint64 // the word classes of the tokens, set by detect
	trig     []int  // the tokens with a class of triggerClasses, set by detect
}

// maxSentence is the most tokens a sentence holds; longer runs are cut.
const maxSentence = 150

// abbreviations are words that a full stop does not end a sentence after.
var abbreviations = set("mr mrs ms dr prof gen lt col maj capt sgt st jr sr inc co corp ltd vs no jan feb apr jun jul aug sep sept oct nov dec gov sen rep rev adm cmdr pres dept univ approx est fig mt ft op vol pp ed eds")

// sentenceStarters are words that begin a new sentence after a dotted
// abbreviation such as "U.S.".
var sentenceStarters = set("The It He She They We I In But A An This That On At However Meanwhile Last Earlier Since Its His Her Their")

// splitSentences splits the normalised text between from and to into
// sentences: every line break ends one, and so does a full stop, question or
// exclamation mark outside a quotation, before an upper-case word.
func splitSentences(s string, from, to int) []sentence {
	return splitSentencesIn(s, from, to, nil, nil)
}

// tokenArenas recycles the token arrays of finished extractions.
var tokenArenas = sync.Pool{New: func() any { return new([]token) }}

// splitSentencesIn is splitSentences with the tokens stored in arena when
// it has room, and the sentences appended to out.
func splitSentencesIn(s string, from, to int, arena *[]token, out []sentence) []sentence {
	para := 0
	seen := false // a non-blank line in the current paragraph
	lineStart := from
	// Lines are tokenised into a scratch buffer and copied into chunks that
	// are never reallocated, so sentences can share them.
	var chunk []token
	var quoteBuf []bool
	if arena != nil {
		chunk = (*arena)[:0]
		if cap(chunk) < (to-from)/4+512 {
			chunk = make([]token, 0, (to-from)/4+512)
		}
		*arena = chunk
	}
	for lineStart < to {
		lineEnd := strings.IndexByte(s[lineStart:to], '\n')
		if lineEnd < 0 {
			lineEnd = to
		} else {
			lineEnd += lineStart
		}
		line := strings.TrimSpace(s[lineStart:lineEnd])
		if line == "" {
			if seen {
				para++
				seen = false
			}
			lineStart = lineEnd + 1
			continue
		}
		seen = true
		if cap(chunk)-len(chunk) < lineEnd-lineStart {
			// A line has fewer tokens than bytes; a fresh array leaves the
			// sentences already cut in the old one.
			chunk = make([]token, 0, lineEnd-lineStart+(to-lineEnd)/5)
		}
		k := len(chunk)
		chunk = tokenize(s, lineStart, lineEnd, chunk)
		// Full slices keep appends from spilling into a neighbour.
		out = splitLine(s, chunk[k:len(chunk):len(chunk)], para, out, &quoteBuf)
		lineStart = lineEnd + 1
	}
	return out
}

// splitLine splits the tokens of one line into sentences.
func splitLine(s string, toks []token, para int, out []sentence, buf *[]bool) []sentence {
	if len(toks) == 0 {
		return out
	}
	// Pair the straight double quotes of the line; an unpaired last one
	// opens a quotation that runs into the next paragraph.
	if cap(*buf) < len(toks) {
		*buf = make([]bool, len(toks)*2)
	}
	inQuote := (*buf)[:len(toks)]
	clear(inQuote)
	markQuotes(toks, inQuote)
	// A photo credit in brackets at the end of a line stands apart.
	credit := -1
	if last := toks[len(toks)-1]; last.text == "]" {
		for k := len(toks) - 2; k >= 0; k-- {
			if toks[k].text == "[" {
				if k > 0 {
					credit = k
				}
				break
			}
		}
	}
	start := 0
	emit := func(a, b int) { out = appendSentences(out, toks, para, a, b) }
	for i := 0; i < len(toks); i++ {
		if i == credit {
			emit(start, i)
			emit(i, len(toks))
			out[len(out)-1].caption = true
			return out
		}
		t := &toks[i]
		end := -1
		switch {
		case t.kind == tPunct && (t.text == "." || t.text == "!" || t.text == "?" || t.text == "..."):
			if inQuote[i] {
				continue
			}
			if t.text == "." && i > 0 {
				p := &toks[i-1]
				if p.e == t.s && ((p.cls&clsAbbreviations != 0) || p.kind == tWord && len(p.text) == 1 && p.cap) {
					continue
				}
			}
			end = i + 1
		case t.kind == tWord && strings.HasSuffix(t.text, ".") && i+1 < len(toks) && sentenceStarters[toks[i+1].text]:
			end = i + 1
		default:
			continue
		}
		// Closing quotes and brackets belong to the sentence they close.
		for end < len(toks) && (toks[end].text == ")" || toks[end].text == `"` && end > 0 && inQuote[end-1] || toks[end].text == "'" && toks[end].s == toks[end-1].e) {
			end++
		}
		if end >= len(toks) {
			break
		}
		n := &toks[end]
		if !(n.cap || n.kind == tNum || n.text == `"` || n.text == "(" || n.text == "[" || n.text == "'" || n.text == "--" || n.text == "-") {
			continue
		}
		emit(start, end)
		start = end
		i = end - 1
	}
	emit(start, len(toks))
	return out
}

// appendSentences appends the sentence of tokens [a, b) to out. A run-on
// "sentence" is cut at commas (or anywhere) into pieces of at most
// maxSentence tokens, which keeps every rule linear.
func appendSentences(out []sentence, toks []token, para, a, b int) []sentence {
	if a >= b {
		return out
	}
	for b-a > maxSentence {
		cut := a + maxSentence
		for k := a + maxSentence - 1; k > a+maxSentence/2; k-- {
			if toks[k].text == "," || toks[k].text == ";" {
				cut = k + 1
				break
			}
		}
		ts := toks[a:cut:cut]
		out = append(out, sentence{s: ts[0].s, e: ts[len(ts)-1].e, toks: ts, para: para})
		a = cut
	}
	ts := toks[a:b:b]
	return append(out, sentence{s: ts[0].s, e: ts[len(ts)-1].e, toks: ts, para: para})
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
