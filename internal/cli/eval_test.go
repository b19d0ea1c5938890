package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEvalJSON(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"aljazeera-putin-north-korea.txt", "aljazeera-putin-north-korea.gold.json"} {
		data, err := os.ReadFile(filepath.Join("../../testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errOut := runRelmap(t, "eval", "--json", dir)
	if code != ExitOK {
		t.Fatalf("exit %d, stderr: %s", code, errOut)
	}
	var r struct {
		Documents int `json:"documents"`
		Entities  struct {
			Precision, Recall, F1 *float64
		} `json:"entities"`
		Relations struct {
			Micro  struct{ Precision, Recall, F1 *float64 } `json:"micro"`
			ByType map[string]struct{ F1 *float64 }         `json:"by_type"`
		} `json:"relations"`
		ModalityAccuracy *float64 `json:"modality_accuracy"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("eval --json printed no JSON: %v\n%s", err, out)
	}
	if got, want := r.Documents, 1; got != want {
		t.Errorf("documents = %d, want %d", got, want)
	}
	if r.Entities.F1 == nil || r.Relations.Micro.F1 == nil || r.ModalityAccuracy == nil {
		t.Errorf("missing scores in %s", out)
	}
	if _, ok := r.Relations.ByType["VISITED"]; !ok {
		t.Errorf("by_type lacks VISITED: %s", out)
	}
}

func TestEvalUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"no folder", []string{"eval"}, ExitUsage, "want one folder"},
		{"missing folder", []string{"eval", "no-such-folder"}, ExitFailure, "no-such-folder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runRelmap(t, tt.args...)
			if code != tt.code || !strings.Contains(errOut, tt.msg) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, errOut, tt.code, tt.msg)
			}
		})
	}
}
