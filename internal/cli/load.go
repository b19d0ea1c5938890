package cli

import "github.com/urfave/cli/v2"

func (e *env) loadCommand() *cli.Command {
	return &cli.Command{
		Name:   "load",
		Usage:  "extract articles and write them to Neo4j",
		Action: notYet("load"),
	}
}
