package eval

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/relmap/relmap/graph"
)

func writeFile(tb testing.TB, path, content string) {
	tb.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		tb.Fatal(err)
	}
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	gold, err := json.Marshal(fixture())
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "sub", "summit.md"), "Putin met Kim.")
	writeFile(t, filepath.Join(dir, "sub", "summit.gold.json"), string(gold))
	writeFile(t, filepath.Join(dir, "unannotated.txt"), "No gold beside this one.")

	var seen []string
	extract := func(id, source string, data []byte) (graph.Extraction, error) {
		seen = append(seen, id)
		putin := ent("person:vladimir-putin", graph.Person, "Vladimir Putin")
		kim := ent("person:kim-jong-un", graph.Person, "Kim Jong Un")
		return graph.Extraction{
			Entities:  []graph.Entity{putin, kim},
			Relations: []graph.Relation{rel(graph.Met, putin.ID, kim.ID, graph.Asserted)},
		}, nil
	}
	r, err := Run(dir, extract)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(seen, ","), "summit.md"; got != want {
		t.Errorf("extracted %q, want %q", got, want)
	}
	if got, want := r.Documents, 1; got != want {
		t.Errorf("documents = %d, want %d", got, want)
	}
	if got, want := r.Relations.ByType["MET"].F1, 1.0; got != want {
		t.Errorf("MET F1 = %v, want %v", got, want)
	}
	var out bytes.Buffer
	if err := r.Print(&out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"missed: ", "VISITED Vladimir Putin -> Pyongyang (asserted)", "missed entity: Place \"Pyongyang\""} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}

func TestRunWithoutGold(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), "text")
	if _, err := Run(dir, nil); err == nil || !strings.Contains(err.Error(), "no NAME.gold.json") {
		t.Errorf("Run on a folder without gold: err = %v, want one naming the missing gold", err)
	}
}

func TestReadGoldRejectsDanglingRelation(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.gold.json")
	writeFile(t, path, `{"entities":[{"name":"A","type":"Person"}],"relations":[{"type":"MET","from":"A","to":"B"}]}`)
	if _, err := ReadGold(path); err == nil {
		t.Error("ReadGold accepted a relation to an entity that is not annotated")
	}
}
