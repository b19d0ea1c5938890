package neo4jstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// DefaultQueryTimeout bounds a read query when the caller gives no timeout.
const DefaultQueryTimeout = 30 * time.Second

// ErrQueryTimeout means a read query ran past its timeout and was stopped.
var ErrQueryTimeout = errors.New("query timed out")

// Result holds the rows a read query returned, with the column names in
// the order the statement's RETURN gives them. Values are plain Go values:
// nil, bool, int64, float64, string, []any, map[string]any, and Node,
// Relationship and Path for graph elements; temporal values become ISO
// strings.
type Result struct {
	Columns []string
	Rows    [][]any
}

// Query runs one statement in a read transaction, routed to readers, with
// params as its only source of values. The transaction is stopped by the
// server after timeout (DefaultQueryTimeout when timeout is 0); the error
// then wraps ErrQueryTimeout. A statement that tries to write fails.
func (s *Store) Query(ctx context.Context, cypher string, params map[string]any, timeout time.Duration) (Result, error) {
	if timeout <= 0 {
		timeout = DefaultQueryTimeout
	}
	// The client-side deadline leaves the server a moment to report its own
	// timeout first, which gives the clearer error.
	ctx, cancel := context.WithTimeout(ctx, timeout+5*time.Second)
	defer cancel()
	res, err := neo4j.ExecuteQuery(ctx, s.driver, cypher, params, neo4j.EagerResultTransformer,
		s.dbOpt(),
		neo4j.ExecuteQueryWithReadersRouting(),
		neo4j.ExecuteQueryWithTransactionConfig(neo4j.WithTxTimeout(timeout)),
	)
	if err != nil {
		var nerr *neo4j.Neo4jError
		if (errors.As(err, &nerr) && strings.Contains(nerr.Code, "TransactionTimedOut")) || errors.Is(err, context.DeadlineExceeded) {
			return Result{}, fmt.Errorf("read query: %w after %s", ErrQueryTimeout, timeout)
		}
		return Result{}, fmt.Errorf("read query: %w", s.wrap(err))
	}
	out := Result{Columns: res.Keys, Rows: make([][]any, len(res.Records))}
	for i, rec := range res.Records {
		row := make([]any, len(rec.Values))
		for j, v := range rec.Values {
			row[j] = plain(v)
		}
		out.Rows[i] = row
	}
	return out, nil
}

// Node represents a node in a query result.
type Node struct {
	ElementID string         `json:"-"`
	Labels    []string       `json:"labels"`
	Props     map[string]any `json:"properties"`
}

// String returns the node's caption: its name, else its title, else its id.
func (n Node) String() string {
	for _, k := range []string{"name", "title", "id"} {
		if v, ok := n.Props[k].(string); ok && v != "" {
			return v
		}
	}
	return n.ElementID
}

// MarshalJSON writes the node as its id, caption and labels.
func (n Node) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		ID     any      `json:"id"`
		Name   string   `json:"name"`
		Labels []string `json:"labels"`
	}{n.Props["id"], n.String(), n.Labels})
}

// Relationship represents a relationship in a query result.
type Relationship struct {
	ElementID      string         `json:"-"`
	Type           string         `json:"type"`
	StartElementID string         `json:"-"`
	EndElementID   string         `json:"-"`
	Props          map[string]any `json:"properties"`
}

// String returns the relationship's type.
func (r Relationship) String() string { return r.Type }

// Path represents a path in a query result: Nodes[i] and Nodes[i+1] are
// joined by Relationships[i].
type Path struct {
	Nodes         []Node         `json:"nodes"`
	Relationships []Relationship `json:"relationships"`
}

// String writes the path with arrows in the direction of each relationship,
// e.g. "Vladimir Putin -[MET]-> Kim Jong Un <-[QUOTED]- Al Jazeera".
func (p Path) String() string {
	var b strings.Builder
	for i, n := range p.Nodes {
		if i > 0 {
			r := p.Relationships[i-1]
			if r.StartElementID == p.Nodes[i-1].ElementID {
				b.WriteString(" -[" + r.Type + "]-> ")
			} else {
				b.WriteString(" <-[" + r.Type + "]- ")
			}
		}
		b.WriteString(n.String())
	}
	return b.String()
}

// MarshalJSON writes the path as its nodes and the types and directions of
// its steps.
func (p Path) MarshalJSON() ([]byte, error) {
	type step struct {
		Type    string `json:"type"`
		Forward bool   `json:"forward"`
	}
	steps := make([]step, len(p.Relationships))
	for i, r := range p.Relationships {
		steps[i] = step{r.Type, r.StartElementID == p.Nodes[i].ElementID}
	}
	return json.Marshal(struct {
		Nodes []Node `json:"nodes"`
		Steps []step `json:"steps"`
	}{p.Nodes, steps})
}

// plain converts a driver value to a plain Go value.
func plain(v any) any {
	switch v := v.(type) {
	case dbtype.Node:
		return toNode(v)
	case dbtype.Relationship:
		return toRel(v)
	case dbtype.Path:
		p := Path{Nodes: make([]Node, len(v.Nodes)), Relationships: make([]Relationship, len(v.Relationships))}
		for i, n := range v.Nodes {
			p.Nodes[i] = toNode(n)
		}
		for i, r := range v.Relationships {
			p.Relationships[i] = toRel(r)
		}
		return p
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = plain(x)
		}
		return out
	case map[string]any:
		return plainMap(v)
	case dbtype.Date:
		return v.Time().Format("2006-01-02")
	case dbtype.LocalDateTime:
		return v.Time().Format("2006-01-02T15:04:05.999999999")
	case time.Time:
		return v.Format(time.RFC3339Nano)
	case dbtype.Duration:
		return v.String()
	case fmt.Stringer:
		return v.String()
	}
	return v
}

func plainMap(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, x := range m {
		out[k] = plain(x)
	}
	return out
}

func toNode(n dbtype.Node) Node {
	labels := append([]string(nil), n.Labels...)
	sort.Strings(labels)
	return Node{ElementID: n.ElementId, Labels: labels, Props: plainMap(n.Props)}
}

func toRel(r dbtype.Relationship) Relationship {
	return Relationship{ElementID: r.ElementId, Type: r.Type, StartElementID: r.StartElementId, EndElementID: r.EndElementId, Props: plainMap(r.Props)}
}
