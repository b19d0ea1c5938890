package cli

import "github.com/urfave/cli/v2"

func (e *env) schemaCommand() *cli.Command {
	return &cli.Command{
		Name:   "schema",
		Usage:  "create and show constraints and indexes",
		Action: notYet("schema"),
	}
}
