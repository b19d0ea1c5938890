package queries

import (
	"fmt"
	"strings"
)

// PackedColumn is the one column that a packed statement returns.
const PackedColumn = "rows"

// Packed returns q's statement wrapped so that the server sends all its
// rows as one list in a single record: each element is a row, its values in
// the order of q's declared columns, and the list keeps the statement's
// row order. Unpack turns the record back into rows.
//
// The wrapping saves time on every row: the Go driver does several socket
// reads per record it receives, each raced against a timer in its own
// goroutine, which costs about as much per row as the server's work on a
// one-hop query. Neo4j Browser and cypher-shell run q.Cypher unchanged.
func (q Query) Packed() string {
	cols := make([]string, len(q.Columns))
	for i, c := range q.Columns {
		cols[i] = "`" + c + "`"
	}
	stmt := strings.TrimSuffix(strings.TrimSpace(q.Cypher), ";")
	return "CALL () {\n" + stmt + "\n}\nRETURN collect([" + strings.Join(cols, ", ") + "]) AS " + PackedColumn
}

// Unpack returns the rows of a record that q's packed statement returned,
// with their values in the order of q's declared columns.
func (q Query) Unpack(columns []string, records [][]any) ([][]any, error) {
	if len(columns) != 1 || columns[0] != PackedColumn || len(records) != 1 || len(records[0]) != 1 {
		return nil, fmt.Errorf("query %s: a packed statement returns one record with one column %q; got %d records under %v",
			q.Name, PackedColumn, len(records), columns)
	}
	list, ok := records[0][0].([]any)
	if !ok {
		return nil, fmt.Errorf("query %s: packed rows are a %T, want a list", q.Name, records[0][0])
	}
	rows := make([][]any, len(list))
	for i, v := range list {
		row, ok := v.([]any)
		if !ok || len(row) != len(q.Columns) {
			return nil, fmt.Errorf("query %s: packed row %d is %v, want %d values", q.Name, i, v, len(q.Columns))
		}
		rows[i] = row
	}
	return rows, nil
}
