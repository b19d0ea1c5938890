package queries

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// files holds the canned queries shipped with relmap.
//
//go:embed *.cypher
var files embed.FS

// FS returns the canned query files embedded in the binary.
func FS() fs.FS { return files }

// Type is the type of a query parameter.
type Type string

// The parameter types a header may declare.
const (
	String Type = "string"
	Int    Type = "int"
	Float  Type = "float"
	Bool   Type = "bool"
)

// Types lists every parameter type in a stable order.
var Types = []Type{String, Int, Float, Bool}

// Param represents one declared parameter of a query.
type Param struct {
	Name string `json:"name"`
	Type Type   `json:"type"`
	// Required is true when the caller must give a value; otherwise
	// Default applies.
	Required bool `json:"required"`
	// Default is the value used when none is given: a string, int64,
	// float64 or bool according to Type; nil when Required.
	Default     any    `json:"default,omitempty"`
	Description string `json:"description"`
}

// Query represents one canned query: its header and its statement.
type Query struct {
	Name        string   `json:"name"`
	Description string   `json:"description"`
	Params      []Param  `json:"params"`
	Columns     []string `json:"columns"`
	// Cypher is the statement without the header.
	Cypher string `json:"-"`
	// File is the name of the file the query was read from.
	File string `json:"file"`
}

// Set represents a collection of queries with distinct names, in name order.
type Set struct {
	list   []Query
	byName map[string]Query
}

// Default returns the canned queries embedded in the binary. A bad
// embedded file is a build defect that a unit test rules out, so the error
// only guards against that.
func Default() (*Set, error) { return Load(FS()) }

// Load parses every *.cypher file at the root of fsys. It fails on the
// first bad header, on a file whose name differs from the query's name and
// on an empty set.
func Load(fsys fs.FS) (*Set, error) {
	names, err := fs.Glob(fsys, "*.cypher")
	if err != nil {
		return nil, fmt.Errorf("list queries: %w", err)
	}
	if len(names) == 0 {
		return nil, errors.New("list queries: no *.cypher files")
	}
	sort.Strings(names)
	s := &Set{byName: make(map[string]Query, len(names))}
	for _, file := range names {
		src, err := fs.ReadFile(fsys, file)
		if err != nil {
			return nil, fmt.Errorf("read query %s: %w", file, err)
		}
		q, err := Parse(file, src)
		if err != nil {
			return nil, err
		}
		if want := strings.TrimSuffix(path.Base(file), ".cypher"); q.Name != want {
			return nil, fmt.Errorf("query %s: name %q does not match the file name", file, q.Name)
		}
		s.list = append(s.list, q)
		s.byName[q.Name] = q
	}
	return s, nil
}

// All returns the queries in name order.
func (s *Set) All() []Query { return slices.Clone(s.list) }

// Names returns the query names in order.
func (s *Set) Names() []string {
	names := make([]string, len(s.list))
	for i, q := range s.list {
		names[i] = q.Name
	}
	return names
}

// Get returns the query called name. The error, an *UnknownQueryError,
// lists the names that exist.
func (s *Set) Get(name string) (Query, error) {
	q, ok := s.byName[name]
	if !ok {
		return Query{}, &UnknownQueryError{Name: name, Known: s.Names()}
	}
	return q, nil
}

// UnknownQueryError reports a query name that is not in the set.
type UnknownQueryError struct {
	Name  string
	Known []string
}

func (e *UnknownQueryError) Error() string {
	return fmt.Sprintf("unknown query %q (queries: %s)", e.Name, strings.Join(e.Known, ", "))
}

// ParamError reports parameters that do not fit a query: unknown names,
// missing required ones, or values that do not parse as their type.
type ParamError struct {
	Query string
	// Problem says what is wrong, e.g. `unknown parameter "x"`.
	Problem string
	// Params describes the parameters the query takes.
	Params []Param
}

func (e *ParamError) Error() string {
	return fmt.Sprintf("query %s: %s (parameters: %s)", e.Query, e.Problem, Signature(e.Params))
}

// Signature describes params in one line, e.g.
// `entity string (default ""), limit int (default 100)`, or "none".
func Signature(params []Param) string {
	if len(params) == 0 {
		return "none"
	}
	parts := make([]string, len(params))
	for i, p := range params {
		parts[i] = p.Name + " " + string(p.Type) + " " + p.DefaultText()
	}
	return strings.Join(parts, ", ")
}

// DefaultText describes the default for humans: "(required)" or
// `(default "x")`.
func (p Param) DefaultText() string {
	if p.Required {
		return "(required)"
	}
	return "(default " + literal(p.Default) + ")"
}

