package cli

import "github.com/urfave/cli/v2"

func (e *env) queryCommand() *cli.Command {
	return &cli.Command{
		Name:   "query",
		Usage:  "run a canned query",
		Action: notYet("query"),
	}
}
