// name: known-entities
// Finds the stored entities that answer to any of $names through the
// full-text index on names and aliases: those whose name or an alias holds
// one of the names as a phrase ("Lankov" finds "Andrei Lankov"). A load
// resolves its new entities against them.
// $names: phrases, each quoted and escaped for the full-text query;
// $limit: at most this many entities per phrase.
UNWIND $names AS name
CALL db.index.fulltext.queryNodes('entity_names', name, {limit: $limit}) YIELD node AS e
WITH DISTINCT e
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases
ORDER BY id
