package loader

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
)

// benchSentences are news sentences written for the benchmark, mixed with
// the seed article's to vary the text.
var benchSentences = []string{
	"Chinese President Xi Jinping is expected to arrive in Moscow on Monday for talks with Vladimir Putin.",
	"Washington has accused Pyongyang of supplying Moscow with artillery shells and ballistic missiles.",
	"\"We stand with Ukraine,\" NATO Secretary General Jens Stoltenberg told reporters in Brussels.",
	"Vietnamese President To Lam welcomed Putin at the Presidential Palace in Hanoi on Thursday.",
	"Kim Yo Jong, the powerful sister of the North Korean leader, said in a statement carried by KCNA that Seoul would pay a price.",
	"Russian Defence Minister Andrei Belousov and Foreign Minister Sergey Lavrov will join Putin on the trip.",
	"South Korea's National Intelligence Service said North Korea had shipped more than 6,700 containers of munitions to Russia.",
	"Ukrainian President Volodymyr Zelensky met U.S. President Joe Biden at the White House on Tuesday.",
	"Go Myong-hyun, a research fellow at the Asan Institute for Policy Studies in Seoul, said the pact was a turning point.",
	"The two leaders signed a comprehensive strategic partnership treaty in Pyongyang, state media reported.",
}

// benchCorpus builds at least minBytes of news text: the seed article and
// the sentences above, shuffled into articles with a fixed seed.
func benchCorpus(tb testing.TB, minBytes int) [][]byte {
	tb.Helper()
	seed, err := os.ReadFile(filepath.Join("..", "testdata", "aljazeera-putin-north-korea.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	nt := normalize(string(seed), false)
	var pool []string
	for _, st := range splitSentences(nt.norm, 0, len(nt.norm)) {
		os, oe := nt.origSpan(st.s, st.e)
		pool = append(pool, string(seed[os:oe]))
	}
	pool = append(pool, benchSentences...)
	rng := rand.New(rand.NewPCG(1, 2))
	docs := [][]byte{seed}
	total := len(seed)
	for total < minBytes {
		var b strings.Builder
		b.WriteString("---\ntitle: Benchmark article\noutlet: Reuters\npublished: 2024-06-19\n---\n")
		for p := 0; p < 12; p++ {
			for s := 0; s < 1+rng.IntN(3); s++ {
				b.WriteString(pool[rng.IntN(len(pool))])
				b.WriteByte(' ')
			}
			b.WriteString("\n\n")
		}
		docs = append(docs, []byte(b.String()))
		total += b.Len()
	}
	return docs
}

func corpusBytes(docs [][]byte) int64 {
	var n int64
	for _, d := range docs {
		n += int64(len(d))
	}
	return n
}

// cpuSeconds is the CPU time this process has used, user and system.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}

// BenchmarkExtract measures extraction throughput on one core over 5 MB of
// news text. Besides MB/s (wall clock) it reports MB/cpu-s, throughput per
// second of CPU time, which a busy machine disturbs less, and allocs/KB,
// allocations per kilobyte of input.
func BenchmarkExtract(b *testing.B) {
	docs := benchCorpus(b, 5<<20)
	size := corpusBytes(docs)
	theLexicon()
	b.SetBytes(size)
	b.ReportAllocs()
	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	cpu0 := cpuSeconds()
	n := 0
	for b.Loop() {
		n++
		for _, d := range docs {
			if _, err := Extract("bench.txt", "bench.txt", d); err != nil {
				b.Fatal(err)
			}
		}
	}
	cpu := cpuSeconds() - cpu0
	runtime.ReadMemStats(&ms1)
	b.ReportMetric(float64(ms1.Mallocs-ms0.Mallocs)/float64(n)/(float64(size)/1024), "allocs/KB")
	if cpu > 0 {
		b.ReportMetric(float64(size)*float64(n)/1e6/cpu, "MB/cpu-s")
	}
}

// BenchmarkExtractParallel is BenchmarkExtract on all cores: each
// iteration extracts the whole corpus with GOMAXPROCS goroutines taking
// documents one at a time.
func BenchmarkExtractParallel(b *testing.B) {
	docs := benchCorpus(b, 5<<20)
	theLexicon()
	b.SetBytes(corpusBytes(docs))
	b.ReportAllocs()
	workers := runtime.GOMAXPROCS(0)
	for b.Loop() {
		var next atomic.Int64
		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() {
				for {
					i := int(next.Add(1)) - 1
					if i >= len(docs) {
						return
					}
					if _, err := Extract("bench.txt", "bench.txt", docs[i]); err != nil {
						b.Error(err)
						return
					}
				}
			})
		}
		wg.Wait()
	}
	b.ReportMetric(float64(workers), "goroutines")
}
