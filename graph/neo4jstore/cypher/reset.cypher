// name: reset
// Deletes every node and relationship, in batches so that a large graph
// does not need one huge transaction. Constraints and indexes stay.
// Runs in an auto-commit transaction (CALL … IN TRANSACTIONS requires one).
MATCH (n)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 1000 ROWS
