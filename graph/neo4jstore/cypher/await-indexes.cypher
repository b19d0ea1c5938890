// name: await-indexes
// Waits until every index is online, up to $seconds.
CALL db.awaitIndexes($seconds)
