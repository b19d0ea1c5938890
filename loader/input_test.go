package loader

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func writeFile(tb testing.TB, path, content string) {
	tb.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		tb.Fatal(err)
	}
}

func TestDiscover(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "b.txt"), "b")
	writeFile(t, filepath.Join(dir, "a.md"), "a")
	writeFile(t, filepath.Join(dir, "sub", "c.html"), "c")
	writeFile(t, filepath.Join(dir, "sub", "d.HTM"), "d")
	writeFile(t, filepath.Join(dir, "notes.json"), "{}")
	writeFile(t, filepath.Join(dir, ".hidden", "e.txt"), "e")
	writeFile(t, filepath.Join(dir, "sub", "README.md"), "about this folder")
	writeFile(t, filepath.Join(dir, "LICENSE.txt"), "licence")
	single := filepath.Join(dir, "notes.json")

	got, err := Discover([]string{dir, "-", single})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, in := range got {
		ids = append(ids, in.ID)
	}
	want := []string{"a.md", "b.txt", "c.html", "d.HTM", "stdin", "notes.json"}
	if !slices.Equal(ids, want) {
		t.Fatalf("Discover ids = %v, want %v", ids, want)
	}
	if got[4].Path != "-" {
		t.Errorf("stdin path = %q, want -", got[4].Path)
	}

	t.Run("missing path is an error", func(t *testing.T) {
		if _, err := Discover([]string{filepath.Join(dir, "nope.txt")}); err == nil {
			t.Fatal("Discover of a missing path succeeded")
		}
	})
	t.Run("a README named on its own is read", func(t *testing.T) {
		got, err := Discover([]string{filepath.Join(dir, "sub", "README.md")})
		if err != nil || len(got) != 1 || got[0].ID != "README.md" {
			t.Fatalf("Discover = %v, %v; want README.md", got, err)
		}
	})
	t.Run("same file twice is read once", func(t *testing.T) {
		got, err := Discover([]string{filepath.Join(dir, "b.txt"), filepath.Join(dir, "b.txt")})
		if err != nil || len(got) != 1 {
			t.Fatalf("Discover = %v, %v; want one input", got, err)
		}
	})
}

func TestReadRejectsBadInput(t *testing.T) {
	dir := t.TempDir()
	huge := strings.Repeat("Putin met Kim. ", 100)
	tests := []struct {
		name    string
		content []byte
		want    error
	}{
		{"empty", nil, ErrEmpty},
		{"only white space", []byte(" \n\t\n"), ErrEmpty},
		{"binary with NUL bytes", []byte("PK\x03\x04\x00\x00binary"), ErrBinary},
		{"binary control bytes", bytes.Repeat([]byte{0x01, 0x02, 'a'}, 50), ErrBinary},
		{"invalid UTF-8", []byte("Putin met Kim \xff\xfe in Pyongyang"), ErrEncoding},
		{"too large", []byte(huge), ErrTooLarge},
	}
	old := MaxBytes
	MaxBytes = 1000
	defer func() { MaxBytes = old }()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.name+".txt")
			writeFile(t, path, string(tt.content))
			_, err := Read(Input{ID: "x.txt", Path: path}, nil)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Read error = %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), "x.txt") {
				t.Errorf("error %q does not name the input", err)
			}
			if _, err := Extract("x.txt", path, tt.content); !errors.Is(err, tt.want) {
				t.Errorf("Extract error = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestReadStdinAndFiles(t *testing.T) {
	data, err := Read(Input{ID: "stdin", Path: "-"}, strings.NewReader("Putin visited Hanoi."))
	if err != nil || string(data) != "Putin visited Hanoi." {
		t.Fatalf("Read(stdin) = %q, %v", data, err)
	}
	if _, err := Read(Input{ID: "stdin", Path: "-"}, strings.NewReader("")); !errors.Is(err, ErrEmpty) {
		t.Errorf("Read(empty stdin) error = %v, want ErrEmpty", err)
	}
	if _, err := Read(Input{ID: "gone.txt", Path: filepath.Join(t.TempDir(), "gone.txt")}, nil); err == nil {
		t.Error("Read of a missing file succeeded")
	}
}

// TestCountControl checks the word-at-a-time count against a byte loop.
func TestCountControl(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for n := range 200 {
		data := make([]byte, n)
		for i := range data {
			switch rng.IntN(4) {
			case 0:
				data[i] = byte(rng.IntN(0x21)) // controls, breaks, tabs, space
			case 1:
				data[i] = byte(0x80 + rng.IntN(0x80))
			default:
				data[i] = byte(0x20 + rng.IntN(0x60))
			}
		}
		want := 0
		for _, b := range data {
			if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != '\v' {
				want++
			}
		}
		if got := countControl(data); got != want {
			t.Errorf("countControl(%q) = %d, want %d", data, got, want)
		}
	}
}
