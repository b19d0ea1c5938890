package cli

import (
	"fmt"

	"github.com/urfave/cli/v2"
)

func (e *env) deleteCommand() *cli.Command {
	return &cli.Command{
		Name:      "delete",
		Usage:     "remove documents and the claims only they support",
		ArgsUsage: "DOC ...",
		Description: `Removes each named document (by its id, the file name it was loaded from),
every relationship it asserted, its mentions, and the entities that no other
document supports; aliases that only these documents used disappear too.
Relationships and entities that other documents also state stay.

Examples:
   relmap delete aljazeera-putin-north-korea.txt
   relmap query documents --json | jq -r '.[].id' | grep draft | xargs relmap delete`,
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usagef("delete: name at least one document id")
			}
			store, err := openStore(c)
			if err != nil {
				return err
			}
			defer closeStore(store)
			res, err := store.Delete(c.Context, c.Args().Slice())
			if err != nil {
				return err
			}
			for _, id := range res.Missing {
				fmt.Fprintf(e.stderr, "relmap: no document %s\n", id)
			}
			fmt.Fprintf(e.stderr, "deleted %d documents; removed %d relationships and %d entities\n",
				len(res.Deleted), res.RelationshipsRemoved, res.EntitiesRemoved)
			if len(res.Missing) > 0 {
				return partialError{failed: len(res.Missing), total: len(res.Deleted) + len(res.Missing)}
			}
			return nil
		},
	}
}
