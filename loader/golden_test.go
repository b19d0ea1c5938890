package loader

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in ../testdata")

// TestGolden pins the whole extraction of each testdata article (NAME.txt,
// .md or .html with a NAME.golden.json beside it) as indented JSON.
// Regenerate with: go test ./loader -run TestGolden -update
func TestGolden(t *testing.T) {
	articles, err := filepath.Glob(filepath.Join("..", "testdata", "*"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, path := range articles {
		ext := filepath.Ext(path)
		if ext != ".txt" && ext != ".md" && ext != ".html" {
			continue
		}
		golden := strings.TrimSuffix(path, ext) + ".golden.json"
		if _, err := os.Stat(golden); err != nil && !*update {
			continue
		}
		n++
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			x, err := Extract(filepath.Base(path), filepath.Base(path), data)
			if err != nil {
				t.Fatal(err)
			}
			if err := x.Validate(); err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(x, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("extraction of %s differs from %s (run go test ./loader -run TestGolden -update and review the diff):\n%s", path, golden, firstDiff(string(got), string(want)))
			}
		})
	}
	if n == 0 {
		t.Fatal("no golden files in ../testdata")
	}
}

// firstDiff shows the first differing line of two texts.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d:\n  got:  %s\n  want: %s", i+1, gl, wl)
		}
	}
	return ""
}

// TestSeedArticle checks the graph that the project was designed around.
func TestSeedArticle(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "aljazeera-putin-north-korea.txt"))
	if err != nil {
		t.Fatal(err)
	}
	x, err := Extract("aljazeera-putin-north-korea.txt", "aljazeera-putin-north-korea.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"person:vladimir-putin", "person:kim-jong-un", "person:andrei-lankov", "person:leif-eric-easley", "country:russia", "country:north-korea"} {
		if _, ok := findEntity(x, id); !ok {
			t.Errorf("missing node %s", id)
		}
	}
	want := map[string]string{
		"VISITED Vladimir Putin -> North Korea (planned)":         "Russian President Vladimir Putin is expected to arrive in North Korea later on Tuesday",
		"MET Vladimir Putin -> Kim Jong Un (asserted)":            "shakes hands with",
		"QUOTED Associated Press -> Andrei Lankov (asserted)":     "Andrei Lankov, an expert on North Korea at Kookmin University in Seoul, told The Associated Press",
		"QUOTED Al Jazeera -> Leif-Eric Easley (asserted)":        "Leif-Eric Easley, a professor of international studies at Ewha Womans University in Seoul, said in emailed comments.",
		"SUPPLIES North Korea -> Russia (alleged)":                "There are growing concerns that Pyongyang is providing Moscow",
		"ACCOMPANIED Andrei Belousov -> Vladimir Putin (planned)": "will join Putin on the trip",
	}
	got := relStrings(x)
	for k, ev := range want {
		i := indexOf(got, k)
		if i < 0 {
			t.Errorf("missing edge %s; got %q", k, got)
			continue
		}
		if s := x.Relations[i].Evidence.Sentence; !strings.Contains(s, ev) {
			t.Errorf("%s: evidence %q lacks %q", k, s, ev)
		}
	}
}

func indexOf(xs []string, s string) int {
	for i, x := range xs {
		if x == s || x == flipMet(s) {
			return i
		}
	}
	return -1
}
