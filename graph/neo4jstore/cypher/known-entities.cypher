// name: known-entities
// Finds the stored entities that answer to any of $names through the
// full-text index on names and aliases: those whose name or an alias holds
// one of the names as a phrase ("Lankov" finds "Andrei Lankov"). A load
// resolves its new entities against them. A name that more than $limit
// entities answer to brings none: resolving against part of them could
// pick one where several are meant, so such a name is left unresolved.
// $names: phrases, each quoted and escaped for the full-text query.
UNWIND $names AS name
CALL (name) {
  CALL db.index.fulltext.queryNodes('entity_names', name, {limit: $limit + 1}) YIELD node
  RETURN collect(node) AS found
}
WITH found
WHERE size(found) <= $limit
UNWIND found AS e
WITH DISTINCT e
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases
ORDER BY id
