package neo4jtest

import (
	"context"
	"fmt"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/relmap/relmap/graph/neo4jstore"
	"github.com/testcontainers/testcontainers-go"
	tcneo4j "github.com/testcontainers/testcontainers-go/modules/neo4j"
)

// Image is the Neo4j image started when no outside server is configured.
const Image = "neo4j:5.26-community"

// containerPassword is the admin password of the container Open starts.
const containerPassword = "relmap-test-password"

// hint tells a developer how to run the integration tests.
const hint = "no Neo4j for integration tests: set NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD), e.g. run `scripts/neo4j start` and NEO4J_URI=bolt://localhost:7687, or start a Docker engine"

// server is the process-wide container, started at most once.
var server struct {
	once sync.Once
	ctr  *tcneo4j.Neo4jContainer
	cfg  neo4jstore.Config
	err  error // why no container could be started
	skip bool  // no Docker engine answered
}

// Config returns the connection settings that Open would use, starting the
// container if needed. It fails or skips tb as Open does.
func Config(tb testing.TB) neo4jstore.Config {
	tb.Helper()
	if os.Getenv("NEO4J_URI") != "" {
		return neo4jstore.ConfigFromEnv()
	}
	server.once.Do(startContainer)
	switch {
	case server.skip && os.Getenv("CI") == "true":
		tb.Fatalf("CI=true but %s", hint)
	case server.skip:
		tb.Skip(hint)
	case server.err != nil:
		tb.Fatalf("start Neo4j container %s: %v", Image, server.err)
	}
	return server.cfg
}

// Open returns a store connected to an empty graph and closes it when tb
// ends. The schema is not applied; tests that need it call ApplySchema.
func Open(tb testing.TB) *neo4jstore.Store {
	tb.Helper()
	cfg := Config(tb)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	store, err := neo4jstore.Open(ctx, cfg)
	if err != nil {
		tb.Fatalf("neo4jtest: %v", err)
	}
	tb.Cleanup(func() { _ = store.Close(context.Background()) })
	Reset(tb, store)
	return store
}

// Reset empties the graph behind store: every node and relationship goes,
// constraints and indexes stay.
func Reset(tb testing.TB, store *neo4jstore.Store) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if err := store.Reset(ctx); err != nil {
		tb.Fatalf("neo4jtest: empty the graph: %v", err)
	}
}

// Main runs the package's tests and then stops the container, if Open
// started one. Use it from TestMain:
//
//	func TestMain(m *testing.M) { neo4jtest.Main(m) }
//
// Without it the container still goes away when the test binary exits,
// through Testcontainers' reaper.
func Main(m *testing.M) {
	code := m.Run()
	if server.ctr != nil {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		_ = testcontainers.TerminateContainer(server.ctr, testcontainers.StopContext(ctx))
		cancel()
	}
	os.Exit(code)
}

// startContainer starts the container when a Docker engine answers and
// records the outcome in server.
func startContainer() {
	if !dockerAnswers() {
		server.skip = true
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	ctr, err := tcneo4j.Run(ctx, Image,
		tcneo4j.WithAdminPassword(containerPassword),
		tcneo4j.WithNeo4jSetting("dbms.memory.heap.max_size", "1G"),
	)
	if err != nil {
		if ctr != nil {
			_ = testcontainers.TerminateContainer(ctr)
		}
		server.err = err
		return
	}
	uri, err := ctr.BoltUrl(ctx)
	if err != nil {
		_ = testcontainers.TerminateContainer(ctr)
		server.err = fmt.Errorf("bolt URL: %w", err)
		return
	}
	server.ctr = ctr
	server.cfg = neo4jstore.Config{URI: uri, Username: "neo4j", Password: containerPassword}
}

// dockerAnswers reports whether a Docker engine responds to a health check.
func dockerAnswers() (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	provider, err := testcontainers.ProviderDefault.GetProvider()
	if err != nil {
		return false
	}
	defer provider.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return provider.Health(ctx) == nil
}
