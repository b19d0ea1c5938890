package cli

import (
	"errors"
	"fmt"

	"github.com/relmap/relmap/graph/neo4jstore"
	"github.com/urfave/cli/v2"
)

// Exit codes, documented in the README.
const (
	ExitOK          = 0 // success
	ExitFailure     = 1 // the command failed
	ExitUsage       = 2 // bad flags, unknown query or command, missing or unknown parameter
	ExitUnavailable = 3 // Neo4j could not be reached
	ExitAuth        = 4 // Neo4j refused the credentials
	ExitPartial     = 5 // some input files failed; the others were processed
)

// usageError marks an error that the user fixes by changing the command line.
type usageError struct{ err error }

func (u usageError) Error() string { return u.err.Error() }
func (u usageError) Unwrap() error { return u.err }

// usagef returns a usage error.
func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

// partialError reports that some inputs failed while the rest went through.
type partialError struct{ failed, total int }

func (p partialError) Error() string {
	return fmt.Sprintf("%d of %d inputs failed", p.failed, p.total)
}

// exit prints err, if any, as one line on stderr and returns its exit code.
func (e *env) exit(err error) int {
	if err == nil {
		return ExitOK
	}
	var ec cli.ExitCoder
	if errors.As(err, &ec) && ec.ExitCode() == 0 {
		return ExitOK
	}
	fmt.Fprintln(e.stderr, "relmap:", err)
	var u usageError
	var p partialError
	switch {
	case errors.Is(err, neo4jstore.ErrAuth):
		return ExitAuth
	case errors.Is(err, neo4jstore.ErrUnavailable):
		return ExitUnavailable
	case errors.As(err, &p):
		return ExitPartial
	case errors.As(err, &u):
		return ExitUsage
	case errors.As(err, &ec):
		return ec.ExitCode()
	}
	return ExitFailure
}
