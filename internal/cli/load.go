package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/relmap/relmap/graph"
	"github.com/relmap/relmap/graph/neo4jstore"
	"github.com/relmap/relmap/internal/output"
	"github.com/relmap/relmap/loader"
	"github.com/urfave/cli/v2"
)

func (e *env) loadCommand() *cli.Command {
	return &cli.Command{
		Name:      "load",
		Usage:     "extract articles and write them to Neo4j",
		ArgsUsage: "FILE|DIR|- ...",
		Description: `Reads articles (files; folders recursively, taking .txt .md .markdown .html
.htm but no README or LICENSE; - for standard input), extracts their entities and relations on all
cores, and writes them to Neo4j in batched transactions, after creating the
schema if it is missing.

Entities are resolved across the documents of one load and against those
already in the graph: "Lankov" alone joins a stored "Andrei Lankov", and a
stored lone "Lankov" is folded into an "Andrei Lankov" that a new article
names, so the order articles arrive in does not split one person in two.

A document is identified by its file name. Loading it again with the same
content changes nothing; loading an edited version replaces exactly what the
earlier version said. Each document is written all or nothing, so after an
interruption running the same command again gives the same graph as one
uninterrupted run.

A progress bar shows on standard error when it is a terminal. The summary
goes to standard error (or as JSON to standard output with --json). Files
that cannot be read or extracted are reported and skipped; the exit code is
then 5.

Examples:
   relmap load testdata
   relmap load --force article.txt
   curl -s https://example.org/news.html | relmap load -`,
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Usage: "extract this many files at once", Value: runtime.NumCPU()},
			&cli.IntFlag{Name: "batch", Usage: "rows (documents, entities, mentions, claims) per write transaction", Value: neo4jstore.DefaultBatchRows},
			&cli.BoolFlag{Name: "force", Usage: "rewrite documents even when their content is unchanged"},
			&cli.BoolFlag{Name: "keep-text", Usage: "store each document's full text on its Document node"},
			&cli.BoolFlag{Name: "json", Usage: "print the summary as JSON on standard output"},
		},
		Action: e.load,
	}
}

// loadSummary is what relmap load reports at the end.
type loadSummary struct {
	graph.LoadResult
	// Folded counts the stored entities that this load's documents
	// resolved into others ("Lankov" into "Andrei Lankov").
	Folded  int     `json:"folded"`
	Inputs  int     `json:"inputs"`
	Failed  int     `json:"failed"`
	Seconds float64 `json:"seconds"`
}

// load is relmap load: discover, extract in parallel, merge across the
// documents, write in batches, summarise.
func (e *env) load(c *cli.Context) error {
	if c.NArg() == 0 {
		return usagef("load: name at least one file, folder or - for standard input")
	}
	if c.Int("jobs") < 1 || c.Int("batch") < 1 {
		return usagef("load: --jobs and --batch must be at least 1")
	}
	start := time.Now()
	cfg := config(c)
	cfg.BatchRows = c.Int("batch")
	store, err := neo4jstore.Open(c.Context, cfg)
	if err != nil {
		return err
	}
	defer closeStore(store)
	if err := store.ApplySchema(c.Context); err != nil {
		return err
	}

	bar := newProgress(e.stderr)
	inputs, failed := discover(c.Args().Slice(), bar)
	total := len(inputs) + failed
	xs, n := e.extractAll(inputs, c.Int("jobs"), bar)
	failed += n
	// Resolve across the new documents and against the entities the graph
	// already holds: "Lankov" alone joins a stored "Andrei Lankov", and a
	// stored lone "Lankov" folds into a new "Andrei Lankov".
	known, err := store.KnownEntities(c.Context, loader.LookupNames(xs))
	if err != nil {
		return err
	}
	xs, folds := loader.MergeKnown(known, xs)

	bar.start("writing", len(xs))
	res, err := store.Load(c.Context, xs, graph.LoadOptions{
		Force:    c.Bool("force"),
		KeepText: c.Bool("keep-text"),
		Progress: bar.add,
	})
	bar.finish()
	var lerr *neo4jstore.LoadError
	switch {
	case errors.As(err, &lerr):
		for _, f := range lerr.Failed {
			bar.printf("relmap: %v\n", f)
		}
		failed += len(lerr.Failed)
	case err != nil:
		return err
	}
	// After the writes, which create the entities that stored ones fold into.
	folded, err := store.Fold(c.Context, folds)
	if err != nil {
		return err
	}

	sum := loadSummary{LoadResult: res, Folded: len(folded), Inputs: total, Failed: failed, Seconds: time.Since(start).Seconds()}
	if err := e.printLoadSummary(sum, c.Bool("json")); err != nil {
		return err
	}
	if failed > 0 {
		return partialError{failed: failed, total: total}
	}
	return nil
}

