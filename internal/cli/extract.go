package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/relmap/relmap/graph"
	"github.com/relmap/relmap/loader"
	"github.com/urfave/cli/v2"
)

// extractCommand prints the graph extracted from articles without touching
// Neo4j.
//
// Formats:
//   - summary (default): per document, the entities by kind with their
//     aliases and mention counts, then the relations with modality, date,
//     items, quote, rule and evidence sentence.
//   - json: the []graph.Extraction array, indented. Its schema is stable:
//     each element is {"document": {id, title, outlet, url, published,
//     source, hash}, "entities": [{id, kind, name, aliases}], "relations":
//     [{type, from, to, modality, date, items, quote, evidence: {document,
//     sentence, start, end, rule}}], "mentions": {entity id: count}}; start
//     and end are byte offsets of the evidence sentence in the document's
//     text (the input for text and Markdown, the visible text for HTML).
//     Entities across the documents are merged by loader.Merge first.
//   - cypher: a script for cypher-shell that MERGEs the same graph that
//     "relmap load" writes (Document, Entity nodes with their kind label,
//     MENTIONS, and one relationship per claim and document), values
//     inlined as escaped Cypher string literals.
func (e *env) extractCommand() *cli.Command {
	return &cli.Command{
		Name:      "extract",
		Usage:     "print the graph extracted from articles, without Neo4j",
		ArgsUsage: "FILE|DIR|- ...",
		Description: "Reads articles (plain text, Markdown or HTML; folders recursively; - for standard input)\n" +
			"and prints the entities and relations found, with their evidence.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "summary", Usage: "output format: summary, json or cypher"},
		},
		Action: e.extract,
	}
}

func (e *env) extract(c *cli.Context) error {
	format := c.String("format")
	if format != "summary" && format != "json" && format != "cypher" {
		return usagef("extract: unknown format %q (want summary, json or cypher)", format)
	}
	if c.NArg() == 0 {
		return usagef("extract: name at least one file, folder or - for standard input")
	}
	inputs, err := loader.Discover(c.Args().Slice())
	if err != nil {
		return usageError{err}
	}
	if len(inputs) == 0 {
		return usagef("extract: no articles (.txt, .md, .markdown, .html, .htm) found")
	}
	var xs []graph.Extraction
	failed := 0
	for _, in := range inputs {
		data, err := loader.Read(in, e.stdin)
		if err == nil {
			var x graph.Extraction
			x, err = loader.Extract(in.ID, in.Path, data)
			if err == nil {
				err = x.Validate()
			}
			if err == nil {
				xs = append(xs, x)
				continue
			}
		}
		failed++
		fmt.Fprintf(e.stderr, "relmap: %s: %v\n", in.Path, err)
	}
	xs = loader.Merge(xs)
	switch format {
	case "json":
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if xs == nil {
			xs = []graph.Extraction{}
		}
		if err := enc.Encode(xs); err != nil {
			return fmt.Errorf("extract: %w", err)
		}
	case "cypher":
		writeCypher(e.stdout, xs)
	default:
		writeSummary(e.stdout, xs)
	}
	if failed > 0 {
		return partialError{failed: failed, total: len(inputs)}
	}
	return nil
}

