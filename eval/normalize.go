package eval

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// lookalikes maps Cyrillic and Greek letters that look like Latin ones to
// the Latin letter they imitate.
var lookalikes = map[rune]rune{
	'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P',
	'С': 'C', 'Т': 'T', 'Х': 'X', 'Ѕ': 'S', 'І': 'I', 'Ј': 'J',
	'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x',
	'ѕ': 's', 'і': 'i', 'ј': 'j',
	'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M',
	'Ν': 'N', 'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X', 'ο': 'o',
}

// quotes maps typographic quotes and apostrophes to straight ones.
var quotes = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201A", "'", "\u201B", "'", "\u2032", "'",
	"\u201C", `"`, "\u201D", `"`, "\u201E", `"`, "\u201F", `"`, "\u2033", `"`,
)

// Normalize returns the form in which names are compared: NFKC, straight
// quotes, Latin look-alikes folded inside words that hold Latin letters,
// case folded and with runs of white space made one space.
func Normalize(s string) string {
	s = quotes.Replace(norm.NFKC.String(s))
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = strings.ToLower(foldWord(w))
	}
	return strings.Join(words, " ")
}

// foldWord replaces look-alike letters in w when w also holds Latin letters.
func foldWord(w string) string {
	latin, foreign := false, false
	for _, r := range w {
		if _, ok := lookalikes[r]; ok {
			foreign = true
		} else if r < unicode.MaxASCII && unicode.IsLetter(r) {
			latin = true
		}
	}
	if !latin || !foreign {
		return w
	}
	return strings.Map(func(r rune) rune {
		if l, ok := lookalikes[r]; ok {
			return l
		}
		return r
	}, w)
}
