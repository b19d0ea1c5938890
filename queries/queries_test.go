package queries

import (
	"errors"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/relmap/relmap/graph"
)

// TestEmbeddedQueriesParse fails when any shipped query has a bad header.
func TestEmbeddedQueriesParse(t *testing.T) {
	set, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"connected", "cooccurrence", "documents", "entity", "evidence", "meetings", "path", "quotes", "supplies", "timeline", "visits"}
	if got := set.Names(); !slices.Equal(got, want) {
		t.Errorf("Names() = %v, want %v", got, want)
	}
}

// TestEmbeddedQueriesUseClosedVocabulary checks that every label and
// relationship type in the shipped statements comes from graph/model.go.
func TestEmbeddedQueriesUseClosedVocabulary(t *testing.T) {
	set, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	labels := map[string]bool{"Entity": true, "Document": true}
	for _, k := range graph.Kinds {
		labels[string(k)] = true
	}
	types := map[string]bool{"MENTIONS": true}
	for _, r := range graph.RelTypes {
		types[string(r)] = true
	}
	labelRE := regexp.MustCompile(`\(\s*[a-z]*\s*:\s*([A-Za-z_]+)`)
	typeRE := regexp.MustCompile(`\[\s*[a-z]*\s*:\s*([A-Z_|]+)`)
	for _, q := range set.All() {
		code := stripLiteralsAndComments(q.Cypher)
		for _, m := range labelRE.FindAllStringSubmatch(code, -1) {
			if !labels[m[1]] {
				t.Errorf("%s: label %s is not in the model", q.Name, m[1])
			}
		}
		for _, m := range typeRE.FindAllStringSubmatch(code, -1) {
			for _, ty := range strings.Split(m[1], "|") {
				if !types[ty] {
					t.Errorf("%s: relationship type %s is not in the model", q.Name, ty)
				}
			}
		}
	}
}

func TestParse(t *testing.T) {
	good := "// name: visits\n// description: who went where\n" +
		"// param: entity string \"\" — optional filter\n" +
		"// param: limit int 10 - at most this many\n" +
		"// param: min float 0.5 -- a threshold\n" +
		"// param: strict bool true — exact names only\n" +
		"// param: who string required — the person\n" +
		"// columns: person, place\n" +
		"MATCH (p:Person {name: $who})-[:VISITED]->(x)\nWHERE ($entity = '' OR x.name = $entity) AND $min > 0 AND $strict\nRETURN p AS person, x AS place LIMIT $limit\n"
	q, err := Parse("visits.cypher", []byte(good))
	if err != nil {
		t.Fatal(err)
	}
	wantParams := []Param{
		{Name: "entity", Type: String, Default: "", Description: "optional filter"},
		{Name: "limit", Type: Int, Default: int64(10), Description: "at most this many"},
		{Name: "min", Type: Float, Default: 0.5, Description: "a threshold"},
		{Name: "strict", Type: Bool, Default: true, Description: "exact names only"},
		{Name: "who", Type: String, Required: true, Description: "the person"},
	}
	if !reflect.DeepEqual(q.Params, wantParams) {
		t.Errorf("Params = %#v\nwant %#v", q.Params, wantParams)
	}
	if got, want := q.Columns, []string{"person", "place"}; !slices.Equal(got, want) {
		t.Errorf("Columns = %v, want %v", got, want)
	}
	if got, want := q.Name+"|"+q.Description, "visits|who went where"; got != want {
		t.Errorf("name|description = %q, want %q", got, want)
	}
	if !strings.HasPrefix(q.Cypher, "MATCH") || !strings.HasSuffix(q.Cypher, "LIMIT $limit") {
		t.Errorf("Cypher = %q, want the statement without header", q.Cypher)
	}
}

