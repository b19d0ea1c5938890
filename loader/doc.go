// Package loader turns news articles into graph values: it discovers and
// reads input files, normalises their text for matching, splits it into
// sentences and tokens with byte offsets into the original text, recognises
// people, countries, organisations and places from embedded gazetteers and
// name patterns, and recognises typed relations (VISITED, MET, QUOTED,
// SUPPLIES, LEADS, AFFILIATED_WITH, ACCOMPANIED) with their modality, date,
// items and evidence.
//
// Extraction is offline and deterministic: the same bytes always give the
// same graph.Extraction, and every data file it uses is embedded in the
// binary. The package knows nothing of Neo4j.
package loader
