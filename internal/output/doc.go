// Package output writes query results for people and for programs: an
// aligned table, JSON or CSV, always with the columns in the order given.
// Only data goes to the writer it is handed; messages are the caller's.
package output
