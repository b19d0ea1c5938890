package loader_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/relmap/relmap/eval"
	"github.com/relmap/relmap/loader"
)

// corpusDir is the annotated corpus beside the repository
// (../shared/corpus), or RELMAP_CORPUS.
func corpusDir(tb testing.TB) string {
	tb.Helper()
	dir := os.Getenv("RELMAP_CORPUS")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "corpus")
	}
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("annotated corpus %s missing in CI: %v", dir, err)
		}
		tb.Skipf("annotated corpus %s not here; set RELMAP_CORPUS to score the extractor", dir)
	}
	return dir
}

// TestQuality scores the extractor on the annotated corpus (the seed article
// and dev/) and fails when a score drops below the floor reached so far, so
// quality never drops silently. Raise the floors when the extractor improves.
func TestQuality(t *testing.T) {
	dir := corpusDir(t)
	r, err := eval.Run(dir, loader.Extract)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(r.Summary())
	floors := []struct {
		name       string
		got, floor float64
	}{
		{"entity F1", r.Entities.F1, 0.98},
		{"relation micro-F1", r.Relations.Micro.F1, 0.97},
		{"modality accuracy", r.ModalityAccuracy, 0.97},
	}
	for _, f := range floors {
		if f.got < f.floor {
			t.Errorf("%s = %.3f, below the floor %.3f", f.name, f.got, f.floor)
		}
	}
	for typ, p := range r.Relations.ByType {
		if p.Gold > 0 && p.F1 < 0.90 {
			t.Errorf("%s F1 = %.3f, below the per-type floor 0.90", typ, p.F1)
		}
	}
	if r.Documents < 5 {
		t.Errorf("scored %d documents, want the seed and the 4 dev articles", r.Documents)
	}
}

// TestQualityHeldOut scores the extractor on the held-out sets in
// ../testdata, written for measuring how the rules generalise, with floors
// just under the scores reached. heldout2 scored entity F1 0.85 and
// relation micro-F1 0.63 blind, heldout3 0.85 and 0.69, before their
// misses led to general rules; heldout4, still blind, 0.87 and 0.70.
func TestQualityHeldOut(t *testing.T) {
	sets := []struct {
		dir                        string
		entities, relations, modal float64
	}{
		{"heldout", 0.98, 0.96, 0.97},
		{"heldout2", 0.94, 0.81, 0.94},
		{"heldout3", 0.85, 0.69, 0.97},
		{"heldout4", 0.86, 0.69, 0.96},
	}
	for _, set := range sets {
		t.Run(set.dir, func(t *testing.T) {
			dir := filepath.Join("..", "testdata", set.dir)
			if _, err := os.Stat(dir); err != nil {
				t.Skipf("no held-out set at %s", dir)
			}
			r, err := eval.Run(dir, loader.Extract)
			if err != nil {
				t.Fatal(err)
			}
			t.Log(r.Summary())
			if r.Entities.F1 < set.entities {
				t.Errorf("entity F1 = %.3f, below the floor %.2f", r.Entities.F1, set.entities)
			}
			if r.Relations.Micro.F1 < set.relations {
				t.Errorf("relation micro-F1 = %.3f, below the floor %.2f", r.Relations.Micro.F1, set.relations)
			}
			if r.ModalityAccuracy < set.modal {
				t.Errorf("modality accuracy = %.3f, below the floor %.2f", r.ModalityAccuracy, set.modal)
			}
		})
	}
}
