package cli

import (
	"encoding/json"

	"github.com/relmap/relmap/eval"
	"github.com/relmap/relmap/loader"
	"github.com/urfave/cli/v2"
)

func (e *env) evalCommand() *cli.Command {
	return &cli.Command{
		Name:      "eval",
		Usage:     "score the extractor against gold annotations",
		ArgsUsage: "DIR",
		Description: `Runs the extractor over every NAME.txt (or .md, .html) under DIR that has a
NAME.gold.json beside it, and scores it: entity precision, recall and F1,
relation precision, recall and F1 per type and micro-averaged, and modality
accuracy; then, per document, what was missed and what was found in excess.
Neo4j is not needed.

Examples:
   relmap eval testdata
   relmap eval --json ../shared/corpus | jq .relations.micro`,
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "json", Usage: "print the scores as JSON"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usagef("eval: want one folder, got %d arguments", c.NArg())
			}
			r, err := eval.Run(c.Args().First(), loader.Extract)
			if err != nil {
				return err
			}
			if c.Bool("json") {
				enc := json.NewEncoder(e.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(r)
			}
			return r.Print(e.stdout)
		},
	}
}
