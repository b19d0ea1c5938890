// name: count-type
// Counts the relationships of type $$TYPE (answered from the count store).
MATCH ()-[r:$$TYPE]->()
RETURN count(r) AS n
