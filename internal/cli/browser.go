package cli

import "github.com/urfave/cli/v2"

func (e *env) browserCommand() *cli.Command {
	return &cli.Command{
		Name:   "browser",
		Usage:  "print a Neo4j Browser URL for a canned query",
		Action: notYet("browser"),
	}
}