// writeSummary prints extractions for people to read.
func writeSummary(w io.Writer, xs []graph.Extraction) {
	for n, x := range xs {
		if n > 0 {
			fmt.Fprintln(w)
		}
		d := x.Document
		fmt.Fprintf(w, "== %s", d.ID)
		var meta []string
		for _, v := range []string{d.Outlet, d.Published} {
			if v != "" {
				meta = append(meta, v)
			}
		}
		if len(meta) > 0 {
			fmt.Fprintf(w, " (%s)", strings.Join(meta, ", "))
		}
		fmt.Fprintln(w)
		if d.Title != "" {
			fmt.Fprintf(w, "   %s\n", d.Title)
		}
		names := map[string]string{}
		for _, en := range x.Entities {
			names[en.ID] = en.Name
		}
		for _, k := range graph.Kinds {
			var lines []string
			for _, en := range x.Entities {
				if en.Kind != k {
					continue
				}
				var other []string
				for _, a := range en.Aliases {
					if a != en.Name {
						other = append(other, a)
					}
				}
				l := fmt.Sprintf("  %s  [%s]  x%d", en.Name, en.ID, x.Mentions[en.ID])
				if len(other) > 0 {
					l += "  aka " + strings.Join(other, "; ")
				}
				lines = append(lines, l)
			}
			if len(lines) > 0 {
				fmt.Fprintf(w, "%s (%d)\n%s\n", k, len(lines), strings.Join(lines, "\n"))
			}
		}
		fmt.Fprintf(w, "Relations (%d)\n", len(x.Relations))
		for _, r := range x.Relations {
			arrow := "->"
			if r.Type.Symmetric() {
				arrow = "--"
			}
			fmt.Fprintf(w, "  %s %s %s %s  %s", names[r.From], r.Type, arrow, names[r.To], r.Modality)
			if r.Date != "" {
				fmt.Fprintf(w, "  %s", r.Date)
			}
			fmt.Fprintf(w, "  [%s]\n", r.Evidence.Rule)
			if len(r.Items) > 0 {
				fmt.Fprintf(w, "      items: %s\n", strings.Join(r.Items, ", "))
			}
			if r.Quote != "" {
				fmt.Fprintf(w, "      quote: %s\n", oneLine(r.Quote))
			}
			fmt.Fprintf(w, "      > %s\n", oneLine(r.Evidence.Sentence))
		}
	}
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// cypherString quotes s as a Cypher string literal. Backslashes, quotes and
// control characters are escaped, so no input can end the literal.
func cypherString(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('\'')
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '\'':
			b.WriteString(`\'`)
		case '"':
			b.WriteString(`\"`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			if r < 0x20 || r == 0x7f || r == 0x2028 || r == 0x2029 {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('\'')
	return b.String()
}

func cypherList(xs []string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = cypherString(x)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// writeCypher prints a cypher-shell script that MERGEs the extractions.
// Labels and relationship types come only from graph.Kinds and
// graph.RelTypes, never from the text.
func writeCypher(w io.Writer, xs []graph.Extraction) {
	fmt.Fprintln(w, "// relmap extract --format cypher: run with cypher-shell -f FILE")
	fmt.Fprintln(w, "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;")
	fmt.Fprintln(w, "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;")
	for _, x := range xs {
		d := x.Document
		fmt.Fprintf(w, "\n// document %s\n", d.ID)
		props := []string{"title", d.Title, "outlet", d.Outlet, "url", d.URL, "published", d.Published, "hash", d.Hash, "source", d.Source, "text", d.Text}
		var sets []string
		for i := 0; i < len(props); i += 2 {
			if props[i+1] != "" {
				sets = append(sets, fmt.Sprintf("d.%s = %s", props[i], cypherString(props[i+1])))
			}
		}
		fmt.Fprintf(w, "MERGE (d:Document {id: %s})", cypherString(d.ID))
		if len(sets) > 0 {
			fmt.Fprintf(w, " SET %s", strings.Join(sets, ", "))
		}
		fmt.Fprintln(w, ";")
		for _, en := range x.Entities {
			if !en.Kind.Valid() {
				continue
			}
			fmt.Fprintf(w, "MERGE (e:Entity {id: %s}) ON CREATE SET e:%s, e.kind = %s, e.name = %s, e.aliases = %s ON MATCH SET e.aliases = reduce(acc = e.aliases, a IN %s | CASE WHEN a IN acc THEN acc ELSE acc + a END);\n",
				cypherString(en.ID), en.Kind, cypherString(string(en.Kind)), cypherString(en.Name), cypherList(en.Aliases), cypherList(en.Aliases))
		}
		ids := make([]string, 0, len(x.Mentions))
		for id := range x.Mentions {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		aliases := map[string][]string{}
		for _, en := range x.Entities {
			aliases[en.ID] = en.Aliases
		}
		for _, id := range ids {
			fmt.Fprintf(w, "MATCH (d:Document {id: %s}), (e:Entity {id: %s}) MERGE (d)-[m:MENTIONS]->(e) SET m.count = %d, m.aliases = %s;\n",
				cypherString(d.ID), cypherString(id), x.Mentions[id], cypherList(aliases[id]))
		}
		for _, r := range x.Relations {
			if !r.Type.Valid() || !r.Modality.Valid() {
				continue
			}
			sets := []string{
				"r.modality = " + cypherString(string(r.Modality)),
				"r.sentence = " + cypherString(r.Evidence.Sentence),
				fmt.Sprintf("r.start = %d", r.Evidence.Start),
				fmt.Sprintf("r.end = %d", r.Evidence.End),
				"r.rule = " + cypherString(r.Evidence.Rule),
			}
			if r.Date != "" {
				sets = append(sets, "r.date = "+cypherString(r.Date))
			}
			if len(r.Items) > 0 {
				sets = append(sets, "r.items = "+cypherList(r.Items))
			}
			if r.Quote != "" {
				sets = append(sets, "r.quote = "+cypherString(r.Quote))
			}
			fmt.Fprintf(w, "MATCH (a:Entity {id: %s}), (b:Entity {id: %s}) MERGE (a)-[r:%s {doc: %s}]->(b) SET %s;\n",
				cypherString(r.From), cypherString(r.To), r.Type, cypherString(d.ID), strings.Join(sets, ", "))
		}
		// The degree counts that the canned queries rank entities by.
		fmt.Fprintf(w, "MATCH (:Document {id: %s})-[:MENTIONS]->(e:Entity) SET e.claims = COUNT { (e)-[:%s]-() }, e.mentions = COUNT { (e)<-[:MENTIONS]-() };\n",
			cypherString(d.ID), claimTypes)
	}
}

// claimTypes is every relation type as a Cypher relationship-type alternation.
var claimTypes = func() string {
	var ts []string
	for _, t := range graph.RelTypes {
		ts = append(ts, string(t))
	}
	return strings.Join(ts, "|")
}()
