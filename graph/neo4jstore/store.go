package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// Config holds the connection settings, named as Neo4j's own tools name them.
type Config struct {
	URI      string // bolt://, neo4j://, and their +s / +ssc forms
	Username string
	Password string
	Database string // empty means the server's default database
	// BatchRows is how many rows one write transaction carries
	// (DefaultBatchRows when zero).
	BatchRows int
	// RetryTime bounds how long the driver retries a transaction that
	// fails for a transient reason, such as a deadlock between loaders or
	// a server that is restarting (the driver's 30s when zero).
	RetryTime time.Duration
}

// Defaults for a local server started by scripts/neo4j.
const (
	DefaultURI      = "bolt://localhost:7687"
	DefaultUsername = "neo4j"
	DefaultPassword = "relmap-local-dev"
)

// ConfigFromEnv reads NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and
// NEO4J_DATABASE, falling back to the local defaults.
func ConfigFromEnv() Config {
	get := func(k, def string) string {
		if v := os.Getenv(k); v != "" {
			return v
		}
		return def
	}
	return Config{
		URI:      get("NEO4J_URI", DefaultURI),
		Username: get("NEO4J_USERNAME", DefaultUsername),
		Password: get("NEO4J_PASSWORD", DefaultPassword),
		Database: os.Getenv("NEO4J_DATABASE"),
	}
}

// String describes the configuration without the password.
func (c Config) String() string {
	s := c.URI + " as " + c.Username
	if c.Database != "" {
		s += " (database " + c.Database + ")"
	}
	return s
}

// ErrUnavailable means the server could not be reached.
var ErrUnavailable = errors.New("neo4j unreachable")

// ErrAuth means the server refused the credentials.
var ErrAuth = errors.New("neo4j refused the credentials")

// Store is a graph store backed by one Neo4j database.
type Store struct {
	driver neo4j.DriverWithContext
	cfg    Config

	schemaMu   sync.Mutex // guards schemaDone
	schemaDone bool       // ApplySchema succeeded through this Store
}

// Open connects to the server that cfg names and checks that it answers.
// Errors wrap ErrUnavailable or ErrAuth where the cause is known; their
// messages name the URI, never the password.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.URI == "" {
		return nil, fmt.Errorf("open neo4j: no URI configured")
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.Username, cfg.Password, ""),
		func(c *config.Config) {
			if cfg.RetryTime > 0 {
				c.MaxTransactionRetryTime = cfg.RetryTime
			}
		})
	if err != nil {
		return nil, fmt.Errorf("open neo4j at %s: %w", cfg.URI, err)
	}
	if err := driver.VerifyAuthentication(ctx, nil); err != nil {
		_ = driver.Close(ctx)
		return nil, classify(cfg, err)
	}
	return &Store{driver: driver, cfg: cfg}, nil
}

// classify turns a driver connection error into one of the package's errors.
func classify(cfg Config, err error) error {
	var nerr *neo4j.Neo4jError
	if errors.As(err, &nerr) && nerr.Code == "Neo.ClientError.Security.Unauthorized" {
		return fmt.Errorf("connect to %s as %s: %w", cfg.URI, cfg.Username, ErrAuth)
	}
	if errors.As(err, &nerr) && nerr.Code == "Neo.ClientError.Security.AuthenticationRateLimit" {
		return fmt.Errorf("connect to %s as %s: %w (too many failed attempts)", cfg.URI, cfg.Username, ErrAuth)
	}
	var conn *neo4j.ConnectivityError
	if errors.As(err, &conn) || neo4j.IsConnectivityError(err) {
		return fmt.Errorf("connect to %s: %w: %v", cfg.URI, ErrUnavailable, err)
	}
	return fmt.Errorf("connect to %s: %w", cfg.URI, err)
}

// Config returns the settings the store was opened with.
func (s *Store) Config() Config { return s.cfg }

// Close releases the driver's connections.
func (s *Store) Close(ctx context.Context) error {
	if err := s.driver.Close(ctx); err != nil {
		return fmt.Errorf("close neo4j: %w", err)
	}
	return nil
}

// dbOpt selects the configured database for ExecuteQuery.
func (s *Store) dbOpt() neo4j.ExecuteQueryConfigurationOption {
	return neo4j.ExecuteQueryWithDatabase(s.cfg.Database)
}

// session opens a session on the configured database.
func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: mode})
}

// wrap marks an error from a running operation with ErrUnavailable or
// ErrAuth when the server went away or stopped accepting the credentials,
// so that callers can tell those apart from a failed statement. When the
// driver gave up retrying, the last attempt's error decides.
func (s *Store) wrap(err error) error {
	if err == nil || errors.Is(err, ErrUnavailable) || errors.Is(err, ErrAuth) {
		return err
	}
	cause := err
	var limit *neo4j.TransactionExecutionLimit
	if errors.As(err, &limit) && len(limit.Errors) > 0 {
		cause = limit.Errors[len(limit.Errors)-1]
	}
	var nerr *neo4j.Neo4jError
	if errors.As(cause, &nerr) && (nerr.Code == "Neo.ClientError.Security.Unauthorized" || nerr.Code == "Neo.ClientError.Security.AuthenticationRateLimit") {
		return fmt.Errorf("%s as %s: %w: %v", s.cfg.URI, s.cfg.Username, ErrAuth, err)
	}
	var conn *neo4j.ConnectivityError
	if errors.As(cause, &conn) {
		return fmt.Errorf("%s: %w: %v", s.cfg.URI, ErrUnavailable, err)
	}
	return err
}
