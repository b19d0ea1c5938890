package cli

import "github.com/urfave/cli/v2"

func (e *env) statsCommand() *cli.Command {
	return &cli.Command{
		Name:   "stats",
		Usage:  "count nodes by label and relationships by type",
		Action: notYet("stats"),
	}
}
