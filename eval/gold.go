package eval

import (
	"encoding/json"
	"fmt"
	"os"
)

// Gold is the hand-made annotation of one article.
type Gold struct {
	Document  string         `json:"document"`
	Outlet    string         `json:"outlet"`
	Published string         `json:"published"`
	Entities  []GoldEntity   `json:"entities"`
	Relations []GoldRelation `json:"relations"`
}

// GoldEntity is an annotated entity; relations name it by Name.
type GoldEntity struct {
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Aliases []string `json:"aliases"`
}

// GoldRelation is an annotated relation between two gold entities.
type GoldRelation struct {
	Type     string   `json:"type"`
	From     string   `json:"from"`
	To       string   `json:"to"`
	Modality string   `json:"modality"`
	Date     string   `json:"date,omitempty"`
	Items    []string `json:"items,omitempty"`
	Evidence string   `json:"evidence"`
}

// ReadGold reads and checks a NAME.gold.json file.
func ReadGold(path string) (Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Gold{}, fmt.Errorf("read gold: %w", err)
	}
	var g Gold
	if err := json.Unmarshal(data, &g); err != nil {
		return Gold{}, fmt.Errorf("read gold %s: %w", path, err)
	}
	names := make(map[string]bool, len(g.Entities))
	for _, e := range g.Entities {
		names[e.Name] = true
	}
	for _, r := range g.Relations {
		if !names[r.From] || !names[r.To] {
			return Gold{}, fmt.Errorf("read gold %s: relation %s %s -> %s names an entity that is not annotated", path, r.Type, r.From, r.To)
		}
	}
	return g, nil
}
