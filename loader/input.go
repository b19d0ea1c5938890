package loader

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"
)

// Input is one article to read: ID is the document id (the file's base
// name, "stdin" for standard input), Path is where to read it ("-" = stdin).
type Input struct{ ID, Path string }

// MaxBytes is the largest input Read accepts.
var MaxBytes int64 = 16 << 20

// Extensions lists the file name endings that Discover takes from folders.
var Extensions = []string{".txt", ".md", ".markdown", ".html", ".htm"}

// Errors that Read wraps, for errors.Is.
var (
	ErrEmpty = errors.New("empty input")
	// ErrInternal means the extractor failed on an input it should have
	// read: a defect to report, with the input that shows it.
	ErrInternal = errors.New("internal error in the extractor")
	ErrBinary   = errors.New("binary input, not text")
	ErrEncoding = errors.New("invalid UTF-8")
	ErrTooLarge = errors.New("input too large")
)

// Discover expands paths (files; folders recursively, taking .txt .md
// .markdown .html .htm but no README, LICENSE or similar; "-" for stdin)
// into inputs, in a stable order.
// Errors only for paths that do not exist.
func Discover(paths []string) ([]Input, error) {
	var out []Input
	seen := map[string]bool{}
	add := func(in Input) {
		if !seen[in.Path] {
			seen[in.Path] = true
			out = append(out, in)
		}
	}
	for _, p := range paths {
		if p == "-" {
			add(Input{ID: "stdin", Path: "-"})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("discover %s: %w", p, err)
		}
		if !info.IsDir() {
			add(Input{ID: filepath.Base(p), Path: p})
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if path != p && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if wanted(d.Name()) {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("discover %s: %w", p, err)
		}
		slices.Sort(found)
		for _, f := range found {
			add(Input{ID: filepath.Base(f), Path: f})
		}
	}
	return out, nil
}

// notArticles are the names of files that describe a folder rather than
// report news; a folder's walk passes over them (naming one loads it).
var notArticles = []string{"readme", "license", "licence", "changelog", "contributing", "notice", "authors"}

// wanted reports whether a file in a folder is an article by its name.
func wanted(name string) bool {
	if strings.HasPrefix(name, ".") {
		return false
	}
	lower := strings.ToLower(name)
	stem := strings.TrimSuffix(lower, filepath.Ext(lower))
	if slices.Contains(notArticles, stem) {
		return false
	}
	for _, ext := range Extensions {
		if strings.HasSuffix(lower, ext) {
			return true
		}
	}
	return false
}

// Read reads one input (stdin from r when Path is "-"), rejecting empty,
// binary, invalid UTF-8 and oversized (> MaxBytes) input with a clear error.
func Read(in Input, stdin io.Reader) ([]byte, error) {
	var r io.Reader
	if in.Path == "-" {
		if stdin == nil {
			return nil, fmt.Errorf("read %s: no standard input", in.ID)
		}
		r = stdin
	} else {
		f, err := os.Open(in.Path)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", in.ID, err)
		}
		defer f.Close()
		if info, err := f.Stat(); err == nil && info.IsDir() {
			return nil, fmt.Errorf("read %s: is a folder", in.ID)
		}
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", in.ID, err)
	}
	if err := Check(data); err != nil {
		return nil, fmt.Errorf("read %s: %w", in.ID, err)
	}
	return data, nil
}

// Check reports why data cannot be read as an article: empty (or only
// white space), larger than MaxBytes, binary, or not valid UTF-8.
func Check(data []byte) error {
	if int64(len(data)) > MaxBytes {
		return fmt.Errorf("%w: more than %d bytes", ErrTooLarge, MaxBytes)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return ErrEmpty
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i)
	}
	if !utf8.Valid(data) {
		for i := 0; i < len(data); {
			r, n := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && n <= 1 {
				return fmt.Errorf("%w at byte offset %d", ErrEncoding, i)
			}
			i += n
		}
	}
	ctrl := countControl(data)
	if ctrl*20 > len(data) {
		return fmt.Errorf("%w: %d control bytes", ErrBinary, ctrl)
	}
	return nil
}

// controlByte is 1 for the control bytes that Check counts: below space,
// other than line and page breaks and tabs.
var controlByte = func() (t [256]uint8) {
	for b := 0; b < 0x20; b++ {
		if b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != '\v' {
			t[b] = 1
		}
	}
	return t
}()

// countControl counts the control bytes of data (controlByte), eight bytes
// at a time where none is below space.
func countControl(data []byte) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	n, i := 0, 0
	for ; i+8 <= len(data); i += 8 {
		x := binary.LittleEndian.Uint64(data[i:])
		// A byte below 0x20 leaves its high bit set in x-0x20 where it
		// was clear in x; no byte of 0x20 or more sets one. (A borrow can
		// only flag bytes above one below 0x20, which the table then
		// counts right.)
		if (x-0x20*ones)&^x&highs == 0 {
			continue
		}
		for _, b := range data[i : i+8] {
			n += int(controlByte[b])
		}
	}
	for _, b := range data[i:] {
		n += int(controlByte[b])
	}
	return n
}
