package cli

import (
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	"github.com/relmap/relmap/internal/neo4jtest"
)

func TestQueriesLists(t *testing.T) {
	code, out, _ := runRelmap(t, "queries")
	if code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"NAME", "visits", "path", "from string (required)", "entity string (default \"\")"} {
		if !strings.Contains(out, want) {
			t.Errorf("queries output lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = runRelmap(t, "queries", "--json")
	var list []struct {
		Name    string   `json:"name"`
		Columns []string `json:"columns"`
		Cypher  string   `json:"cypher"`
	}
	if err := json.Unmarshal([]byte(out), &list); err != nil || code != ExitOK {
		t.Fatalf("queries --json: exit %d, %v:\n%s", code, err, out)
	}
	if len(list) != 11 || list[0].Name != "connected" || list[0].Cypher == "" || len(list[0].Columns) == 0 {
		t.Errorf("queries --json = %+v", list)
	}
	code, out, _ = runRelmap(t, "queries", "--names")
	names := strings.Fields(out)
	if code != ExitOK || len(names) != len(list) || names[0] != list[0].Name {
		t.Errorf("queries --names: exit %d, %q; want the %d names of --json", code, out, len(list))
	}
}

func TestQueryUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no name", []string{"query"}, "queries: connected, cooccurrence"},
		{"unknown query", []string{"query", "vists"}, `unknown query "vists" (queries: connected`},
		{"missing param", []string{"query", "path", "--param", "from=Putin"}, "missing required parameter to (parameters: from string (required), to string (required)"},
		{"unknown param", []string{"query", "visits", "-p", "who=Putin"}, `unknown parameter "who" (parameters: entity string`},
		{"bad int", []string{"query", "visits", "-p", "limit=ten"}, `"ten" is not an int`},
		{"not key=value", []string{"query", "visits", "--param", "entity"}, "want key=value"},
		{"bad format", []string{"query", "visits", "--format", "yaml"}, "formats: table, json, csv"},
		{"two names", []string{"query", "visits", "meetings"}, "want one query name"},
		{"unknown flag after name", []string{"query", "visits", "--colour"}, "flag provided but not defined"},
		{"browser unknown query", []string{"browser", "nope"}, `unknown query "nope"`},
		{"browser param without query", []string{"browser", "--param", "a=b"}, "--param needs a query name"},
		{"completion shell", []string{"completion", "tcsh"}, `unknown shell "tcsh"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runRelmap(t, append([]string{"--uri", "bolt://localhost:1"}, tt.args...)...)
			if code != ExitUsage {
				t.Errorf("exit %d, want %d (stderr %q)", code, ExitUsage, errOut)
			}
			if out != "" {
				t.Errorf("stdout = %q, want nothing", out)
			}
			if !strings.Contains(errOut, tt.want) {
				t.Errorf("stderr = %q, want it to contain %q", errOut, tt.want)
			}
		})
	}
}

func TestQueryUnreachable(t *testing.T) {
	code, out, errOut := runRelmap(t, "--uri", "bolt://localhost:1", "query", "visits", "--param", "entity=Putin")
	if code != ExitUnavailable || out != "" || !strings.Contains(errOut, "bolt://localhost:1") {
		t.Errorf("exit %d, stdout %q, stderr %q; want exit %d naming the URI", code, out, errOut, ExitUnavailable)
	}
}

func TestBrowserURL(t *testing.T) {
	code, out, _ := runRelmap(t, "--uri", "neo4j://graph.example:7688", "--password", "secret-pw", "-d", "news",
		"browser", "visits", "--param", `entity=Kim "Jong" Un`)
	if code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	if strings.Contains(out, "secret-pw") {
		t.Fatalf("the URL carries the password: %s", out)
	}
	u, err := url.Parse(strings.TrimSpace(out))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := u.Scheme+"://"+u.Host+u.Path, "http://graph.example:7474/browser/"; got != want {
		t.Errorf("Browser address = %s, want %s", got, want)
	}
	q := u.Query()
	if got, want := q.Get("dbms"), "neo4j://neo4j@graph.example:7688"; got != want {
		t.Errorf("dbms = %q, want %q", got, want)
	}
	if q.Get("db") != "news" || q.Get("cmd") != "edit" {
		t.Errorf("db = %q, cmd = %q", q.Get("db"), q.Get("cmd"))
	}
	arg := q.Get("arg")
	if !strings.HasPrefix(arg, ":param entity => \"Kim \\\"Jong\\\" Un\";\n:param limit => 100;\nCALL () {") {
		t.Errorf("editor text starts %q", arg[:min(len(arg), 80)])
	}
	if strings.Contains(arg, "Kim \"Jong\" Un'") || !strings.Contains(arg, "$entity") {
		t.Errorf("the value is not passed as a parameter: %s", arg)
	}

	code, out, _ = runRelmap(t, "--uri", "bolt://localhost:7687", "browser")
	if code != ExitOK || strings.Contains(out, "cmd=") || !strings.Contains(out, "dbms=bolt%3A%2F%2Fneo4j%40localhost%3A7687") {
		t.Errorf("browser without a query: exit %d, %s", code, out)
	}
}

func TestCompletionScripts(t *testing.T) {
	for shell, want := range map[string]string{"bash": "complete -o bashdefault", "zsh": "compdef _relmap relmap", "fish": "complete -c relmap"} {
		code, out, _ := runRelmap(t, "completion", shell)
		if code != ExitOK || !strings.Contains(out, want) {
			t.Errorf("completion %s: exit %d, output lacks %q", shell, code, want)
		}
	}
	_, out, _ := runRelmap(t, "query", "--generate-bash-completion")
	if !strings.Contains(out, "visits\n") || !strings.Contains(out, "cooccurrence\n") {
		t.Errorf("query completion = %q, want the query names", out)
	}
}

func TestHelpHasExamples(t *testing.T) {
	for _, cmd := range []string{"queries", "query", "browser", "completion"} {
		code, out, _ := runRelmap(t, cmd, "--help")
		if code != ExitOK || !strings.Contains(out, "Examples:") || !strings.Contains(out, "relmap "+cmd) {
			t.Errorf("%s --help: exit %d, no examples:\n%s", cmd, code, out)
		}
	}
}

func TestQueryOnEmptyGraph(t *testing.T) {
	cfg := neo4jtest.Config(t)
	neo4jtest.Open(t)
	conn := []string{"--uri", cfg.URI, "--username", cfg.Username, "--password", cfg.Password}
	code, out, errOut := runRelmap(t, append(conn, "query", "connected", "--format", "json")...)
	if code != ExitOK || out != "[]\n" {
		t.Errorf("exit %d, stdout %q, stderr %q; want an empty JSON array", code, out, errOut)
	}
	code, out, _ = runRelmap(t, append(conn, "query", "--format", "csv", "visits", "--param", "entity=Putin")...)
	if code != ExitOK || out != "person,place,date,modality,document,sentence\n" {
		t.Errorf("exit %d, stdout %q; want the CSV header alone", code, out)
	}
}

func TestRowsNote(t *testing.T) {
	tests := []struct {
		n     int
		limit any
		want  string
	}{
		{0, int64(100), "(0 rows)"},
		{1, int64(100), "(1 row)"},
		{42, nil, "(42 rows)"},
		{100, int64(100), "(100 rows, the limit: -p limit=1000 shows more)"},
	}
	for _, tt := range tests {
		if got := rowsNote(tt.n, tt.limit); got != tt.want {
			t.Errorf("rowsNote(%d, %v) = %q, want %q", tt.n, tt.limit, got, tt.want)
		}
	}
}
