package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/relmap/relmap/graph"
)

const seedArticle = "../../testdata/aljazeera-putin-north-korea.txt"

func TestExtractSummary(t *testing.T) {
	code, out, errOut := runRelmap(t, "extract", seedArticle)
	if code != ExitOK {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{
		"== aljazeera-putin-north-korea.txt (Al Jazeera)",
		"Person (",
		"Vladimir Putin  [person:vladimir-putin]",
		"Vladimir Putin VISITED -> North Korea  planned",
		"[visited/",
		"> Russian President Vladimir Putin is expected to arrive in North Korea",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q", want)
		}
	}
}

func TestExtractJSON(t *testing.T) {
	code, out, errOut := runRelmap(t, "extract", "--format", "json", seedArticle)
	if code != ExitOK {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	var xs []graph.Extraction
	if err := json.Unmarshal([]byte(out), &xs); err != nil {
		t.Fatalf("output is not []graph.Extraction JSON: %v", err)
	}
	if len(xs) != 1 || xs[0].Document.ID != "aljazeera-putin-north-korea.txt" || len(xs[0].Relations) == 0 {
		t.Fatalf("got %d extractions: %+v", len(xs), xs)
	}
	text, err := os.ReadFile(seedArticle)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range xs[0].Relations {
		if string(text[r.Evidence.Start:r.Evidence.End]) != r.Evidence.Sentence {
			t.Errorf("%s: evidence offsets do not index the input", r.Key())
		}
	}
}

func TestExtractCypher(t *testing.T) {
	code, out, errOut := runRelmap(t, "extract", "-f", "cypher", seedArticle)
	if code != ExitOK {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{
		"MERGE (d:Document {id: 'aljazeera-putin-north-korea.txt'})",
		"MERGE (e:Entity {id: 'person:vladimir-putin'}) ON CREATE SET e:Person",
		"MERGE (a)-[r:VISITED {doc: 'aljazeera-putin-north-korea.txt'}]->(b)",
		`r.quote = 'For Kim Jong-un, this visit is a victory'`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("script lacks %q", want)
		}
	}
	for i, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line != "" && !strings.HasPrefix(line, "//") && !strings.HasSuffix(line, ";") {
			t.Errorf("line %d does not end its statement: %q", i+1, line)
		}
	}
}

func TestCypherString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", `'plain'`},
		{`it's "quoted"`, `'it\'s \"quoted\"'`},
		{"back\\slash", `'back\\slash'`},
		{"line\nbreak\ttab\r", `'line\nbreak\ttab\r'`},
		{"bell\x07 \u2028", `'bell\u0007 \u2028'`},
		{"'}) DETACH DELETE (n", `'\'}) DETACH DELETE (n'`},
	}
	for _, tt := range tests {
		if got := cypherString(tt.in); got != tt.want {
			t.Errorf("cypherString(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestExtractPartialFailure(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.txt", []byte("Putin visited Hanoi on Thursday.\n\nSource: Reuters\n"))
	write("empty.txt", nil)
	write("binary.txt", []byte{0x00, 0x01, 0x02})
	write("latin1.txt", []byte("Caf\xe9 in Hanoi"))
	code, out, errOut := runRelmap(t, "extract", "--format", "json", dir)
	if code != ExitPartial {
		t.Fatalf("exit %d, want %d (partial); stderr %q", code, ExitPartial, errOut)
	}
	for _, bad := range []string{"empty.txt", "binary.txt", "latin1.txt"} {
		if !strings.Contains(errOut, bad) {
			t.Errorf("stderr does not name %s: %q", bad, errOut)
		}
	}
	if !strings.Contains(errOut, "3 of 4 inputs failed") {
		t.Errorf("stderr lacks the count: %q", errOut)
	}
	var xs []graph.Extraction
	if err := json.Unmarshal([]byte(out), &xs); err != nil || len(xs) != 1 || xs[0].Document.ID != "good.txt" {
		t.Fatalf("good file not extracted: %v %q", err, out)
	}
}

func TestExtractStdinAndUsage(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := Run([]string{"extract", "-"}, strings.NewReader("Kim Jong Un arrived in Vladivostok.\n"), &stdout, &stderr)
	if code != ExitOK || !strings.Contains(stdout.String(), "== stdin") || !strings.Contains(stdout.String(), "Kim Jong Un VISITED -> Vladivostok") {
		t.Fatalf("stdin: exit %d, out %q, err %q", code, stdout.String(), stderr.String())
	}
	if code, _, _ := runRelmap(t, "extract"); code != ExitUsage {
		t.Errorf("no arguments: exit %d, want %d", code, ExitUsage)
	}
	if code, _, _ := runRelmap(t, "extract", "--format", "xml", seedArticle); code != ExitUsage {
		t.Errorf("unknown format: exit %d, want %d", code, ExitUsage)
	}
	if code, _, _ := runRelmap(t, "extract", "does-not-exist.txt"); code != ExitUsage {
		t.Errorf("missing file: exit %d, want %d", code, ExitUsage)
	}
}
