package cli

import (
	"encoding/json"
	"strings"

	"github.com/relmap/relmap/internal/output"
	"github.com/urfave/cli/v2"
)

func (e *env) schemaCommand() *cli.Command {
	return &cli.Command{
		Name:  "schema",
		Usage: "create and show constraints and indexes",
		Description: `Creates the constraints and indexes relmap relies on, where missing (relmap
load does this too), waits until they are online, and lists them: unique ids
per entity label and for :Entity and :Document, indexes on entity names, a
full-text index on names and aliases, and an index on the asserting
document of each relationship type.

Examples:
   relmap schema
   relmap schema --json`,
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "json", Usage: "print the schema as JSON"},
		},
		Action: func(c *cli.Context) error {
			store, err := openStore(c)
			if err != nil {
				return err
			}
			defer closeStore(store)
			if err := store.ApplySchema(c.Context); err != nil {
				return err
			}
			sch, err := store.Schema(c.Context)
			if err != nil {
				return err
			}
			if c.Bool("json") {
				enc := json.NewEncoder(e.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(sch)
			}
			cols := []string{"kind", "name", "type", "on", "properties", "state"}
			var rows [][]any
			for _, it := range sch.Constraints {
				rows = append(rows, []any{"constraint", it.Name, it.Type, strings.Join(it.On, "|"), strings.Join(it.Properties, ", "), ""})
			}
			for _, it := range sch.Indexes {
				rows = append(rows, []any{"index", it.Name, it.Type, strings.Join(it.On, "|"), strings.Join(it.Properties, ", "), it.State})
			}
			return output.Write(e.stdout, output.Table, cols, rows, output.Options{})
		},
	}
}
