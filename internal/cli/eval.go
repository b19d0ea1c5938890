package cli

import "github.com/urfave/cli/v2"

func (e *env) evalCommand() *cli.Command {
	return &cli.Command{
		Name:   "eval",
		Usage:  "score the extractor against gold annotations",
		Action: notYet("eval"),
	}
}
