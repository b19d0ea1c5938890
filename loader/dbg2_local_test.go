package loader

import (
	"fmt"
	"os"
	"testing"
)

func TestDebugCtx(t *testing.T) {
	path := os.Getenv("DUMP")
	if path == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(path)
	d := &doc{lex: theLexicon(), ents: map[string]*entity{}, persons: map[string]*entity{}, lowerVocab: map[string]bool{}, rels: map[relKey]*relCand{}, byName: map[entKey]*entity{}, lastTitled: map[string]*entity{}}
	d.nt = normalize(string(data), false)
	d.sents = splitSentences(d.nt.norm, 0, len(d.nt.norm))
	for si := range d.sents {
		d.detect(si)
	}
	d.resolve()
	st := &d.sents[0]
	c := &sctx{d: d, si: 0, st: st, toks: st.toks, quote: quoteMask(st.toks)}
	c.virtuals(nil)
	c.index()
	fmt.Println("persons", c.nPerson, "parties", c.nParty)
	for i := range c.toks {
		if c.toks[i].lower == "talks" {
			fmt.Println("subjects", c.subjectsBefore(i))
			fmt.Println("objs", c.objectsAfter(i+1, len(c.toks)))
		}
	}
}
