package cli

import "github.com/urfave/cli/v2"

func (e *env) queriesCommand() *cli.Command {
	return &cli.Command{
		Name:   "queries",
		Usage:  "list the canned queries",
		Action: notYet("queries"),
	}
}
