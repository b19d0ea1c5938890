package loader

import (
	"strings"
	"testing"
)

// TestJoinWords checks joinWords against strings.Join, twice over so that
// the second answer comes from the table.
func TestJoinWords(t *testing.T) {
	for _, words := range [][]string{nil, {"president"}, {"foreign", "minister"}, {"kim", "jong", "un"}, {strings.Repeat("x", 60), strings.Repeat("y", 60)}, {"", ""}} {
		for range 2 {
			if got, want := joinWords(words), strings.Join(words, " "); got != want {
				t.Errorf("joinWords(%q) = %q, want %q", words, got, want)
			}
		}
	}
}

// TestToLower checks toLower and lowerASCII against strings.ToLower.
func TestToLower(t *testing.T) {
	for _, s := range []string{"", "putin", "Putin", "NATO", "ÉLYSÉE", "Élysée", "İstanbul", "KELVIN\u212a", strings.Repeat("Ab", 40)} {
		for range 2 {
			if got, want := toLower(s), strings.ToLower(s); got != want {
				t.Errorf("toLower(%q) = %q, want %q", s, got, want)
			}
			if got, want := lowerASCII(s), strings.ToLower(s); got != want {
				t.Errorf("lowerASCII(%q) = %q, want %q", s, got, want)
			}
		}
	}
}
