package graph

import (
	"strings"
	"testing"
)

func TestRelTypeAllows(t *testing.T) {
	tests := []struct {
		typ      RelType
		from, to Kind
		want     bool
	}{
		{Visited, Person, Country, true},
		{Visited, Person, Place, true},
		{Visited, Person, Person, false}, // one never visits a person
		{Visited, Country, Place, false},
		{Met, Person, Person, true},
		{Met, Person, Country, false},
		{Quoted, Organization, Person, true},
		{Quoted, Person, Organization, false},
		{Supplies, Country, Country, true},
		{Supplies, Person, Country, true},
		{Supplies, Place, Country, false},
		{Leads, Person, Country, true},
		{Leads, Person, Organization, true},
		{Leads, Person, Place, false},
		{AffiliatedWith, Person, Organization, true},
		{AffiliatedWith, Person, Country, false},
		{Accompanied, Person, Person, true},
		{RelType("LIKES"), Person, Person, false},
	}
	for _, tt := range tests {
		if got := tt.typ.Allows(tt.from, tt.to); got != tt.want {
			t.Errorf("%s.Allows(%s, %s) = %v, want %v", tt.typ, tt.from, tt.to, got, tt.want)
		}
	}
}

func TestRelationKeyIsSymmetricForMet(t *testing.T) {
	a := Relation{Type: Met, From: "person:a", To: "person:b"}
	b := Relation{Type: Met, From: "person:b", To: "person:a"}
	if a.Key() != b.Key() {
		t.Errorf("MET keys differ: %q, %q", a.Key(), b.Key())
	}
	c := Relation{Type: Accompanied, From: "person:a", To: "person:b"}
	d := Relation{Type: Accompanied, From: "person:b", To: "person:a"}
	if c.Key() == d.Key() {
		t.Errorf("ACCOMPANIED keys agree in both directions: %q", c.Key())
	}
}

func TestExtractionValidate(t *testing.T) {
	text := "Putin visited Pyongyang."
	good := func() Extraction {
		return Extraction{
			Document: Document{ID: "a.txt", Text: text},
			Entities: []Entity{
				{ID: "person:vladimir-putin", Kind: Person, Name: "Vladimir Putin"},
				{ID: "place:pyongyang", Kind: Place, Name: "Pyongyang"},
			},
			Relations: []Relation{{
				Type: Visited, From: "person:vladimir-putin", To: "place:pyongyang", Modality: Asserted,
				Evidence: Evidence{DocumentID: "a.txt", Sentence: text, Start: 0, End: len(text), Rule: "test"},
			}},
		}
	}
	if err := good().Validate(); err != nil {
		t.Fatalf("valid extraction rejected: %v", err)
	}
	tests := []struct {
		name   string
		break_ func(*Extraction)
		want   string
	}{
		{"unknown kind", func(x *Extraction) { x.Entities[0].Kind = "Animal" }, "unknown kind"},
		{"empty id", func(x *Extraction) { x.Entities[1].ID = "" }, "empty id"},
		{"unknown type", func(x *Extraction) { x.Relations[0].Type = "LIKES" }, "unknown relation type"},
		{"unknown end", func(x *Extraction) { x.Relations[0].To = "place:nowhere" }, "unknown end"},
		{"wrong range", func(x *Extraction) { x.Relations[0].Type = Met }, "MET cannot run from Person to Place"},
		{"unknown modality", func(x *Extraction) { x.Relations[0].Modality = "rumoured" }, "unknown modality"},
		{"offsets outside", func(x *Extraction) { x.Relations[0].Evidence.End = len(text) + 1 }, "outside the text"},
		{"evidence differs", func(x *Extraction) { x.Relations[0].Evidence.Sentence = "Kim visited Moscow." }, "does not match"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := good()
			tt.break_(&x)
			err := x.Validate()
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Validate() = %v, want an error containing %q", err, tt.want)
			}
		})
	}
}
