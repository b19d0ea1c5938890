// Package goldgraph builds test graphs from annotated articles: it turns an
// article and its NAME.gold.json into the graph.Extraction a perfect
// extractor would produce, so that tests of queries and views depend on the
// annotation, not on how well the extractor does today.
package goldgraph
