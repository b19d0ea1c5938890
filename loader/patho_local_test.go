package loader

import (
	"strings"
	"testing"
	"time"
)

func TestPathological(t *testing.T) {
	cases := map[string]string{
		"long sentence of names": strings.Repeat("Kim Jong Un met Vladimir Putin and Sergey Lavrov in Pyongyang, ", 3000),
		"many quotes":            strings.Repeat("\"a, ", 20000),
		"many the minister":      strings.Repeat("The minister said. Foreign Minister Ivan Petrov said. ", 3000),
		"many caps":              strings.Repeat("Abc Def Ghi Jkl ", 20000),
		"many his":               strings.Repeat("his visit to Moscow him he she her ", 5000),
		"dashes":                 strings.Repeat("- -- --- .... ''' ", 20000),
	}
	for name, text := range cases {
		start := time.Now()
		x, err := Extract("p", "p.txt", []byte(text))
		t.Logf("%s: %d bytes, %v, %d rels, err %v", name, len(text), time.Since(start), len(x.Relations), err)
	}
}
