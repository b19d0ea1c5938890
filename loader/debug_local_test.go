package loader

import (
	"fmt"
	"os"
	"testing"
)

func TestDebugDump(t *testing.T) {
	path := os.Getenv("DUMP")
	if path == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(path)
	d := &doc{lex: theLexicon(), ents: map[string]*entity{}, persons: map[string]*entity{}, lowerVocab: map[string]bool{}, rels: map[relKey]*relCand{}, byName: map[entKey]*entity{}, lastTitled: map[string]*entity{}}
	d.nt = normalize(string(data), false)
	fm := parseFrontMatter(d.nt.norm)
	d.sents = splitSentences(d.nt.norm, fm.end, len(d.nt.norm))
	for si := range d.sents {
		d.detect(si)
	}
	d.resolve()
	d.relations()
	for si, st := range d.sents {
		fmt.Printf("[%d p%d] %s\n", si, st.para, d.nt.norm[st.s:st.e])
		for _, m := range st.ments {
			fmt.Printf("    %d-%d %q -> %s\n", m.s, m.e, m.surface, m.ent.id)
		}
	}
}

func TestDebugRels(t *testing.T) {
	path := os.Getenv("DUMP")
	if path == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(path)
	x, err := Extract("x", path, data)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range x.Relations {
		fmt.Println(r.Type, r.From, r.To, r.Modality, r.Evidence.Rule)
	}
}
