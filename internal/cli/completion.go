package cli

import "github.com/urfave/cli/v2"

func (e *env) completionCommand() *cli.Command {
	return &cli.Command{
		Name:   "completion",
		Usage:  "print a shell completion script",
		Action: notYet("completion"),
	}
}
