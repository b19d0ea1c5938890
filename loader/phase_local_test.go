package loader

import (
	"github.com/relmap/relmap/graph"
	"fmt"
	"testing"
	"time"
)

func TestPhases(t *testing.T) {
	docs := benchCorpus(t, 5<<20)
	theLexicon()
	var tn, ts, td, tr, tl, tx time.Duration
	total := 0
	for _, data := range docs {
		total += len(data)
		t0 := time.Now()
		d := &doc{lex: theLexicon(), ents: map[string]*entity{}, persons: map[string]*entity{}, lowerVocab: map[string]bool{}, rels: map[relKey]*relCand{}, byName: map[entKey]*entity{}, lastTitled: map[string]*entity{}}
		d.nt = normalize(string(data), false)
		fm := parseFrontMatter(d.nt.norm)
		t1 := time.Now()
		d.sents = splitSentences(d.nt.norm, fm.end, len(d.nt.norm))
		t2 := time.Now()
		for si := range d.sents {
			d.detect(si)
		}
		t3 := time.Now()
		d.resolve()
		t4 := time.Now()
		d.relations()
		t5 := time.Now()
		d.extraction(graphDoc())
		t6 := time.Now()
		tn += t1.Sub(t0); ts += t2.Sub(t1); td += t3.Sub(t2); tr += t4.Sub(t3); tl += t5.Sub(t4); tx += t6.Sub(t5)
	}
	mb := float64(total) / 1e6
	for _, p := range []struct{ n string; d time.Duration }{{"normalize", tn}, {"split", ts}, {"detect", td}, {"resolve", tr}, {"relations", tl}, {"extraction", tx}} {
		fmt.Printf("%-10s %8v  %6.1f MB/s\n", p.n, p.d, mb/p.d.Seconds())
	}
}

func graphDoc() graph.Document { return graph.Document{} }
