package cli

import (
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/relmap/relmap/graph/neo4jstore"
	"github.com/relmap/relmap/internal/output"
	"github.com/relmap/relmap/queries"
	"github.com/urfave/cli/v2"
)

// terminalWidth is the widest a table cell gets on a terminal.
const terminalWidth = 60

func (e *env) queryCommand() *cli.Command {
	return &cli.Command{
		Name:      "query",
		Usage:     "run a canned query and print its rows",
		ArgsUsage: "NAME",
		Description: `Runs the canned query NAME (see relmap queries) in a read transaction and
prints its rows: an aligned table by default (long cells are cut on a
terminal), or JSON or CSV with --format. Parameters are given as
--param key=value, once per parameter; values are typed (string, int,
float, bool) and reach Neo4j only as query parameters. Entities are found
by any alias, in any case. Rows go to stdout, messages to stderr.

Examples:
   relmap query visits
   relmap query visits --param entity=putin
   relmap query entity --param name="Kim Jong-un" --format json
   relmap query path --param from=Lankov --param to="Kim Jong Un"
   relmap query evidence -p from=Putin -p to="North Korea" --format csv > why.csv
   relmap query connected --param limit=5`,
		Flags: append(queryParamFlags(),
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table", Usage: "output format: table, json or csv"},
			&cli.DurationFlag{Name: "timeout", Value: neo4jstore.DefaultQueryTimeout, Usage: "stop the query after this long"},
		),
		BashComplete: e.completeQueryNames,
		Action: func(c *cli.Context) error {
			q, params, err := canned(c, "query")
			if err != nil {
				return err
			}
			format, err := output.ParseFormat(c.String("format"))
			if err != nil {
				return usageError{err}
			}
			if c.Duration("timeout") <= 0 {
				return usagef("query: --timeout must be positive")
			}
			store, err := openStore(c)
			if err != nil {
				return err
			}
			defer closeStore(store)
			res, err := store.Query(c.Context, q.Packed(), params, c.Duration("timeout"))
			if err != nil {
				return fmt.Errorf("query %s: %w", q.Name, err)
			}
			rows, err := q.Unpack(res.Columns, res.Rows)
			if err != nil {
				return err
			}
			opts := output.Options{}
			tty := output.IsTerminal(e.stdout)
			if tty {
				opts.MaxWidth = terminalWidth
			}
			if err := output.Write(e.stdout, format, q.Columns, rows, opts); err != nil {
				return err
			}
			if tty {
				fmt.Fprintln(e.stderr, rowsNote(len(rows), params["limit"]))
			}
			return nil
		},
	}
}

// rowsNote says, for a person at a terminal, how many rows a query gave
// and, when it gave as many as its limit allowed, how to ask for more.
func rowsNote(n int, limit any) string {
	note := fmt.Sprintf("(%d rows)", n)
	if n == 1 {
		note = "(1 row)"
	}
	if l, ok := limit.(int64); ok && l > 0 && int64(n) == l {
		note = fmt.Sprintf("(%d rows, the limit: -p limit=%d shows more)", n, 10*l)
	}
	return note
}

// queryParamFlags are the flags that pass parameters to a canned query.
func queryParamFlags() []cli.Flag {
	return []cli.Flag{
		&cli.GenericFlag{Name: "param", Aliases: []string{"p"}, Value: &paramFlag{}, Usage: "a query parameter as key=value (repeat for more)"},
	}
}

// paramFlag collects repeated --param key=value flags.
type paramFlag struct {
	values map[string]string
}

// Set records one key=value pair.
func (p *paramFlag) Set(s string) error {
	k, v, ok := strings.Cut(s, "=")
	k = strings.TrimSpace(k)
	if !ok || k == "" {
		return fmt.Errorf("want key=value, got %q", s)
	}
	if p.values == nil {
		p.values = map[string]string{}
	}
	if _, dup := p.values[k]; dup {
		return fmt.Errorf("parameter %s given twice", k)
	}
	p.values[k] = v
	return nil
}

// String lists the pairs, for help output.
func (p *paramFlag) String() string {
	if p == nil || len(p.values) == 0 {
		return ""
	}
	keys := make([]string, 0, len(p.values))
	for k := range p.values {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for i, k := range keys {
		keys[i] = k + "=" + p.values[k]
	}
	return strings.Join(keys, " ")
}

// canned finds the query named by the first argument and binds the
// --param flags to it. Every problem is a usage error that lists what
// exists. Exactly one argument is allowed, or none when optional is set
// (the query is then zero and params nil).
func canned(c *cli.Context, command string, optional ...bool) (queries.Query, map[string]any, error) {
	set, err := queries.Default()
	if err != nil {
		return queries.Query{}, nil, err
	}
	args, err := flagsAfterArgs(c)
	if err != nil {
		return queries.Query{}, nil, usagef("%s: %v", command, err)
	}
	raw := map[string]string{}
	if p, ok := c.Generic("param").(*paramFlag); ok && p.values != nil {
		raw = p.values
	}
	switch {
	case len(args) == 0 && len(optional) > 0 && optional[0]:
		if len(raw) > 0 {
			return queries.Query{}, nil, usagef("%s: --param needs a query name", command)
		}
		return queries.Query{}, nil, nil
	case len(args) == 0:
		return queries.Query{}, nil, usagef("%s: name a query (queries: %s)", command, strings.Join(set.Names(), ", "))
	case len(args) > 1:
		return queries.Query{}, nil, usagef("%s: want one query name, got %q", command, args)
	}
	q, err := set.Get(args[0])
	if err != nil {
		return queries.Query{}, nil, usageError{fmt.Errorf("%s: %w", command, err)}
	}
	params, err := q.Bind(raw)
	if err != nil {
		return queries.Query{}, nil, usageError{err}
	}
	return q, params, nil
}

// completeQueryNames prints the canned query names for shell completion.
func (e *env) completeQueryNames(c *cli.Context) {
	if c.NArg() > 0 {
		return
	}
	set, err := queries.Default()
	if err != nil {
		return
	}
	for _, n := range set.Names() {
		fmt.Fprintln(e.stdout, n)
	}
}

// flagsAfterArgs parses the flags that follow the first argument, as in
// "relmap query visits --param entity=Putin", which urfave/cli leaves
// unparsed, and returns the remaining arguments.
func flagsAfterArgs(c *cli.Context) ([]string, error) {
	args := c.Args().Slice()
	if len(args) < 2 {
		return args, nil
	}
	fs := flag.NewFlagSet(c.Command.Name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	canonical := map[string]string{}
	for _, fl := range append(slices.Clone(c.Command.Flags), c.App.Flags...) {
		if fs.Lookup(fl.Names()[0]) != nil {
			continue // the help flag is both the app's and the command's
		}
		if err := fl.Apply(fs); err != nil {
			return nil, err
		}
		for _, n := range fl.Names() {
			canonical[n] = fl.Names()[0]
		}
	}
	if err := fs.Parse(args[1:]); err != nil {
		return nil, err
	}
	var err error
	fs.Visit(func(f *flag.Flag) {
		if _, shared := f.Value.(*paramFlag); shared || err != nil {
			return // the same value as the command's: already set by Parse
		}
		err = c.Set(canonical[f.Name], f.Value.String())
	})
	if err != nil {
		return nil, err
	}
	return append(args[:1:1], fs.Args()...), nil
}
