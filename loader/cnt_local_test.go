package loader

import (
	"fmt"
	"os"
	"testing"
	"unsafe"
)

func TestCount(t *testing.T) {
	data, _ := os.ReadFile("../testdata/aljazeera-putin-north-korea.txt")
	nt := normalize(string(data), false)
	n := 0
	for _, st := range splitSentences(nt.norm, 0, len(nt.norm)) {
		n += len(st.toks)
	}
	fmt.Println("bytes", len(data), "tokens", n, "size", unsafe.Sizeof(token{}), "mention", unsafe.Sizeof(mention{}), "sentence", unsafe.Sizeof(sentence{}))
}
