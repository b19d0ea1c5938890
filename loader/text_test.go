package loader

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"curly quotes", "“Yes,” he said. It’s Kim’s", `"Yes," he said. It's Kim's`},
		{"no-break and thin spaces", "Kim\u00a0Jong\u202fUn", "Kim Jong Un"},
		{"Cyrillic look-alike inside a Latin word", "Vostochny \u0421osmodrome", "Vostochny Cosmodrome"},
		{"Greek look-alike inside a Latin word", "\u039fslo", "Oslo"},
		{"Cyrillic words stay Cyrillic", "Путин \u0421", "Путин \u0421"},
		{"dashes and ellipsis", "18\u201319 \u2014 economics \u2026", "18-19 -- economics ..."},
		{"zero-width characters dropped", "Pyong\u200byang", "Pyongyang"},
		{"NFKC fullwidth letters", "\uff2b\uff23\uff2e\uff21", "KCNA"},
		{"ligature", "\ufb01eld", "field"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nt := normalize(tt.in, false)
			if nt.norm != tt.want {
				t.Fatalf("normalize(%q) = %q, want %q", tt.in, nt.norm, tt.want)
			}
			if got := nt.at(len(nt.norm)); got != len(tt.in) {
				t.Fatalf("end of the normalised text maps to %d, want %d", got, len(tt.in))
			}
			// Every word of the normalised text maps back to whole runes.
			for _, w := range strings.Fields(nt.norm) {
				i := strings.Index(nt.norm, w)
				s, e := nt.origSpan(i, i+len(w))
				if s > e || e > len(tt.in) || !utf8Valid(tt.in[s:e]) {
					t.Errorf("word %q maps to %d:%d of %q", w, s, e, tt.in)
				}
			}
		})
	}
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }

func TestOffsetsPointAtTheOriginal(t *testing.T) {
	in := "“Putin’s visit”\u00a0to Pyongyang \u2014 June 18\u201319."
	nt := normalize(in, false)
	i := strings.Index(nt.norm, "Pyongyang")
	s, e := nt.origSpan(i, i+len("Pyongyang"))
	if got := in[s:e]; got != "Pyongyang" {
		t.Fatalf("span = %q, want Pyongyang", got)
	}
	i = strings.Index(nt.norm, `"Putin's visit"`)
	s, e = nt.origSpan(i, i+len(`"Putin's visit"`))
	if got := in[s:e]; got != "“Putin’s visit”" {
		t.Fatalf("span = %q, want the curly-quoted original", got)
	}
}

func TestHTMLText(t *testing.T) {
	in := `<!doctype html><html><head><title>T</title><style>p{color:red}</style></head>
<body><nav>Home | World</nav><h1>Putin visits Hanoi</h1><script>var x = "<p>no</p>";</script>
<p>Russian President Vladimir Putin arrived in Hanoi &amp; met To&nbsp;Lam.</p><!-- comment -->
<p>He said it was &ldquo;productive&rdquo;.</p><footer>Copyright</footer></body></html>`
	got := htmlText(in)
	want := "Putin visits Hanoi\n\nRussian President Vladimir Putin arrived in Hanoi & met To Lam.\n\nHe said it was “productive”.\n"
	if got != want {
		t.Fatalf("htmlText = %q, want %q", got, want)
	}
}

// TestHTMLTextWithLettersThatChangeLength keeps working when lower-casing
// would change a letter's length in bytes (the Kelvin sign, "İ"): the tags
// are still found where they are.
func TestHTMLTextWithLettersThatChangeLength(t *testing.T) {
	for _, in := range []string{
		"<p>It was 300 \u212a in İstanbul.</p><SCRIPT>no</SCRIPT><p>Erdogan met Putin.</p>",
		strings.Repeat("İ", 50) + "<p>Erdogan met Putin.</p><style>x</style>",
	} {
		got := htmlText(in)
		if !strings.Contains(got, "Erdogan met Putin.") || strings.Contains(got, "no") && strings.Contains(in, "SCRIPT") {
			t.Errorf("htmlText(%q) = %q", in, got)
		}
	}
}

func TestFrontMatter(t *testing.T) {
	in := "---\ntitle: \"Kim meets Putin\"\noutlet: Reuters\nurl: https://example.com/a\npublished: 2023-09-13\n---\nBody text.\n"
	fm := parseFrontMatter(in)
	if fm.title != "Kim meets Putin" || fm.outlet != "Reuters" || fm.url != "https://example.com/a" || fm.published != "2023-09-13" {
		t.Fatalf("front matter = %+v", fm)
	}
	if got := in[fm.end:]; got != "Body text.\n" {
		t.Fatalf("body = %q", got)
	}
	if fm := parseFrontMatter("---\ntitle: unterminated\nBody"); fm.end != 0 || fm.title != "" {
		t.Fatalf("unterminated front matter read as %+v", fm)
	}
}