func TestParseRejects(t *testing.T) {
	const head = "// name: q\n// description: d\n// columns: a\n"
	tests := []struct {
		name, src, want string
	}{
		{"no name", "// description: d\n// columns: a\nRETURN 1 AS a", "no name"},
		{"no description", "// name: q\n// columns: a\nRETURN 1 AS a", "no description"},
		{"no columns", "// name: q\n// description: d\nRETURN 1 AS a", "no columns"},
		{"unknown key", head + "// colour: red\nRETURN 1 AS a", `unknown header key "colour"`},
		{"not key value", head + "// just words\nRETURN 1 AS a", "not \"key: value\""},
		{"bad name", "// name: Visits\n// description: d\n// columns: a\nRETURN 1 AS a", "name \"Visits\""},
		{"name twice", head + "// name: r\nRETURN 1 AS a", "name given twice"},
		{"no statement", head, "no statement"},
		{"two statements", head + "RETURN 1 AS a; RETURN 2 AS a", "more than one statement"},
		{"write", head + "CREATE (n) RETURN 1 AS a", "not read-only: it uses CREATE"},
		{"merge", head + "MERGE (n:X) RETURN 1 AS a", "uses MERGE"},
		{"detach delete", head + "MATCH (n) DETACH DELETE n", "not read-only"},
		{"set", head + "MATCH (n) SET n.x = 1 RETURN 1 AS a", "uses SET"},
		{"undeclared param", head + "RETURN $x AS a", "undeclared parameter $x"},
		{"unused param", head + "// param: x int 1 — d\nRETURN 1 AS a", "never uses $x"},
		{"bad type", head + "// param: x integer 1 — d\nRETURN $x AS a", `unknown type "integer"`},
		{"bad int default", head + "// param: x int ten — d\nRETURN $x AS a", `"ten" is not an int`},
		{"unquoted string default", head + "// param: x string abc — d\nRETURN $x AS a", "must be a quoted Go string"},
		{"no description on param", head + "// param: x int 1\nRETURN $x AS a", "want \"NAME TYPE"},
		{"param twice", head + "// param: x int 1 — d\n// param: x int 2 — d\nRETURN $x AS a", "declared twice"},
		{"column twice", "// name: q\n// description: d\n// columns: a, a\nRETURN 1 AS a", "listed twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("q.cypher", []byte(tt.src))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Parse error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestParseIgnoresKeywordsInStringsAndComments(t *testing.T) {
	src := "// name: q\n// description: d\n// columns: a\nMATCH (n) // SET n.x = 1; CREATE\nWHERE n.name = 'CREATE; $y' AND n.`SET` = \"DELETE\"\nRETURN n.name AS a"
	if _, err := Parse("q.cypher", []byte(src)); err != nil {
		t.Fatal(err)
	}
}

func TestLoad(t *testing.T) {
	ok := "// name: a\n// description: d\n// columns: x\nRETURN 1 AS x\n"
	t.Run("sorted by name", func(t *testing.T) {
		set, err := Load(fstest.MapFS{
			"b.cypher":  {Data: []byte(strings.Replace(ok, "name: a", "name: b", 1))},
			"a.cypher":  {Data: []byte(ok)},
			"notes.txt": {Data: []byte("not a query")},
		})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := set.Names(), []string{"a", "b"}; !slices.Equal(got, want) {
			t.Errorf("Names() = %v, want %v", got, want)
		}
	})
	t.Run("name differs from file", func(t *testing.T) {
		_, err := Load(fstest.MapFS{"z.cypher": {Data: []byte(ok)}})
		if err == nil || !strings.Contains(err.Error(), "does not match the file name") {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("bad header", func(t *testing.T) {
		_, err := Load(fstest.MapFS{"a.cypher": {Data: []byte("RETURN 1")}})
		if err == nil || !strings.Contains(err.Error(), "a.cypher") {
			t.Fatalf("err = %v, want one naming the file", err)
		}
	})
	t.Run("empty", func(t *testing.T) {
		if _, err := Load(fstest.MapFS{}); err == nil {
			t.Fatal("Load of no files succeeded")
		}
	})
}

func TestGetUnknownListsNames(t *testing.T) {
	set, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	_, err = set.Get("vists")
	var u *UnknownQueryError
	if !errors.As(err, &u) || !strings.Contains(err.Error(), "visits") || !strings.Contains(err.Error(), "timeline") {
		t.Fatalf("Get(vists) error = %v, want an UnknownQueryError listing the queries", err)
	}
}

func TestBind(t *testing.T) {
	q := Query{Name: "q", Params: []Param{
		{Name: "who", Type: String, Required: true},
		{Name: "limit", Type: Int, Default: int64(10)},
		{Name: "min", Type: Float, Default: 0.5},
		{Name: "strict", Type: Bool, Default: false},
	}}
	tests := []struct {
		name    string
		raw     map[string]string
		want    map[string]any
		wantErr string
	}{
		{"defaults", map[string]string{"who": "Putin"}, map[string]any{"who": "Putin", "limit": int64(10), "min": 0.5, "strict": false}, ""},
		{"typed", map[string]string{"who": "", "limit": "3", "min": "2", "strict": "true"}, map[string]any{"who": "", "limit": int64(3), "min": 2.0, "strict": true}, ""},
		{"missing", map[string]string{"limit": "3"}, nil, "missing required parameter who"},
		{"unknown", map[string]string{"who": "x", "colour": "red"}, nil, `unknown parameter "colour"`},
		{"bad int", map[string]string{"who": "x", "limit": "many"}, nil, `parameter limit: "many" is not an int`},
		{"bad bool", map[string]string{"who": "x", "strict": "yes please"}, nil, "is not a bool"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := q.Bind(tt.raw)
			if tt.wantErr != "" {
				var pe *ParamError
				if !errors.As(err, &pe) || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("Bind error = %v, want a ParamError containing %q", err, tt.wantErr)
				}
				if !strings.Contains(err.Error(), "who string (required)") {
					t.Errorf("error %q does not list the parameters", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Bind = %#v, want %#v", got, tt.want)
			}
		})
	}
}

func TestArrange(t *testing.T) {
	q := Query{Name: "q", Columns: []string{"a", "b"}}
	got, err := q.Arrange([]string{"b", "a"}, [][]any{{2, 1}, {4, 3}})
	if err != nil {
		t.Fatal(err)
	}
	if want := [][]any{{1, 2}, {3, 4}}; !reflect.DeepEqual(got, want) {
		t.Errorf("Arrange = %v, want %v", got, want)
	}
	for _, cols := range [][]string{{"a"}, {"a", "c"}, {"a", "b", "c"}} {
		if _, err := q.Arrange(cols, nil); err == nil || !strings.Contains(err.Error(), "declares a, b") {
			t.Errorf("Arrange(%v) error = %v", cols, err)
		}
	}
}

func TestPacked(t *testing.T) {
	q := Query{Name: "q", Columns: []string{"a", "end"}, Cypher: "MATCH (n) RETURN n.a AS a, n.b AS `end`;\n"}
	want := "CALL () {\nMATCH (n) RETURN n.a AS a, n.b AS `end`\n}\nRETURN collect([`a`, `end`]) AS rows"
	if got := q.Packed(); got != want {
		t.Errorf("Packed =\n%s\nwant\n%s", got, want)
	}
}

func TestUnpack(t *testing.T) {
	q := Query{Name: "q", Columns: []string{"a", "b"}}
	got, err := q.Unpack([]string{"rows"}, [][]any{{[]any{[]any{1, 2}, []any{3, 4}}}})
	if err != nil {
		t.Fatal(err)
	}
	if want := [][]any{{1, 2}, {3, 4}}; !reflect.DeepEqual(got, want) {
		t.Errorf("Unpack = %v, want %v", got, want)
	}
	if got, err := q.Unpack([]string{"rows"}, [][]any{{[]any{}}}); err != nil || len(got) != 0 {
		t.Errorf("Unpack of no rows = %v, %v; want none", got, err)
	}
	bad := []struct {
		name    string
		columns []string
		records [][]any
		wantErr string
	}{
		{"other column", []string{"a"}, [][]any{{[]any{}}}, "one column"},
		{"two records", []string{"rows"}, [][]any{{[]any{}}, {[]any{}}}, "got 2 records"},
		{"not a list", []string{"rows"}, [][]any{{"x"}}, "want a list"},
		{"short row", []string{"rows"}, [][]any{{[]any{[]any{1}}}}, "packed row 0"},
		{"row not a list", []string{"rows"}, [][]any{{[]any{7}}}, "packed row 0"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := q.Unpack(tt.columns, tt.records); err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Unpack error = %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}
