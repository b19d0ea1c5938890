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

func TestMergeKnown(t *testing.T) {
	short := extractText(t, header+"Mr Kozlov arrived in Hanoi and met To Lam.\n")
	full := extractText(t, header+"Deputy Minister Oleg Kozlov met To Lam in Hanoi.\n")
	if _, ok := findEntity(short, "person:kozlov"); !ok {
		t.Fatalf("fixture: the article should name a lone Kozlov; has %+v", short.Entities)
	}
	storedFull := graph.Entity{ID: "person:oleg-kozlov", Kind: graph.Person, Name: "Oleg Kozlov", Aliases: []string{"Oleg Kozlov"}}
	storedShort := graph.Entity{ID: "person:kozlov", Kind: graph.Person, Name: "Kozlov", Aliases: []string{"Mr Kozlov"}}
	tests := []struct {
		name      string
		known     []graph.Entity
		x         graph.Extraction
		wantID    string // the id Kozlov has in the merged extraction
		wantFolds map[string]string
	}{
		{"new short name joins the stored full name", []graph.Entity{storedFull}, short, "person:oleg-kozlov", map[string]string{}},
		{"stored short name folds into the new full name", []graph.Entity{storedShort}, full, "person:oleg-kozlov", map[string]string{"person:kozlov": "person:oleg-kozlov"}},
		{"two stored people of that surname: left alone", []graph.Entity{storedFull,
			{ID: "person:ivan-kozlov", Kind: graph.Person, Name: "Ivan Kozlov", Aliases: []string{"Ivan Kozlov"}}}, short, "person:kozlov", map[string]string{}},
		{"another kind does not absorb a person", []graph.Entity{{ID: "organization:oleg-kozlov", Kind: graph.Organization, Name: "Oleg Kozlov"}}, short, "person:kozlov", map[string]string{}},
		{"nothing known", nil, short, "person:kozlov", map[string]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, folds := MergeKnown(tt.known, []graph.Extraction{tt.x})
			if err := out[0].Validate(); err != nil {
				t.Fatalf("merged extraction invalid: %v", err)
			}
			e, ok := findEntity(out[0], tt.wantID)
			if !ok {
				t.Fatalf("no %s among %+v", tt.wantID, out[0].Entities)
			}
			if out[0].Mentions[e.ID] == 0 {
				t.Errorf("mentions do not follow %s: %v", e.ID, out[0].Mentions)
			}
			if !reflect.DeepEqual(folds, tt.wantFolds) {
				t.Errorf("folds = %v, want %v", folds, tt.wantFolds)
			}
			for _, k := range tt.known {
				if _, ok := findEntity(out[0], k.ID); ok && k.ID != tt.wantID {
					t.Errorf("known entity %s was copied into the extraction", k.ID)
				}
			}
		})
	}
}

func TestLookupNames(t *testing.T) {
	x := extractText(t, header+"Deputy Minister Oleg Kozlov met Kim Jong Un in Pyongyang.\n")
	got := LookupNames([]graph.Extraction{x})
	for _, want := range []string{"Oleg Kozlov", "Kozlov", "Kim Jong Un", "Kim", "Pyongyang"} {
		if !slices.Contains(got, want) {
			t.Errorf("LookupNames = %q, lacks %q", got, want)
		}
	}
	if !slices.IsSorted(got) || len(slices.Compact(slices.Clone(got))) != len(got) {
		t.Errorf("LookupNames = %q, want sorted without repeats", got)
	}
}
