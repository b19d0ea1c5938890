package loader

import (
	"reflect"
	"slices"
	"testing"

	"github.com/relmap/relmap/graph"
)

func TestMerge(t *testing.T) {
	a := extractText(t, header+"Deputy Minister Oleg Kozlov met Kim Jong Un in Pyongyang. Kim Jong Il's son thanked him.\n")
	b := extractText(t, header+"Mr Kozlov arrived in Hanoi and met To Lam.\n")
	c := extractText(t, header+"Mr Kim said the pact was historic.\n")
	if _, ok := findEntity(b, "person:kozlov"); !ok {
		t.Fatalf("fixture: the second article should name a lone Kozlov; has %+v", b.Entities)
	}
	if _, ok := findEntity(c, "person:kim"); !ok {
		t.Fatalf("fixture: the third article should name a lone Kim; has %+v", c.Entities)
	}
	xs := []graph.Extraction{a, b, c}
	merged := Merge(xs)
	if len(merged) != 3 {
		t.Fatalf("Merge returned %d extractions, want 3", len(merged))
	}
	for _, x := range merged {
		if err := x.Validate(); err != nil {
			t.Fatalf("merged extraction invalid: %v", err)
		}
	}
	// "Kozlov" alone is Oleg Kozlov of the other article, with its alias.
	e, ok := findEntity(merged[1], "person:oleg-kozlov")
	if !ok {
		t.Fatalf("second article has no person:oleg-kozlov: %+v", merged[1].Entities)
	}
	if e.Name != "Oleg Kozlov" || !slices.Contains(e.Aliases, "Mr Kozlov") {
		t.Errorf("merged entity = %+v, want name Oleg Kozlov with alias Mr Kozlov", e)
	}
	if _, ok := findEntity(merged[1], "person:kozlov"); ok {
		t.Error("second article keeps person:kozlov")
	}
	if merged[1].Mentions["person:oleg-kozlov"] == 0 {
		t.Error("mention counts did not follow the new id")
	}
	// Relations follow the rewritten ids.
	found := false
	for _, r := range merged[1].Relations {
		if r.From == "person:kozlov" || r.To == "person:kozlov" {
			t.Errorf("relation %s still points at person:kozlov", r.Key())
		}
		if r.Type == graph.Visited && r.From == "person:oleg-kozlov" {
			found = true
		}
	}
	if !found {
		t.Errorf("no VISITED from person:oleg-kozlov in %+v", merged[1].Relations)
	}
	// "Kim" alone stays apart: Kim Jong Un and Kim Jong Il both qualify.
	if _, ok := findEntity(merged[2], "person:kim"); !ok {
		t.Error("a lone Kim was folded although two Kims could be meant")
	}
	// Input order does not change the result.
	rev := Merge([]graph.Extraction{c, b, a})
	slices.Reverse(rev)
	if !reflect.DeepEqual(rev, merged) {
		t.Error("Merge depends on the order of its input")
	}
}

func TestMergeSingleDocumentIsStable(t *testing.T) {
	x := extractText(t, header+"Russian President Vladimir Putin visited Pyongyang.\n")
	got := Merge([]graph.Extraction{x})
	if !reflect.DeepEqual(got[0].Relations, x.Relations) || len(got[0].Entities) != len(x.Entities) {
		t.Fatalf("Merge changed a lone document:\n%+v\nwant\n%+v", got[0], x)
	}
}
