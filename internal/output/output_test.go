package output

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
)

// caption stands for a graph element, which renders as its caption.
type caption string

func (c caption) String() string { return string(c) }

var (
	columns = []string{"person", "place", "hops", "items", "note"}
	rows    = [][]any{
		{caption("Vladimir Putin"), "North Korea", int64(1), []any{"munitions", "shells"}, nil},
		{caption("Kim"), "Vostochny Сosmodrome", int64(12), []any{}, "line\nbreak, \"quoted\" <b>"},
	}
)

func TestTableAligns(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, Table, columns, rows, Options{}); err != nil {
		t.Fatal(err)
	}
	want := "" +
		"PERSON          PLACE                 HOPS  ITEMS              NOTE\n" +
		"Vladimir Putin  North Korea           1     munitions; shells  \n" +
		"Kim             Vostochny Сosmodrome  12                       line break, \"quoted\" <b>\n"
	if got := b.String(); got != want {
		t.Errorf("table:\n%s\nwant:\n%s", got, want)
	}
}

func TestTableCutsLongCells(t *testing.T) {
	var b bytes.Buffer
	err := Write(&b, Table, []string{"s"}, [][]any{{"Сosmodrome in the far east"}}, Options{MaxWidth: 10})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := b.String(), "S\nСosmodrom…\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestJSONKeepsColumnOrder(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, JSON, columns, rows, Options{MaxWidth: 3}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if i, j := strings.Index(out, `"person"`), strings.Index(out, `"place"`); i < 0 || j < i {
		t.Errorf("columns out of order in %s", out)
	}
	var got []map[string]any
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatalf("invalid JSON %s: %v", out, err)
	}
	if len(got) != 2 || got[1]["note"] != "line\nbreak, \"quoted\" <b>" || got[0]["note"] != nil || got[1]["hops"] != 12.0 {
		t.Errorf("decoded %v", got)
	}
	if !strings.Contains(out, "<b>") {
		t.Errorf("HTML characters escaped in %s", out)
	}
}

func TestJSONEmpty(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, JSON, columns, nil, Options{}); err != nil {
		t.Fatal(err)
	}
	if got, want := b.String(), "[]\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestCSV(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, CSV, columns, rows, Options{MaxWidth: 3}); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 3 || strings.Join(recs[0], ",") != "person,place,hops,items,note" {
		t.Fatalf("records %q", recs)
	}
	if got, want := recs[1][3], "munitions; shells"; got != want {
		t.Errorf("list cell = %q, want %q", got, want)
	}
	if got, want := recs[2][4], "line\nbreak, \"quoted\" <b>"; got != want {
		t.Errorf("cell = %q, want %q", got, want)
	}
}

func TestWriteRejects(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, Table, []string{"a", "b"}, [][]any{{1}}, Options{}); err == nil {
		t.Error("short row accepted")
	}
	if _, err := ParseFormat("yaml"); err == nil || !strings.Contains(err.Error(), "table, json, csv") {
		t.Errorf("ParseFormat(yaml) error = %v", err)
	}
}
