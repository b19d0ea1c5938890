package cli

import "github.com/urfave/cli/v2"

func (e *env) resetCommand() *cli.Command {
	return &cli.Command{
		Name:   "reset",
		Usage:  "delete everything in the graph",
		Action: notYet("reset"),
	}
}
