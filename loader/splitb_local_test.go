package loader

import "testing"

func BenchmarkSplit(b *testing.B) {
	docs := benchCorpus(b, 5<<20)
	var norms []string
	for _, d := range docs {
		norms = append(norms, normalize(string(d), false).norm)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, n := range norms {
			splitSentences(n, 0, len(n))
		}
	}
}
