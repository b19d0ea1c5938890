package loader

import (
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
)

// TestConcurrentExtract runs Extract from several goroutines at once (run
// with -race): every result equals the one of a lone run.
func TestConcurrentExtract(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "aljazeera-putin-north-korea.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := Extract("a.txt", "a.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 10 {
				got, err := Extract("a.txt", "a.txt", data)
				if err != nil || !reflect.DeepEqual(got, want) {
					t.Error("a concurrent extraction differs from a lone one")
					return
				}
			}
		})
	}
	wg.Wait()
}
