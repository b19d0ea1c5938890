package cli

import "github.com/urfave/cli/v2"

func (e *env) deleteCommand() *cli.Command {
	return &cli.Command{
		Name:   "delete",
		Usage:  "remove documents and the claims only they support",
		Action: notYet("delete"),
	}
}
