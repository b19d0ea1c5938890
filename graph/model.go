package graph

import (
	"fmt"
	"slices"
)

// Kind is the type of an entity; it doubles as the entity's Neo4j label.
type Kind string

// The entity kinds relmap knows.
const (
	Person       Kind = "Person"
	Country      Kind = "Country"
	Organization Kind = "Organization"
	Place        Kind = "Place"
)

// Kinds lists every entity kind in a stable order.
var Kinds = []Kind{Person, Country, Organization, Place}

// Valid reports whether k is one of the known kinds.
func (k Kind) Valid() bool { return slices.Contains(Kinds, k) }

// RelType is the type of a relation; it doubles as the Neo4j relationship type.
type RelType string

// The relation types relmap knows, with the direction given in their comments.
const (
	Visited        RelType = "VISITED"         // Person -> Country|Place
	Met            RelType = "MET"             // Person -- Person (symmetric)
	Quoted         RelType = "QUOTED"          // source (Organization|Person) -> speaker (Person)
	Supplies       RelType = "SUPPLIES"        // supplier -> recipient
	Leads          RelType = "LEADS"           // Person -> Country|Organization
	AffiliatedWith RelType = "AFFILIATED_WITH" // Person -> Organization
	Accompanied    RelType = "ACCOMPANIED"     // Person -> Person
)

// RelTypes lists every relation type in a stable order.
var RelTypes = []RelType{Visited, Met, Quoted, Supplies, Leads, AffiliatedWith, Accompanied}

// signature is the domain and range of a relation type.
type signature struct {
	from, to  []Kind
	symmetric bool
}

var signatures = map[RelType]signature{
	Visited:        {from: []Kind{Person}, to: []Kind{Country, Place}},
	Met:            {from: []Kind{Person}, to: []Kind{Person}, symmetric: true},
	Quoted:         {from: []Kind{Organization, Person}, to: []Kind{Person}},
	Supplies:       {from: []Kind{Country, Organization, Person}, to: []Kind{Country, Organization, Person}},
	Leads:          {from: []Kind{Person}, to: []Kind{Country, Organization}},
	AffiliatedWith: {from: []Kind{Person}, to: []Kind{Organization}},
	Accompanied:    {from: []Kind{Person}, to: []Kind{Person}},
}

// Valid reports whether t is one of the known relation types.
func (t RelType) Valid() bool { _, ok := signatures[t]; return ok }

// Symmetric reports whether the relation reads the same in both directions (MET).
func (t RelType) Symmetric() bool { return signatures[t].symmetric }

// Allows reports whether a relation of type t may run from an entity of kind
// from to one of kind to.
func (t RelType) Allows(from, to Kind) bool {
	s, ok := signatures[t]
	return ok && slices.Contains(s.from, from) && slices.Contains(s.to, to)
}

// Modality says how the text puts a claim.
type Modality string

// The modalities of a claim.
const (
	Asserted Modality = "asserted" // stated flatly or with plain attribution
	Alleged  Modality = "alleged"  // hedged: accused, suspected, concerns, reportedly
	Denied   Modality = "denied"   // explicitly denied
	Planned  Modality = "planned"  // a stated intention: will, is expected to, is due to
)

// Modalities lists every modality in a stable order.
var Modalities = []Modality{Asserted, Alleged, Denied, Planned}

// Valid reports whether m is one of the known modalities.
func (m Modality) Valid() bool { return slices.Contains(Modalities, m) }

// Entity represents a person, country, organisation or place named in the news.
type Entity struct {
	// ID is stable across documents and runs: the kind and a slug of the
	// canonical name, e.g. "person:vladimir-putin".
	ID string `json:"id"`
	// Kind is the entity's type and Neo4j label.
	Kind Kind `json:"kind"`
	// Name is the canonical name, e.g. "Vladimir Putin" or "North Korea".
	Name string `json:"name"`
	// Aliases are the surface forms that named the entity in the text,
	// sorted and without duplicates; they include Name.
	Aliases []string `json:"aliases"`
}

// Validate reports what is wrong with e, if anything.
func (e Entity) Validate() error {
	switch {
	case e.ID == "":
		return fmt.Errorf("entity %q: empty id", e.Name)
	case !e.Kind.Valid():
		return fmt.Errorf("entity %s: unknown kind %q", e.ID, e.Kind)
	case e.Name == "":
		return fmt.Errorf("entity %s: empty name", e.ID)
	}
	return nil
}