// literal writes v as the header writes it.
func literal(v any) string {
	switch v := v.(type) {
	case string:
		return strconv.Quote(v)
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	default:
		return fmt.Sprint(v)
	}
}

// Bind turns the raw text values the user gave (name → text) into typed
// Cypher parameters, applying defaults. Every declared parameter is in the
// result. The error is a *ParamError.
func (q Query) Bind(raw map[string]string) (map[string]any, error) {
	fail := func(format string, args ...any) error {
		return &ParamError{Query: q.Name, Problem: fmt.Sprintf(format, args...), Params: q.Params}
	}
	var unknown []string
	for name := range raw {
		if !slices.ContainsFunc(q.Params, func(p Param) bool { return p.Name == name }) {
			unknown = append(unknown, strconv.Quote(name))
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return nil, fail("unknown parameter %s", strings.Join(unknown, ", "))
	}
	out := make(map[string]any, len(q.Params))
	var missing []string
	for _, p := range q.Params {
		text, given := raw[p.Name]
		switch {
		case given:
			v, err := p.Type.Parse(text)
			if err != nil {
				return nil, fail("parameter %s: %v", p.Name, err)
			}
			out[p.Name] = v
		case p.Required:
			missing = append(missing, p.Name)
		default:
			out[p.Name] = p.Default
		}
	}
	if len(missing) > 0 {
		return nil, fail("missing required parameter %s", strings.Join(missing, ", "))
	}
	return out, nil
}

// Parse converts text to a value of type t: string, int64, float64 or bool.
func (t Type) Parse(text string) (any, error) {
	switch t {
	case String:
		return text, nil
	case Int:
		v, err := strconv.ParseInt(strings.TrimSpace(text), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%q is not an int", text)
		}
		return v, nil
	case Float:
		v, err := strconv.ParseFloat(strings.TrimSpace(text), 64)
		if err != nil {
			return nil, fmt.Errorf("%q is not a float", text)
		}
		return v, nil
	case Bool:
		v, err := strconv.ParseBool(strings.TrimSpace(text))
		if err != nil {
			return nil, fmt.Errorf("%q is not a bool (true or false)", text)
		}
		return v, nil
	}
	return nil, fmt.Errorf("unknown type %q", t)
}

// Valid reports whether t is one of the known types.
func (t Type) Valid() bool { return slices.Contains(Types, t) }

var (
	nameRE   = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)
	paramRE  = regexp.MustCompile(`^([a-z][a-z0-9_]*)\s+(\S+)\s+(required|"(?:[^"\\]|\\.)*"|\S+)\s+(?:—|--|-)\s+(\S.*)$`)
	columnRE = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)
	// usedParamRE finds $name parameter references in a statement.
	usedParamRE = regexp.MustCompile(`\$([A-Za-z_][A-Za-z0-9_]*)`)
	// writeRE finds clauses that change the graph or the schema.
	writeRE = regexp.MustCompile(`(?i)\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|FOREACH|LOAD\s+CSV|IN\s+TRANSACTIONS)\b`)
)

