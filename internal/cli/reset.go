package cli

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/urfave/cli/v2"
)

func (e *env) resetCommand() *cli.Command {
	return &cli.Command{
		Name:  "reset",
		Usage: "delete everything in the graph",
		Description: `Deletes every node and relationship in the database (constraints and
indexes stay). On a terminal it asks first; elsewhere it refuses unless
--yes is given.

Examples:
   relmap reset
   relmap reset --yes`,
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "yes", Aliases: []string{"y"}, Usage: "do not ask for confirmation"},
		},
		Action: func(c *cli.Context) error {
			if !c.Bool("yes") && !readerIsTerminal(e.stdin) {
				return usagef("reset: standard input is not a terminal; add --yes to delete everything")
			}
			store, err := openStore(c)
			if err != nil {
				return err
			}
			defer closeStore(store)
			st, err := store.Stats(c.Context)
			if err != nil {
				return err
			}
			if !c.Bool("yes") {
				fmt.Fprintf(e.stderr, "Delete all %d nodes and %d relationships in %s? [y/N] ",
					st.TotalNodes, st.TotalRelationships, store.Config())
				answer, _ := bufio.NewReader(e.stdin).ReadString('\n')
				if a := strings.ToLower(strings.TrimSpace(answer)); a != "y" && a != "yes" {
					fmt.Fprintln(e.stderr, "nothing deleted")
					return nil
				}
			}
			if err := store.Reset(c.Context); err != nil {
				return err
			}
			fmt.Fprintf(e.stderr, "deleted %d nodes and %d relationships\n", st.TotalNodes, st.TotalRelationships)
			return nil
		},
	}
}

// readerIsTerminal reports whether r is a terminal.
func readerIsTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
