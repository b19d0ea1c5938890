// name: count-label
// Counts the nodes labelled $$LABEL (answered from the count store).
MATCH (n:$$LABEL)
RETURN count(n) AS n
