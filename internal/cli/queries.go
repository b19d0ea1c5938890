package cli

import (
	"encoding/json"
	"fmt"

	"github.com/relmap/relmap/internal/output"
	"github.com/relmap/relmap/queries"
	"github.com/urfave/cli/v2"
)

func (e *env) queriesCommand() *cli.Command {
	return &cli.Command{
		Name:  "queries",
		Usage: "list the canned queries",
		Description: `Lists the canned queries that relmap query and relmap browser run: each
query's name, its parameters (type and default, or required) and what it
answers. The statements live in queries/*.cypher. Neo4j is not needed.

Examples:
   relmap queries
   relmap queries --json | jq '.[].name'
   for q in $(relmap queries --names); do relmap query "$q"; done`,
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "json", Usage: "print the queries with their parameters, columns and Cypher as JSON"},
			&cli.BoolFlag{Name: "names", Usage: "print only the names, one a line (for scripts)"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usagef("queries: takes no arguments, got %q", c.Args().First())
			}
			set, err := queries.Default()
			if err != nil {
				return err
			}
			if c.Bool("names") {
				for _, q := range set.All() {
					if _, err := fmt.Fprintln(e.stdout, q.Name); err != nil {
						return err
					}
				}
				return nil
			}
			if c.Bool("json") {
				type entry struct {
					queries.Query
					Cypher string `json:"cypher"`
				}
				list := []entry{}
				for _, q := range set.All() {
					if q.Params == nil {
						q.Params = []queries.Param{}
					}
					list = append(list, entry{q, q.Cypher})
				}
				enc := json.NewEncoder(e.stdout)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				return enc.Encode(list)
			}
			var rows [][]any
			for _, q := range set.All() {
				rows = append(rows, []any{q.Name, queries.Signature(q.Params), q.Description})
			}
			return output.Write(e.stdout, output.Table, []string{"name", "parameters", "description"}, rows, output.Options{})
		},
	}
}
