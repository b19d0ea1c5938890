package eval

import (
	"math"
	"testing"

	"github.com/relmap/relmap/graph"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Vostochny \u0421osmodrome", "vostochny cosmodrome"}, // Cyrillic С inside a Latin word
		{"Workers\u2019 Party", "workers' party"},
		{"  Kim\u00a0Jong Un ", "kim jong un"},
		{"\u041f\u0443\u0442\u0438\u043d", "\u043f\u0443\u0442\u0438\u043d"}, // a Cyrillic word stays Cyrillic
		{"\uff2b\uff29\uff2d", "kim"},                                        // full-width letters (NFKC)
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// fixture is a small annotated article written for these tests.
func fixture() Gold {
	return Gold{
		Document: "summit.txt",
		Entities: []GoldEntity{
			{Name: "Vladimir Putin", Type: "Person", Aliases: []string{"Vladimir Putin", "Putin"}},
			{Name: "Kim Jong Un", Type: "Person", Aliases: []string{"Kim Jong Un", "Kim"}},
			{Name: "North Korea", Type: "Country", Aliases: []string{"North Korea", "Pyongyang"}},
			{Name: "Pyongyang", Type: "Place", Aliases: []string{"Pyongyang"}},
			{Name: "Russia", Type: "Country", Aliases: []string{"Russia", "Moscow"}},
			{Name: "Daily Planet", Type: "Organization", Aliases: []string{"Daily Planet"}},
		},
		Relations: []GoldRelation{
			{Type: "VISITED", From: "Vladimir Putin", To: "Pyongyang", Modality: "asserted"},
			{Type: "MET", From: "Vladimir Putin", To: "Kim Jong Un", Modality: "asserted"},
			{Type: "QUOTED", From: "Daily Planet", To: "Kim Jong Un", Modality: "asserted"},
			{Type: "SUPPLIES", From: "North Korea", To: "Russia", Modality: "alleged"},
		},
	}
}

func ent(id string, kind graph.Kind, name string, aliases ...string) graph.Entity {
	return graph.Entity{ID: id, Kind: kind, Name: name, Aliases: append([]string{name}, aliases...)}
}

func rel(t graph.RelType, from, to string, m graph.Modality) graph.Relation {
	return graph.Relation{Type: t, From: from, To: to, Modality: m}
}

func TestScore(t *testing.T) {
	putin := ent("person:vladimir-putin", graph.Person, "Vladimir Putin", "Putin")
	kim := ent("person:kim-jong-un", graph.Person, "Kim Jong Un")
	nk := ent("country:north-korea", graph.Country, "North Korea")
	pyPlace := ent("place:pyongyang", graph.Place, "Pyongyang")
	russia := ent("country:russia", graph.Country, "Russia", "Moscow")
	reuters := ent("organization:reuters", graph.Organization, "Reuters")
	planet := ent("organization:daily-planet", graph.Organization, "Daily Planet")

	tests := []struct {
		name                   string
		entities               []graph.Entity
		relations              []graph.Relation
		entP, entR, relP, relR float64
		modality               int // modality matches
		missed, false_         int // missed and false relations
	}{
		{
			name:     "perfect",
			entities: []graph.Entity{putin, kim, nk, pyPlace, russia, planet},
			relations: []graph.Relation{
				rel(graph.Visited, putin.ID, pyPlace.ID, graph.Asserted),
				rel(graph.Met, kim.ID, putin.ID, graph.Asserted), // MET ignores direction
				rel(graph.Quoted, planet.ID, kim.ID, graph.Asserted),
				rel(graph.Supplies, nk.ID, russia.ID, graph.Alleged),
			},
			entP: 1, entR: 1, relP: 1, relR: 1, modality: 4,
		},
		{
			name:     "quoted compared by speaker alone, duplicates once",
			entities: []graph.Entity{putin, kim, reuters},
			relations: []graph.Relation{
				rel(graph.Quoted, reuters.ID, kim.ID, graph.Asserted),
				rel(graph.Quoted, putin.ID, kim.ID, graph.Asserted),
			},
			entP: 2.0 / 3, entR: 2.0 / 6, relP: 1, relR: 1.0 / 4, modality: 1, missed: 3,
		},
		{
			name:     "wrong direction and wrong modality",
			entities: []graph.Entity{nk, russia, putin, pyPlace},
			relations: []graph.Relation{
				rel(graph.Supplies, russia.ID, nk.ID, graph.Alleged),
				rel(graph.Visited, putin.ID, pyPlace.ID, graph.Planned),
			},
			entP: 1, entR: 4.0 / 6, relP: 0.5, relR: 0.25, modality: 0, missed: 3, false_: 1,
		},
		{
			name:     "one surface form can stand for two gold entities",
			entities: []graph.Entity{putin, ent("country:north-korea", graph.Country, "Pyongyang")},
			relations: []graph.Relation{
				rel(graph.Visited, putin.ID, "country:north-korea", graph.Asserted),
			},
			entP: 1, entR: 2.0 / 6, relP: 1, relR: 0.25, modality: 1, missed: 3,
		},
		{
			name: "nothing found",
			entP: 0, entR: 0, relP: 0, relR: 0, missed: 4,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := Score(fixture(), graph.Extraction{Entities: tt.entities, Relations: tt.relations})
			check := func(what string, got, want float64) {
				t.Helper()
				if math.Abs(got-want) > 1e-9 {
					t.Errorf("%s = %.4f, want %.4f", what, got, want)
				}
			}
			check("entity precision", ds.Entities.Precision, tt.entP)
			check("entity recall", ds.Entities.Recall, tt.entR)
			check("relation precision", ds.Relations.Precision, tt.relP)
			check("relation recall", ds.Relations.Recall, tt.relR)
			if got, want := ds.ModalityMatches, tt.modality; got != want {
				t.Errorf("modality matches = %d, want %d (%v)", got, want, ds.WrongModality)
			}
			if got, want := len(ds.MissedRelations), tt.missed; got != want {
				t.Errorf("missed = %d %v, want %d", got, ds.MissedRelations, want)
			}
			if got, want := len(ds.FalseRelations), tt.false_; got != want {
				t.Errorf("false alarms = %d %v, want %d", got, ds.FalseRelations, want)
			}
		})
	}
}