// Document represents one article that relmap read.
type Document struct {
	// ID identifies the document across loads, so that reloading an edited
	// article replaces its claims: the file's base name ("article.txt"),
	// or "stdin" for standard input unless front matter gives an id.
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"` // ISO date, "2006-01-02", or empty
	// Source is where the document was read from (a path, or "-").
	Source string `json:"source,omitempty"`
	// Hash is the hex SHA-256 of the bytes read; an unchanged hash means an
	// unchanged document.
	Hash string `json:"hash"`
	// Text is the text that evidence offsets index: the input itself for
	// plain text and Markdown, the visible text for HTML.
	Text string `json:"-"`
}

// Evidence says where a claim was read: the sentence that states it and
// the rule that recognised it.
type Evidence struct {
	DocumentID string `json:"document"`
	// Sentence is exactly Document.Text[Start:End].
	Sentence string `json:"sentence"`
	Start    int    `json:"start"` // byte offset in Document.Text
	End      int    `json:"end"`   // byte offset in Document.Text, exclusive
	// Rule names the extraction rule that fired, e.g. "visited/arrive-in".
	Rule string `json:"rule"`
}

// Relation represents one typed, directed claim between two entities, as
// one document states it.
type Relation struct {
	Type     RelType  `json:"type"`
	From     string   `json:"from"` // entity ID
	To       string   `json:"to"`   // entity ID
	Modality Modality `json:"modality"`
	// Date is when the event happened or is planned, as precise as the text
	// says: "2024-06-18", "2023-09" or "2000"; empty when the text gives none.
	Date string `json:"date,omitempty"`
	// Items lists what is supplied, for SUPPLIES.
	Items []string `json:"items,omitempty"`
	// Quote holds the quoted or reported words, for QUOTED, where the text has them.
	Quote    string   `json:"quote,omitempty"`
	Evidence Evidence `json:"evidence"`
}

// Key identifies a relation within a document: one relation per type and
// ends. For a symmetric type the ends are put in order.
func (r Relation) Key() string {
	from, to := r.From, r.To
	if r.Type.Symmetric() && to < from {
		from, to = to, from
	}
	return string(r.Type) + "|" + from + "|" + to
}

// Extraction is everything the loader read from one document.
type Extraction struct {
	Document  Document   `json:"document"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
	// Mentions counts how often each entity (by ID) is named in the document.
	Mentions map[string]int `json:"mentions"`
}

// Validate checks the extraction against the closed vocabulary: every
// relation's ends exist and their kinds fit the relation's domain and range,
// every modality is known, and evidence lies inside the document's text.
func (x Extraction) Validate() error {
	kinds := make(map[string]Kind, len(x.Entities))
	for _, e := range x.Entities {
		if err := e.Validate(); err != nil {
			return fmt.Errorf("document %s: %w", x.Document.ID, err)
		}
		kinds[e.ID] = e.Kind
	}
	for _, r := range x.Relations {
		from, ok1 := kinds[r.From]
		to, ok2 := kinds[r.To]
		switch {
		case !r.Type.Valid():
			return fmt.Errorf("document %s: unknown relation type %q", x.Document.ID, r.Type)
		case !ok1 || !ok2:
			return fmt.Errorf("document %s: %s %s->%s: unknown end", x.Document.ID, r.Type, r.From, r.To)
		case !r.Type.Allows(from, to):
			return fmt.Errorf("document %s: %s cannot run from %s to %s", x.Document.ID, r.Type, from, to)
		case !r.Modality.Valid():
			return fmt.Errorf("document %s: %s: unknown modality %q", x.Document.ID, r.Key(), r.Modality)
		case r.Evidence.Start < 0 || r.Evidence.End > len(x.Document.Text) || r.Evidence.Start > r.Evidence.End:
			return fmt.Errorf("document %s: %s: evidence offsets %d:%d outside the text", x.Document.ID, r.Key(), r.Evidence.Start, r.Evidence.End)
		case x.Document.Text[r.Evidence.Start:r.Evidence.End] != r.Evidence.Sentence:
			return fmt.Errorf("document %s: %s: evidence does not match the text at its offsets", x.Document.ID, r.Key())
		}
	}
	return nil
}
