// Command relmap maps the relationships in news text into a Neo4j graph.
// Run "relmap --help" for its commands.
package main

import (
	"os"

	"github.com/relmap/relmap/internal/cli"
)

func main() { os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }
