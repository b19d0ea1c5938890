package cli

import (
	"encoding/json"
	"fmt"

	"github.com/relmap/relmap/graph"
	"github.com/relmap/relmap/internal/output"
	"github.com/urfave/cli/v2"
)

func (e *env) statsCommand() *cli.Command {
	return &cli.Command{
		Name:  "stats",
		Usage: "count nodes by label and relationships by type",
		Description: `Counts the nodes by label (Document, Entity, Person, Country, Organization,
Place) and the relationships by type (MENTIONS and each relation type), and
everything in total. One relationship of a type is one claim by one
document, so VISITED counts document-backed visits, not distinct pairs.

Examples:
   relmap stats
   relmap stats --json | jq .relationships.MET`,
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "json", Usage: "print the counts as JSON"},
		},
		Action: func(c *cli.Context) error {
			store, err := openStore(c)
			if err != nil {
				return err
			}
			defer closeStore(store)
			st, err := store.Stats(c.Context)
			if err != nil {
				return err
			}
			if c.Bool("json") {
				enc := json.NewEncoder(e.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(st)
			}
			return writeStats(e, st)
		},
	}
}

// writeStats prints the counts as two tables, labels then types, in the
// vocabulary's order.
func writeStats(e *env, st graph.Stats) error {
	labels := []string{"Document", "Entity"}
	for _, k := range graph.Kinds {
		labels = append(labels, string(k))
	}
	var rows [][]any
	for _, l := range labels {
		rows = append(rows, []any{l, st.Nodes[l]})
	}
	rows = append(rows, []any{"(all nodes)", st.TotalNodes})
	if err := output.Write(e.stdout, output.Table, []string{"label", "nodes"}, rows, output.Options{}); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout)
	types := []string{"MENTIONS"}
	for _, t := range graph.RelTypes {
		types = append(types, string(t))
	}
	rows = nil
	for _, t := range types {
		rows = append(rows, []any{t, st.Relationships[t]})
	}
	rows = append(rows, []any{"(all relationships)", st.TotalRelationships})
	return output.Write(e.stdout, output.Table, []string{"type", "relationships"}, rows, output.Options{})
}
