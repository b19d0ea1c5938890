package eval

import (
	"fmt"
	"io"
	"slices"
	"sort"

	"github.com/relmap/relmap/graph"
)

// Print writes r for a person: the totals, a line per relation type, then
// each document's misses and false alarms.
func (r Report) Print(w io.Writer) error {
	ew := &errWriter{w: w}
	ew.printf("%d documents\n\n", r.Documents)
	ew.printf("%-18s %9s %9s %9s %6s %6s\n", "", "precision", "recall", "F1", "pred", "gold")
	row := func(name string, p PRF) {
		ew.printf("%-18s %9.3f %9.3f %9.3f %6d %6d\n", name, p.Precision, p.Recall, p.F1, p.Predicted, p.Gold)
	}
	row("entities", r.Entities)
	row("relations", r.Relations.Micro)
	for _, t := range graph.RelTypes {
		if p, ok := r.Relations.ByType[string(t)]; ok {
			row("  "+string(t), p)
		}
	}
	ew.printf("\nentity type accuracy %.3f, modality accuracy %.3f\n", r.TypeAccuracy, r.ModalityAccuracy)
	for _, d := range r.PerDocument {
		ew.printf("\n%s: entity F1 %.3f, relation F1 %.3f\n", d.Document, d.Entities.F1, d.Relations.F1)
		list := func(title string, items []string) {
			items = slices.Clone(items)
			sort.Strings(items)
			for _, it := range items {
				ew.printf("  %s %s\n", title, it)
			}
		}
		list("missed entity:", d.MissedEntities)
		list("false entity: ", d.FalseEntities)
		list("missed:       ", d.MissedRelations)
		list("false alarm:  ", d.FalseRelations)
		list("modality:     ", d.WrongModality)
	}
	return ew.err
}

// errWriter keeps the first write error so printing code stays linear.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