func sentenceTexts(s string) []string {
	var out []string
	for _, st := range splitSentences(s, 0, len(s)) {
		out = append(out, s[st.s:st.e])
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"abbreviations and initials",
			"Mr. Kim met U.S. envoy John F. Smith in Seoul. They talked.",
			[]string{"Mr. Kim met U.S. envoy John F. Smith in Seoul.", "They talked."}},
		{"dotted abbreviation ends a sentence before a sentence starter",
			"The talks were held in the U.S. The next round is in Seoul.",
			[]string{"The talks were held in the U.S.", "The next round is in Seoul."}},
		{"quotation of two sentences stays whole",
			`"We are ready. We will win," he said. Then he left.`,
			[]string{`"We are ready. We will win," he said.`, "Then he left."}},
		{"every line ends a sentence",
			"Kim arrives in Russia\nPutin greets him at the station",
			[]string{"Kim arrives in Russia", "Putin greets him at the station"}},
		{"photo credit stands apart",
			"Putin shakes hands with Kim in Pyongyang [Ann Lee/Pool via Reuters]",
			[]string{"Putin shakes hands with Kim in Pyongyang", "[Ann Lee/Pool via Reuters]"}},
		{"unclosed quotation runs on to the next paragraph",
			`"Not only does it help. It also hurts.`,
			[]string{`"Not only does it help.`, "It also hurts."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentenceTexts(tt.in); !slices.Equal(got, tt.want) {
				t.Fatalf("sentences = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	s := "Russia's U.S.-led Kim Jong-un 6,700 shells, Workers' Party"
	var got []string
	for _, tk := range tokenize(s, 0, len(s), nil) {
		got = append(got, tk.text)
	}
	want := []string{"Russia", "'s", "U.S.", "-", "led", "Kim", "Jong-un", "6,700", "shells", ",", "Workers", "'", "Party"}
	if !slices.Equal(got, want) {
		t.Fatalf("tokens = %q, want %q", got, want)
	}
}

// TestLooksHTML checks the start of a document that tells HTML from text.
func TestLooksHTML(t *testing.T) {
	for _, c := range []struct {
		head string
		want bool
	}{
		{"<!DOCTYPE html><html>", true},
		{" \n\t<!doctype HTML>", true},
		{"\u00a0<HTML lang=en>", true},
		{"Some text then <Body class=x>", true},
		{"<div><BODY>", true},
		{"<!doctype xml>", false},
		{"Putin <bod y> visited", false},
		{"Plain text about <b>Kim</b>.", false},
		{"", false},
		{strings.Repeat("x", 510) + "<body>", false}, // past the first 512 bytes
	} {
		if got := looksHTML("a.txt", []byte(c.head)); got != c.want {
			t.Errorf("looksHTML(%q) = %v, want %v", c.head, got, c.want)
		}
	}
	if !looksHTML("page.HTM", []byte("no markup")) {
		t.Error("a .htm file is HTML whatever it holds")
	}
}

// TestDateStrings checks the date strings built by hand against fmt and
// time.
func TestDateStrings(t *testing.T) {
	for _, y := range []int{-12, 0, 7, 99, 1999, 2024, 9999, 10000} {
		for _, m := range []int{0, 1, 9, 10, 12, 13} {
			if got, want := monthString(y, m), fmt.Sprintf("%04d-%02d", y, m); got != want {
				t.Errorf("monthString(%d, %d) = %q, want %q", y, m, got, want)
			}
			for _, d := range []int{0, 1, 9, 10, 31, 100} {
				if got, want := dayString(y, m, d), fmt.Sprintf("%04d-%02d-%02d", y, m, d); got != want {
					t.Errorf("dayString(%d, %d, %d) = %q, want %q", y, m, d, got, want)
				}
			}
		}
		for _, day := range []time.Time{time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y, 12, 31, 23, 0, 0, 0, time.UTC)} {
			if got, want := formatDay(day), day.Format("2006-01-02"); got != want {
				t.Errorf("formatDay(%v) = %q, want %q", day, got, want)
			}
		}
	}
}

// TestPlainWord checks the eight-byte test against plainASCII, byte by
// byte.
func TestPlainWord(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	picks := []byte{' ', 'a', 'Z', '0', '.', '\n', '\r', '\t', 0, 0x1f, 0x7f, 0x80, 0xc3, 0xff, '*', '_', '#', '>', ')', '+', '=', '?', '^', '`', '~'}
	for range 20000 {
		var b [8]byte
		want := true
		for k := range b {
			b[k] = picks[rng.IntN(len(picks))]
			if rng.IntN(3) == 0 {
				b[k] = byte(rng.IntN(256))
			}
			want = want && plainASCII[b[k]] && b[k] != '\n'
		}
		if got := plainWord(load64(string(b[:]), 0)); got != want {
			t.Fatalf("plainWord(%q) = %v, want %v", b[:], got, want)
		}
	}
}
