// name: show-indexes
// Lists the database's indexes, except the ones that back constraints
// (SHOW CONSTRAINTS lists those) and the built-in lookup indexes.
SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state, owningConstraint
WHERE owningConstraint IS NULL AND type <> 'LOOKUP'
RETURN name, type, entityType, labelsOrTypes, properties, state
ORDER BY name