// Parse reads one query file. file names the file in errors.
func Parse(file string, src []byte) (Query, error) {
	fail := func(format string, args ...any) (Query, error) {
		return Query{}, fmt.Errorf("query %s: %s", file, fmt.Sprintf(format, args...))
	}
	q := Query{File: file}
	lines := strings.Split(strings.ReplaceAll(string(src), "\r\n", "\n"), "\n")
	i := 0
	seen := map[string]bool{}
	for ; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		if !strings.HasPrefix(line, "//") {
			break
		}
		body := strings.TrimSpace(strings.TrimPrefix(line, "//"))
		key, value, ok := strings.Cut(body, ":")
		if !ok {
			return fail("line %d: header line %q is not \"key: value\"", i+1, body)
		}
		key, value = strings.TrimSpace(key), strings.TrimSpace(value)
		if key != "param" && seen[key] {
			return fail("line %d: %s given twice", i+1, key)
		}
		seen[key] = true
		switch key {
		case "name":
			if !nameRE.MatchString(value) {
				return fail("line %d: name %q must be lower case letters, digits and _", i+1, value)
			}
			q.Name = value
		case "description":
			if value == "" {
				return fail("line %d: empty description", i+1)
			}
			q.Description = value
		case "param":
			p, err := parseParam(value)
			if err != nil {
				return fail("line %d: %v", i+1, err)
			}
			if slices.ContainsFunc(q.Params, func(o Param) bool { return o.Name == p.Name }) {
				return fail("line %d: parameter %s declared twice", i+1, p.Name)
			}
			q.Params = append(q.Params, p)
		case "columns":
			for _, c := range strings.Split(value, ",") {
				c = strings.TrimSpace(c)
				if !columnRE.MatchString(c) {
					return fail("line %d: column %q must be lower case letters, digits and _", i+1, c)
				}
				if slices.Contains(q.Columns, c) {
					return fail("line %d: column %s listed twice", i+1, c)
				}
				q.Columns = append(q.Columns, c)
			}
		default:
			return fail("line %d: unknown header key %q (want name, description, param, columns)", i+1, key)
		}
	}
	switch {
	case q.Name == "":
		return fail("header has no name")
	case q.Description == "":
		return fail("header has no description")
	case len(q.Columns) == 0:
		return fail("header has no columns")
	}
	q.Cypher = strings.TrimSpace(strings.Join(lines[i:], "\n"))
	if q.Cypher == "" {
		return fail("no statement below the header")
	}
	code := stripLiteralsAndComments(q.Cypher)
	if strings.Contains(strings.TrimSuffix(strings.TrimSpace(code), ";"), ";") {
		return fail("more than one statement")
	}
	if m := writeRE.FindString(code); m != "" {
		return fail("statement is not read-only: it uses %s", strings.ToUpper(m))
	}
	used := map[string]bool{}
	for _, m := range usedParamRE.FindAllStringSubmatch(code, -1) {
		used[m[1]] = true
	}
	for _, p := range q.Params {
		if !used[p.Name] {
			return fail("parameter %s is declared but the statement never uses $%s", p.Name, p.Name)
		}
		delete(used, p.Name)
	}
	if len(used) > 0 {
		var names []string
		for n := range used {
			names = append(names, "$"+n)
		}
		sort.Strings(names)
		return fail("statement uses undeclared parameter %s", strings.Join(names, ", "))
	}
	return q, nil
}

// parseParam reads the value of a "param:" header line.
func parseParam(s string) (Param, error) {
	m := paramRE.FindStringSubmatch(s)
	if m == nil {
		return Param{}, fmt.Errorf(`param %q: want "NAME TYPE DEFAULT|required — description"`, s)
	}
	p := Param{Name: m[1], Type: Type(m[2]), Description: m[4]}
	if !p.Type.Valid() {
		return Param{}, fmt.Errorf("param %s: unknown type %q (types: string, int, float, bool)", p.Name, m[2])
	}
	if m[3] == "required" {
		p.Required = true
		return p, nil
	}
	text := m[3]
	if p.Type == String {
		unq, err := strconv.Unquote(text)
		if err != nil || !strings.HasPrefix(text, `"`) {
			return Param{}, fmt.Errorf("param %s: string default %s must be a quoted Go string", p.Name, text)
		}
		p.Default = unq
		return p, nil
	}
	v, err := p.Type.Parse(text)
	if err != nil {
		return Param{}, fmt.Errorf("param %s: default: %w", p.Name, err)
	}
	p.Default = v
	return p, nil
}

// stripLiteralsAndComments blanks out string literals, backquoted names
// and comments so that keyword and parameter scans see only code.
func stripLiteralsAndComments(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\'' || c == '"' || c == '`':
			j := i + 1
			for j < len(s) && s[j] != c {
				if s[j] == '\\' && c != '`' {
					j++
				}
				j++
			}
			b.WriteString(" ")
			i = j
		case c == '/' && i+1 < len(s) && s[i+1] == '/':
			for i < len(s) && s[i] != '\n' {
				i++
			}
			b.WriteByte('\n')
		case c == '/' && i+1 < len(s) && s[i+1] == '*':
			end := strings.Index(s[i+2:], "*/")
			if end < 0 {
				i = len(s)
			} else {
				i += end + 3
			}
			b.WriteByte(' ')
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// Arrange returns rows, whose values follow columns, with their values in
// the order of q's declared columns. It fails if columns are not exactly
// the declared ones: the statement and its header disagree.
func (q Query) Arrange(columns []string, rows [][]any) ([][]any, error) {
	idx := make([]int, len(q.Columns))
	for i, col := range q.Columns {
		idx[i] = slices.Index(columns, col)
	}
	if len(columns) != len(q.Columns) || slices.Contains(idx, -1) {
		return nil, fmt.Errorf("query %s: the statement returned columns %s but its header declares %s",
			q.Name, strings.Join(columns, ", "), strings.Join(q.Columns, ", "))
	}
	out := make([][]any, len(rows))
	for r, row := range rows {
		vals := make([]any, len(idx))
		for i, j := range idx {
			vals[i] = row[j]
		}
		out[r] = vals
	}
	return out, nil
}