func TestEntityMatchPrefersSameType(t *testing.T) {
	// "Pyongyang" names both the country (as a metonym) and the city: the
	// Place prediction must take the Place, leaving the Country for the
	// Country prediction.
	g := fixture()
	x := graph.Extraction{Entities: []graph.Entity{
		ent("place:pyongyang", graph.Place, "Pyongyang"),
		ent("country:north-korea", graph.Country, "North Korea", "Pyongyang"),
	}}
	ds := Score(g, x)
	if got, want := ds.Entities.MatchedPredicted, 2; got != want {
		t.Fatalf("matched predictions = %d, want %d", got, want)
	}
	if got, want := ds.TypeMatches, 2; got != want {
		t.Errorf("type matches = %d, want %d", got, want)
	}
}

func TestAggregateMicroAverages(t *testing.T) {
	a := DocScore{ByType: map[string]PRF{"MET": {Predicted: 2, Gold: 1, MatchedPredicted: 1, MatchedGold: 1}}, Entities: PRF{Predicted: 4, Gold: 4, MatchedPredicted: 4, MatchedGold: 4}, ModalityCompared: 1, ModalityMatches: 1}
	b := DocScore{ByType: map[string]PRF{"MET": {Predicted: 0, Gold: 3}, "VISITED": {Predicted: 1, Gold: 1, MatchedPredicted: 1, MatchedGold: 1}}, Entities: PRF{Predicted: 1, Gold: 2, MatchedPredicted: 1, MatchedGold: 1}, ModalityCompared: 1}
	r := Aggregate([]DocScore{a, b})
	if got, want := r.Relations.Micro.Precision, 2.0/3; math.Abs(got-want) > 1e-9 {
		t.Errorf("micro precision = %v, want %v", got, want)
	}
	if got, want := r.Relations.Micro.Recall, 2.0/5; math.Abs(got-want) > 1e-9 {
		t.Errorf("micro recall = %v, want %v", got, want)
	}
	if got, want := r.Relations.ByType["MET"].Recall, 1.0/4; math.Abs(got-want) > 1e-9 {
		t.Errorf("MET recall = %v, want %v", got, want)
	}
	if got, want := r.ModalityAccuracy, 0.5; got != want {
		t.Errorf("modality accuracy = %v, want %v", got, want)
	}
	if got, want := r.Entities.Recall, 5.0/6; math.Abs(got-want) > 1e-9 {
		t.Errorf("entity recall = %v, want %v", got, want)
	}
}
