package neo4jstore_test

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"sync"
	"testing"
	"time"

	"github.com/relmap/relmap/graph"
	"github.com/relmap/relmap/graph/neo4jstore"
	"github.com/relmap/relmap/internal/neo4jtest"
)

// serverCtl returns a function that runs the server control script named
// by RELMAP_NEO4J_CTL (scripts/neo4j: start, stop, restart), or skips tb.
func serverCtl(tb testing.TB) func(action string) {
	tb.Helper()
	ctl := os.Getenv("RELMAP_NEO4J_CTL")
	if ctl == "" {
		tb.Skip("set RELMAP_NEO4J_CTL=/path/to/scripts/neo4j to let this test stop and start the server (scripts/test does)")
	}
	return func(action string) {
		tb.Helper()
		out, err := exec.Command(ctl, action).CombinedOutput()
		if err != nil {
			tb.Fatalf("%s %s: %v\n%s", ctl, action, err, out)
		}
	}
}

func TestRerunAfterTheServerStopsMidLoadGivesTheSameGraph(t *testing.T) {
	ctl := serverCtl(t)
	s := neo4jtest.Open(t)
	xs := corpusSpec{seed: 4, docs: 1500, claims: 20, entities: 150}.generate()
	t0 := time.Now()
	want := fresh(t, s, xs)
	t.Logf("uninterrupted load of %d documents: %s", len(xs), time.Since(t0).Round(time.Millisecond))
	neo4jtest.Reset(t, s)

	cfg := s.Config()
	cfg.BatchRows = 400 // about ten documents per transaction
	cfg.RetryTime = 3 * time.Second
	ctx := context.Background()
	loader, err := neo4jstore.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer loader.Close(ctx)

	// Stop the server once a tenth of the documents are written.
	started := make(chan struct{})
	var once sync.Once
	written := 0
	progress := func(n int) {
		written += n
		if written >= len(xs)/10 {
			once.Do(func() { close(started) })
		}
	}
	done := make(chan error, 1)
	go func() {
		_, err := loader.Load(ctx, xs, graph.LoadOptions{Progress: progress})
		done <- err
	}()
	<-started
	stopped := true
	t.Cleanup(func() {
		if stopped {
			ctl("start")
		}
	})
	t0 = time.Now()
	ctl("stop")
	t.Logf("server stopped in %s", time.Since(t0).Round(time.Millisecond))
	err = <-done
	if err == nil {
		t.Fatal("the load finished before the server stopped; the corpus is too small to interrupt")
	}
	if !errors.Is(err, neo4jstore.ErrUnavailable) {
		t.Errorf("interrupted load: %v, want an error wrapping ErrUnavailable", err)
	}
	ctl("start")
	stopped = false

	rerun, err := neo4jstore.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer rerun.Close(ctx)
	res, err := rerun.Load(ctx, xs, graph.LoadOptions{})
	if err != nil {
		t.Fatalf("rerun: %v", err)
	}
	if res.Unchanged == 0 || res.Created == 0 || res.Unchanged+res.Created != len(xs) {
		t.Errorf("rerun: %+v, want some documents unchanged (written before the stop) and the rest created", res)
	}
	diff(t, snapshot(t, rerun), want)
}
