package output

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Format is an output format.
type Format string

// The formats relmap writes.
const (
	Table Format = "table" // aligned columns, one row per line
	JSON  Format = "json"  // an array of objects, keys in column order
	CSV   Format = "csv"   // RFC 4180, with a header row
)

// Formats lists the formats in a stable order.
var Formats = []Format{Table, JSON, CSV}

// ParseFormat returns the format named s.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats {
		if string(f) == s {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown format %q (formats: table, json, csv)", s)
}

// Options tunes Write.
type Options struct {
	// MaxWidth cuts table cells longer than this many characters, ending
	// them with "…"; 0 keeps them whole. JSON and CSV are never cut.
	MaxWidth int
}

// Write writes rows under columns in format f. Each row has one value per
// column.
func Write(w io.Writer, f Format, columns []string, rows [][]any, opts Options) error {
	for i, r := range rows {
		if len(r) != len(columns) {
			return fmt.Errorf("write rows: row %d has %d values for %d columns", i, len(r), len(columns))
		}
	}
	switch f {
	case Table:
		return writeTable(w, columns, rows, opts.MaxWidth)
	case JSON:
		return writeJSON(w, columns, rows)
	case CSV:
		return writeCSV(w, columns, rows)
	}
	return fmt.Errorf("write rows: unknown format %q", f)
}

// IsTerminal reports whether w is a terminal, where tables are cut to fit.
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// Text renders one value as a table or CSV cell: nil is empty, lists are
// joined with "; ", graph elements show their caption.
func Text(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case bool:
		return strconv.FormatBool(v)
	case int64:
		return strconv.FormatInt(v, 10)
	case int:
		return strconv.Itoa(v)
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	case fmt.Stringer:
		return v.String()
	case []any:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = Text(x)
		}
		return strings.Join(parts, "; ")
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

// oneLine folds line breaks and tabs into spaces.
var oneLine = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ")

func writeTable(w io.Writer, columns []string, rows [][]any, maxWidth int) error {
	cells := make([][]string, 0, len(rows)+1)
	header := make([]string, len(columns))
	for i, c := range columns {
		header[i] = strings.ToUpper(c)
	}
	cells = append(cells, header)
	for _, r := range rows {
		line := make([]string, len(r))
		for i, v := range r {
			s := oneLine.Replace(Text(v))
			if maxWidth > 0 && utf8.RuneCountInString(s) > maxWidth {
				s = string([]rune(s)[:maxWidth-1]) + "…"
			}
			line[i] = s
		}
		cells = append(cells, line)
	}
	widths := make([]int, len(columns))
	for _, line := range cells {
		for i, s := range line {
			widths[i] = max(widths[i], utf8.RuneCountInString(s))
		}
	}
	var b bytes.Buffer
	for _, line := range cells {
		for i, s := range line {
			if i == len(line)-1 {
				b.WriteString(s)
				break
			}
			b.WriteString(s)
			b.WriteString(strings.Repeat(" ", widths[i]-utf8.RuneCountInString(s)+2))
		}
		b.WriteByte('\n')
	}
	_, err := w.Write(b.Bytes())
	return err
}

func writeJSON(w io.Writer, columns []string, rows [][]any) error {
	var b bytes.Buffer
	b.WriteString("[")
	for n, r := range rows {
		if n > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n  {")
		for i, c := range columns {
			if i > 0 {
				b.WriteString(", ")
			}
			k, _ := json.Marshal(c)
			v, err := marshal(r[i])
			if err != nil {
				return fmt.Errorf("write rows: row %d column %s: %w", n, c, err)
			}
			b.Write(k)
			b.WriteString(": ")
			b.Write(v)
		}
		b.WriteString("}")
	}
	if len(rows) > 0 {
		b.WriteString("\n")
	}
	b.WriteString("]\n")
	_, err := w.Write(b.Bytes())
	return err
}

// marshal writes v as JSON without escaping <, > and &.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}

func writeCSV(w io.Writer, columns []string, rows [][]any) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(columns); err != nil {
		return err
	}
	line := make([]string, len(columns))
	for _, r := range rows {
		for i, v := range r {
			line[i] = Text(v)
		}
		if err := cw.Write(line); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
