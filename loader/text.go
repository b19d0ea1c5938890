package loader

import (
	"bytes"
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// normText is a document's text folded for matching, with a map back to the
// original byte offsets.
type normText struct {
	orig string
	norm string
	// breaks map normalised offsets back to the original: from breaks[k].n
	// on (until the next break) a normalised offset p is orig offset
	// breaks[k].o + (p - breaks[k].n), or breaks[k].o itself when flat.
	// Text that normalisation leaves alone needs no break.
	breaks []offBreak
}

// offBreak is one change in the offset map.
type offBreak struct {
	n, o int32
	flat bool
}

// at maps a normalised offset to the original one.
func (t *normText) at(p int) int {
	if p >= len(t.norm) {
		return len(t.orig)
	}
	b := t.breaks
	lo, hi := 0, len(b)
	for lo < hi {
		m := (lo + hi) / 2
		if int(b[m].n) <= p {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 {
		return p
	}
	k := b[lo-1]
	if k.flat {
		return int(k.o)
	}
	return int(k.o) + p - int(k.n)
}

// origSpan maps a span of the normalised text back to the original text,
// widening it to whole original runes.
func (t *normText) origSpan(s, e int) (int, int) {
	os := t.at(s)
	var oe int
	if e >= len(t.norm) {
		oe = len(t.orig)
	} else {
		oe = t.at(e)
		// A normalised rune may expand to several bytes that all point
		// at the same original rune; e inside such an expansion must end
		// after that rune.
		if e > 0 && t.at(e-1) == oe {
			_, n := utf8.DecodeRuneInString(t.orig[oe:])
			oe += n
		}
	}
	if oe < os {
		oe = os
	}
	return os, oe
}

// lookalikes folds Cyrillic and Greek letters that look like Latin ones.
var lookalikes = map[rune]rune{
	'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'Х': 'X', 'У': 'Y', 'І': 'I', 'Ј': 'J', 'Ѕ': 'S',
	'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'і': 'i', 'ј': 'j', 'ѕ': 's', 'ԁ': 'd', 'һ': 'h', 'ӏ': 'l',
	'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
	'ο': 'o', 'ν': 'v', 'ι': 'i', 'κ': 'k',
}

func isLatinLetter(r rune) bool {
	return r < utf8.RuneSelf && (r|0x20 >= 'a' && r|0x20 <= 'z') || r >= 0xC0 && r < 0x250 && unicode.IsLetter(r)
}

// normalize folds text for matching: NFKC, straight quotes and apostrophes,
// plain spaces and hyphens, no zero-width characters, and Latin look-alike
// letters from Cyrillic or Greek folded to Latin when they stand next to a
// Latin letter. Markdown emphasis and heading marks become spaces.
func normalize(orig string, markdown bool) *normText {
	t := &normText{}
	normalizeInto(t, orig, markdown, nil)
	return t
}

// normalizeInto is normalize into t, with the offset map appended to
// breaks, an empty buffer that t then owns.
func normalizeInto(t *normText, orig string, markdown bool, breaks []offBreak) {
	*t = normText{orig: orig}
	// The text is written out lazily: orig[pend:i] is output that equals
	// the original and is not yet copied into b, so text that needs no
	// change is never copied at all.
	var b strings.Builder
	pend := 0
	// emit writes the replacement s of the original rune at..at+n.
	emit := func(s string, at, n int) {
		p := int32(b.Len() + at - pend)
		if len(s) == n && s == orig[at:at+n] && (len(breaks) == 0 || !breaks[len(breaks)-1].flat && breaks[len(breaks)-1].o-breaks[len(breaks)-1].n == int32(at)-p) {
			return // still the identity (or the same shift)
		}
		if b.Cap() == 0 {
			b.Grow(len(orig) + 16)
		}
		b.WriteString(orig[pend:at])
		b.WriteString(s)
		pend = at + n
		switch len(s) {
		case 0:
		case 1:
			breaks = append(breaks, offBreak{n: p, o: int32(at)})
		default:
			breaks = append(breaks, offBreak{n: p, o: int32(at), flat: true})
		}
		// What follows starts after the original rune.
		breaks = append(breaks, offBreak{n: p + int32(len(s)), o: int32(at + n)})
	}
	lineStart := true
	prev := rune(' ')
	for i := 0; i < len(orig); {
		c := orig[i]
		if plainASCII[c] {
			// A run of bytes that stay as they are, eight at a time where
			// it can.
			j := i + 1
			for {
				for j+8 <= len(orig) && plainWord(load64(orig, j)) {
					j += 8
				}
				if j < len(orig) && plainASCII[orig[j]] {
					j++
					continue
				}
				break
			}
			for k := j - 1; k >= i; k-- {
				if orig[k] != ' ' {
					lineStart = orig[k] == '\n'
					break
				}
			}
			prev = rune(orig[j-1])
			i = j
			continue
		}
		if c < utf8.RuneSelf {
			switch {
			case c == '\r':
				if i+1 < len(orig) && orig[i+1] == '\n' {
					emit(" ", i, 1)
				} else {
					emit("\n", i, 1)
				}
			case c == '\t' || c == '\f' || c == '\v':
				emit(" ", i, 1)
			case markdown && (c == '*' || c == '_' || c == '#' && lineStart || c == '>' && lineStart):
				emit(" ", i, 1)
			case c < 0x20 && c != '\n':
				emit(" ", i, 1)
			}
			if c == '\n' {
				lineStart = true
			} else if c != ' ' && c != '#' && c != '>' {
				lineStart = false
			}
			prev = rune(c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(orig[i:])
		lineStart = false
		var rep string
		switch {
		case r == '\u2018' || r == '\u2019' || r == '\u201A' || r == '\u201B' || r == '\u2032' || r == '\u02BC' || r == '\u0060' || r == '\u00B4':
			rep = "'"
		case r == '\u201C' || r == '\u201D' || r == '\u201E' || r == '\u201F' || r == '\u2033' || r == '\u00AB' || r == '\u00BB':
			rep = "\""
		case r == '\u00A0' || r >= '\u2000' && r <= '\u200A' || r == '\u202F' || r == '\u205F' || r == '\u3000' || r == '\u2028' || r == '\u2029' || r == '\u0085':
			if r == '\u2028' || r == '\u2029' || r == '\u0085' {
				rep = "\n"
			} else {
				rep = " "
			}
		case r == '\u200B' || r == '\u200C' || r == '\u200D' || r == '\u2060' || r == '\uFEFF' || r == '\u00AD':
			rep = ""
		case r == '\u2010' || r == '\u2011' || r == '\u2012' || r == '\u2013' || r == '\u2212' || r == '\uFE63' || r == '\uFF0D':
			rep = "-"
		case r == '\u2014' || r == '\u2015':
			rep = "--"
		case r == '\u2026':
			rep = "..."
		case r == utf8.RuneError:
			rep = " "
		default:
			if l, ok := lookalikes[r]; ok {
				next, _ := utf8.DecodeRuneInString(orig[i+n:])
				if isLatinLetter(prev) || isLatinLetter(next) {
					rep = string(l)
					break
				}
			}
			rep = norm.NFKC.String(orig[i : i+n])
		}
		emit(rep, i, n)
		prev = r
		if rep != "" {
			prev, _ = utf8.DecodeLastRuneInString(rep)
		}
		i += n
	}
	if b.Len() == 0 {
		t.norm = orig[pend:]
	} else {
		b.WriteString(orig[pend:])
		t.norm = b.String()
	}
	t.breaks = breaks
}

// load64 reads the eight bytes of s at i, the first lowest.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 | uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// plainWord reports whether the eight bytes in x are all plainASCII other
// than line feeds: none at or above 0x80, none below space, and none of
// the Markdown marks.
func plainWord(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	hasZero := func(v uint64) bool { return (v-ones)&^v&highs != 0 }
	return x&highs == 0 && (x-0x20*ones)&^x&highs == 0 &&
		!hasZero(x^('*'*ones)) && !hasZero(x^('_'*ones)) && !hasZero(x^('#'*ones)) && !hasZero(x^('>'*ones))
}

// plainASCII marks the bytes that normalize copies unchanged whatever
// precedes them: printable ASCII and line feeds, except the Markdown marks.
var plainASCII = func() (t [256]bool) {
	for c := 0x20; c < 0x80; c++ {
		t[c] = c != '*' && c != '_' && c != '#' && c != '>'
	}
	t['\n'] = true
	return t
}()

// htmlText returns the visible text of an HTML document: tags, comments,
// scripts and styles removed, entities decoded, block elements on lines of
// their own.
func htmlText(src string) string {
	var b strings.Builder
	b.Grow(len(src))
	// Tag names are ASCII: lower-case only ASCII letters, so that every
	// offset into lower is one into src ("İ" or the Kelvin sign change
	// length in strings.ToLower).
	lower := lowerASCIIBytes(src)
	flush := func(s string) {
		if s != "" {
			b.WriteString(html.UnescapeString(s))
		}
	}
	i := 0
	for i < len(src) {
		j := strings.IndexByte(src[i:], '<')
		if j < 0 {
			flush(src[i:])
			break
		}
		flush(src[i : i+j])
		i += j
		if strings.HasPrefix(src[i:], "<!--") {
			k := strings.Index(src[i+4:], "-->")
			if k < 0 {
				break
			}
			i += 4 + k + 3
			continue
		}
		k := strings.IndexByte(src[i:], '>')
		if k < 0 {
			break
		}
		tag := lower[i+1 : i+k]
		i += k + 1
		name := strings.TrimPrefix(tag, "/")
		if sp := strings.IndexAny(name, " \t\r\n/"); sp >= 0 {
			name = name[:sp]
		}
		switch name {
		case "script", "style", "noscript", "template", "svg", "head", "nav", "footer":
			if !strings.HasPrefix(tag, "/") && !strings.HasSuffix(tag, "/") {
				end := strings.Index(lower[i:], "</"+name)
				if end < 0 {
					i = len(src)
					break
				}
				i += end
				if e := strings.IndexByte(src[i:], '>'); e >= 0 {
					i += e + 1
				} else {
					i = len(src)
				}
			}
		case "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article", "header", "blockquote", "figure", "figcaption", "title", "hr", "dd", "dt", "pre", "main", "aside", "body", "html":
			b.WriteByte('\n')
		case "td", "th":
			b.WriteByte(' ')
		}
	}
	// Collapse runs of blank lines and trailing spaces left by markup.
	lines := strings.Split(b.String(), "\n")
	var out strings.Builder
	out.Grow(b.Len())
	blank := 0
	for _, l := range lines {
		l = strings.TrimRight(strings.Join(strings.Fields(l), " "), " ")
		if l == "" {
			blank++
			continue
		}
		if out.Len() > 0 {
			if blank > 0 {
				out.WriteString("\n\n")
			} else {
				out.WriteString("\n")
			}
		}
		blank = 0
		out.WriteString(l)
	}
	if out.Len() > 0 {
		out.WriteByte('\n')
	}
	return out.String()
}

// htmlMeta reads an HTML document's own metadata: the publication date,
// the site's name and the title from its meta tags.
func htmlMeta(src string) frontMatter {
	var fm frontMatter
	lower := lowerASCIIBytes(src)
	end := strings.Index(lower, "</head>")
	if end < 0 {
		end = min(len(lower), 64<<10)
	}
	head := lower[:end]
	for i := 0; i < len(head); {
		j := strings.Index(head[i:], "<meta")
		if j < 0 {
			break
		}
		i += j
		k := strings.IndexByte(head[i:], '>')
		if k < 0 {
			break
		}
		tag := src[i : i+k]
		ltag := head[i : i+k]
		i += k
		content := attr(tag, ltag, "content")
		switch name := attr(ltag, ltag, "property") + attr(ltag, ltag, "name") + attr(ltag, ltag, "itemprop"); name {
		case "article:published_time", "datepublished", "pubdate", "date", "dc.date", "publish-date", "og:published_time":
			if fm.published == "" {
				fm.published = content
			}
		case "og:site_name", "application-name", "publisher":
			if fm.outlet == "" {
				fm.outlet = html.UnescapeString(content)
			}
		case "og:title":
			if fm.title == "" {
				fm.title = html.UnescapeString(content)
			}
		}
	}
	return fm
}

// attr returns the value of attribute name in a tag (ltag is the tag in
// lower case, for finding the name).
func attr(tag, ltag, name string) string {
	i := strings.Index(ltag, name+"=")
	if i < 0 || i > 0 && ltag[i-1] != ' ' && ltag[i-1] != '\t' && ltag[i-1] != '\n' {
		return ""
	}
	v := tag[i+len(name)+1:]
	if v == "" {
		return ""
	}
	if q := v[0]; q == '"' || q == '\'' {
		if e := strings.IndexByte(v[1:], q); e >= 0 {
			return strings.TrimSpace(v[1 : 1+e])
		}
		return ""
	}
	if e := strings.IndexAny(v, " \t\n/>"); e >= 0 {
		v = v[:e]
	}
	return v
}

// looksHTML reports whether data is an HTML document by its name or start.
func looksHTML(source string, data []byte) bool {
	s := strings.ToLower(source)
	if strings.HasSuffix(s, ".html") || strings.HasSuffix(s, ".htm") {
		return true
	}
	head := data
	if len(head) > 512 {
		head = head[:512]
	}
	// As strings.ToLower(strings.TrimSpace(head)) starting with or holding
	// the ASCII marks, compared without building the lower-case text: no
	// letter outside ASCII lowers to one of the marks' letters.
	h := bytes.TrimLeftFunc(head, unicode.IsSpace)
	if hasPrefixFoldASCII(h, "<!doctype html") || hasPrefixFoldASCII(h, "<html") {
		return true
	}
	for i := bytes.IndexByte(h, '<'); i >= 0; {
		if hasPrefixFoldASCII(h[i:], "<body") {
			return true
		}
		j := bytes.IndexByte(h[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// hasPrefixFoldASCII reports whether b starts with the lower-case ASCII
// prefix in any case of its ASCII letters.
func hasPrefixFoldASCII(b []byte, prefix string) bool {
	if len(b) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// frontMatter is the optional YAML header of an article.
type frontMatter struct {
	title, outlet, url, published, id string
	end                               int // byte offset in the normalised text where the body starts
}

// parseFrontMatter reads a leading "---" YAML block of simple key: value
// lines.
func parseFrontMatter(s string) frontMatter {
	var fm frontMatter
	rest := strings.TrimLeft(s, " \n")
	start := len(s) - len(rest)
	if !strings.HasPrefix(rest, "---") {
		return fm
	}
	nl := strings.IndexByte(rest, '\n')
	if nl < 0 || strings.TrimSpace(rest[:nl]) != "---" {
		return fm
	}
	pos := start + nl + 1
	for pos < len(s) {
		e := strings.IndexByte(s[pos:], '\n')
		line := s[pos:]
		next := len(s)
		if e >= 0 {
			line = s[pos : pos+e]
			next = pos + e + 1
		}
		if t := strings.TrimSpace(line); t == "---" || t == "..." {
			fm.end = next
			return fm
		}
		if k, v, ok := strings.Cut(line, ":"); ok {
			v = strings.TrimSpace(v)
			if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
				v = v[1 : len(v)-1]
				v = strings.ReplaceAll(v, `\"`, `"`)
			}
			switch strings.ToLower(strings.TrimSpace(k)) {
			case "title", "headline":
				fm.title = v
			case "outlet", "source", "publisher", "site":
				fm.outlet = v
			case "url", "link":
				fm.url = v
			case "published", "date", "published_at", "pubdate":
				fm.published = v
			case "id":
				fm.id = v
			}
		}
		pos = next
	}
	return frontMatter{} // unterminated: not front matter
}

// lowerASCIIBytes returns s with its ASCII letters in lower case and every
// other byte as it is, so the result has the length and offsets of s.
func lowerASCIIBytes(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