// discover expands the command line into inputs, one argument at a time
// so that a missing path is reported without stopping the others. It
// returns the inputs, without repeats, and how many arguments failed.
func discover(args []string, bar *progress) ([]loader.Input, int) {
	var inputs []loader.Input
	seen := map[string]bool{}
	failed := 0
	for _, a := range args {
		found, err := loader.Discover([]string{a})
		if err != nil {
			bar.printf("relmap: %v\n", err)
			failed++
			continue
		}
		for _, in := range found {
			if !seen[in.Path] {
				seen[in.Path] = true
				inputs = append(inputs, in)
			}
		}
	}
	return inputs, failed
}

// extractAll reads and extracts the inputs on jobs goroutines and returns
// the extractions in input order, with how many inputs failed. Two inputs
// with the same document id (the same file name in two folders) cannot
// both be loaded: the later one fails.
func (e *env) extractAll(inputs []loader.Input, jobs int, bar *progress) ([]graph.Extraction, int) {
	type result struct {
		x   graph.Extraction
		err error
	}
	results := make([]result, len(inputs))
	bar.start("extracting", len(inputs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(jobs, max(len(inputs), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				in := inputs[i]
				data, err := loader.Read(in, e.stdin)
				if err == nil {
					results[i].x, err = loader.Extract(in.ID, in.Path, data)
				}
				results[i].err = err
				bar.add(1)
			}
		}()
	}
	for i := range inputs {
		next <- i
	}
	close(next)
	wg.Wait()
	bar.finish()

	var xs []graph.Extraction
	failed := 0
	firstPath := map[string]string{}
	for i, r := range results {
		in := inputs[i]
		if r.err == nil {
			if p, ok := firstPath[in.ID]; ok {
				r.err = fmt.Errorf("%s: document id %s is already taken by %s; rename one of the files", in.Path, in.ID, p)
			} else {
				firstPath[in.ID] = in.Path
			}
		}
		if r.err != nil {
			bar.printf("relmap: %v\n", r.err)
			failed++
			continue
		}
		xs = append(xs, r.x)
	}
	return xs, failed
}

// printLoadSummary writes the closing summary: as JSON on stdout, or as
// two lines on stderr.
func (e *env) printLoadSummary(s loadSummary, asJSON bool) error {
	if asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(s)
	}
	fmt.Fprintf(e.stderr, "documents: %d new, %d replaced, %d unchanged, %d failed (of %d inputs) in %s\n",
		s.Created, s.Replaced, s.Unchanged, s.Failed, s.Inputs, time.Duration(s.Seconds*float64(time.Second)).Round(time.Millisecond))
	fmt.Fprintf(e.stderr, "entities: %d created, %d updated, %d removed; relationships: %d written, %d removed\n",
		s.EntitiesCreated, s.EntitiesUpdated, s.EntitiesRemoved, s.RelationshipsCreated, s.RelationshipsRemoved)
	if s.Folded > 0 {
		fmt.Fprintf(e.stderr, "entities already in the graph resolved into others: %d\n", s.Folded)
	}
	return nil
}

// progress draws a one-line progress bar on a terminal and nothing
// elsewhere; messages printed through it do not garble the bar.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	tty   bool
	label string
	done  int
	total int
	drawn time.Time
}

func newProgress(w io.Writer) *progress {
	return &progress{w: w, tty: output.IsTerminal(w)}
}

// start begins a phase of total steps.
func (p *progress) start(label string, total int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.label, p.done, p.total = label, 0, total
	p.draw(true)
}

// add records n more steps done.
func (p *progress) add(n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done += n
	p.draw(p.done == p.total)
}

// finish clears the bar.
func (p *progress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
	p.total = 0
}

// printf prints a message above the bar.
func (p *progress) printf(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
	fmt.Fprintf(p.w, format, args...)
	p.draw(true)
}

func (p *progress) clear() {
	if p.tty && p.total > 0 {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

// draw redraws the bar, at most ten times a second unless forced.
func (p *progress) draw(force bool) {
	if !p.tty || p.total == 0 || (!force && time.Since(p.drawn) < 100*time.Millisecond) {
		return
	}
	p.drawn = time.Now()
	const width = 30
	filled := width * p.done / p.total
	fmt.Fprintf(p.w, "\r\033[K%-10s [%s%s] %d/%d", p.label, strings.Repeat("=", filled), strings.Repeat(" ", width-filled), p.done, p.total)
}
