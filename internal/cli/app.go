package cli

import (
	"context"
	"io"

	"github.com/relmap/relmap/graph/neo4jstore"
	"github.com/urfave/cli/v2"
)

// Version is the program's version, set at build time with
// -ldflags "-X github.com/relmap/relmap/internal/cli.Version=v1.2.3".
var Version = "dev"

// env carries the streams and shared helpers that every command uses.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

// Run runs relmap with args (without the program name) and returns the
// process exit code.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	app := e.app()
	err := app.Run(append([]string{"relmap"}, args...))
	return e.exit(err)
}

func (e *env) app() *cli.App {
	return &cli.App{
		Name:                 "relmap",
		Usage:                "map the relationships in news text into a Neo4j graph",
		Version:              Version,
		Reader:               e.stdin,
		Writer:               e.stdout,
		ErrWriter:            e.stderr,
		EnableBashCompletion: true,
		HideHelpCommand:      true,
		ExitErrHandler:       func(*cli.Context, error) {}, // exit codes are decided in Run
		Flags:                connectionFlags(),
		Commands: []*cli.Command{
			e.extractCommand(),
			e.evalCommand(),
			e.loadCommand(),
			e.deleteCommand(),
			e.schemaCommand(),
			e.statsCommand(),
			e.resetCommand(),
			e.queriesCommand(),
			e.queryCommand(),
			e.browserCommand(),
			e.completionCommand(),
		},
	}
}

// connectionFlags are the Neo4j settings, by flag or by Neo4j's own
// environment variables.
func connectionFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "uri", Usage: "Neo4j URI (bolt://, neo4j://, +s, +ssc)", EnvVars: []string{"NEO4J_URI"}, Value: neo4jstore.DefaultURI},
		&cli.StringFlag{Name: "username", Aliases: []string{"u"}, Usage: "Neo4j user", EnvVars: []string{"NEO4J_USERNAME"}, Value: neo4jstore.DefaultUsername},
		&cli.StringFlag{Name: "password", Usage: "Neo4j password (prefer the env var)", EnvVars: []string{"NEO4J_PASSWORD"}, Value: neo4jstore.DefaultPassword, DefaultText: "the local server's"},
		&cli.StringFlag{Name: "database", Aliases: []string{"d"}, Usage: "Neo4j database (default: the server's default)", EnvVars: []string{"NEO4J_DATABASE"}},
	}
}

// config reads the connection settings from the global flags.
func config(c *cli.Context) neo4jstore.Config {
	return neo4jstore.Config{
		URI:      c.String("uri"),
		Username: c.String("username"),
		Password: c.String("password"),
		Database: c.String("database"),
	}
}

// openStore connects to Neo4j with the global settings.
func openStore(c *cli.Context) (*neo4jstore.Store, error) {
	return neo4jstore.Open(c.Context, config(c))
}

// closeStore closes s, for use in defer.
func closeStore(s *neo4jstore.Store) { _ = s.Close(context.Background()) }
