package cli

import "github.com/urfave/cli/v2"

func (e *env) extractCommand() *cli.Command {
	return &cli.Command{
		Name:   "extract",
		Usage:  "print the graph extracted from articles, without Neo4j",
		Action: notYet("extract"),
	}
}
