package loader

import (
	"strings"
	"testing"
)

// TestTwoFields checks twoFields against strings.Fields.
func TestTwoFields(t *testing.T) {
	for _, s := range []string{"", " ", "Putin", " Putin ", "Kim Jong Un", "Kim\tJong", "To\u00a0Lam", "a\u0085b", "Lee  ", "  x  y  ", "\u2003", "Shin Won-sik"} {
		if got, want := twoFields(s), len(strings.Fields(s)) >= 2; got != want {
			t.Errorf("twoFields(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestIsUpperCase checks isUpperCase against strings.ToUpper.
func TestIsUpperCase(t *testing.T) {
	for _, s := range []string{"", "NATO", "Nato", "U.S.", "KCNA's", "ÉLYSÉE", "Élysée", "123", "ß", "ǅ"} {
		if got, want := isUpperCase(s), strings.ToUpper(s) == s; got != want {
			t.Errorf("isUpperCase(%q) = %v, want %v", s, got, want)
		}
	}
}
