// Package cli is relmap's command-line interface. Run takes the arguments
// and the standard streams, so tests drive the whole program in-process; it
// alone decides exit codes and what the user reads.
package cli
