package loader

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// FuzzExtract checks that no input panics the extractor, that evidence
// always lies inside the text and equals it at its offsets, and that a
// second run gives the same result.
func FuzzExtract(f *testing.F) {
	if seed, err := os.ReadFile(filepath.Join("..", "testdata", "aljazeera-putin-north-korea.txt")); err == nil {
		f.Add(string(seed), "seed.txt")
	}
	for _, s := range []string{
		"Putin visited Pyongyang. Kim said \"yes.\" He met Lavrov.",
		"---\ntitle: x\npublished: 2024-06-19\n---\nKim arrived in Moscow on Tuesday.",
		"<html><body><p>Kim &amp; Putin met in <b>Vladivostok</b>.</p><script>x</script></body></html>",
		"Vostochny \u0421osmodrome \u201cquote\u201d\u00a0U.S.-led Mr. Kim's [Photo/Reuters]",
		"\"unclosed quote. Another sentence. 'single",
		"Source:",
		"---\n---\n",
		"A\u0301\u0308 \ufb01 \uff2b\uff23 \u200b\u200d \u2028 Kim Jong-un's 's ' - -- ...",
		strings.Repeat("Kim Jong Un met Vladimir Putin and Sergey Lavrov in Pyongyang, ", 40),
		strings.Repeat("Abc Def Ghi ", 100),
		strings.Repeat("The minister said. Foreign Minister Ivan Petrov said. ", 20),
	} {
		f.Add(s, "a.txt")
		f.Add(s, "a.html")
		f.Add(s, "a.md")
	}
	f.Fuzz(func(t *testing.T, text, name string) {
		x, err := Extract("fuzz", name, []byte(text))
		if err != nil {
			return
		}
		if err := x.Validate(); err != nil {
			t.Fatalf("invalid extraction: %v", err)
		}
		for _, r := range x.Relations {
			ev := r.Evidence
			if ev.Start < 0 || ev.End > len(x.Document.Text) || ev.Start > ev.End || x.Document.Text[ev.Start:ev.End] != ev.Sentence {
				t.Fatalf("evidence %d:%d %q outside or unlike the text", ev.Start, ev.End, ev.Sentence)
			}
		}
		y, err := Extract("fuzz", name, []byte(text))
		if err != nil || !reflect.DeepEqual(x, y) {
			t.Fatalf("second run differs (err %v)", err)
		}
	})
}
