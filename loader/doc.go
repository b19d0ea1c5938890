// Package loader turns news articles into graph values: it discovers and
// reads input files, normalises their text for matching, splits it into
// sentences and tokens with byte offsets into the original text, recognises
// people, countries, organisations and places, and recognises typed
// relations (VISITED, MET, QUOTED, SUPPLIES, LEADS, AFFILIATED_WITH,
// ACCOMPANIED) with their modality, date, items and evidence.
//
// Extraction is offline and deterministic: the same bytes always give the
// same graph.Extraction, and every data file it uses is embedded in the
// binary. Extract is safe for concurrent use. The package knows nothing of
// Neo4j.
//
// # Pipeline
//
//  1. Input. Read rejects empty, binary, invalid UTF-8 and oversized input
//     (MaxBytes). HTML is reduced to its visible text (scripts, styles,
//     navigation and comments dropped, entities decoded, block elements on
//     lines of their own); its meta tags give the publication date, site
//     name and title. Markdown emphasis and heading marks are ignored.
//  2. Metadata. YAML front matter (title, outlet, url, published, id) is
//     read when present; otherwise the first line is the title, a closing
//     "Source: …" line or a wire dateline "(Reuters)" names the outlet, and
//     a date near the top is the publication date.
//  3. Normalisation, for matching only: NFKC, straight quotes, plain spaces
//     and hyphens, no zero-width characters, Cyrillic and Greek look-alike
//     letters folded inside Latin words. A sparse offset map leads every
//     match back to the original bytes, so Evidence.Sentence is exactly
//     Document.Text[Start:End].
//  4. Sentences and tokens: every line ends a sentence (headlines,
//     captions); full stops end one outside paired quotation marks and
//     after no abbreviation (Mr., U.S., initials); a photo credit in
//     brackets stands apart; run-on text is cut into pieces of bounded
//     length, which keeps every rule linear.
//  5. Entities: the embedded gazetteers in data/ (every country with its
//     official and short names, abbreviations, demonyms and capitals; news
//     agencies and outlets; international and state bodies; regions and
//     cities; well-known people with their offices), organisation and place
//     patterns by head word ("… University", "Ministry of …", "… Party",
//     "… Council", "… Cosmodrome", "X region"), and people's names from
//     titles and roles ("Russian President …", "leader …", "Mr …"), given
//     names, family names and capitalised runs that are no common words.
//     A capital that acts stands for its country; one that is a
//     destination, a location or a dateline is a place.
//  6. Resolution: a surname ("Putin", "Kim", and the given name of
//     Vietnamese names: "Lam") names the person of the article with that
//     name who is named most; spelling variants share one id
//     ("Kim Jong-un" = "Kim Jong Un"); descriptions ("the Russian
//     president", "the minister") and pronouns stand for the person they
//     refer to, without becoming aliases.
//  7. Relations: rules over the mentions of a sentence, each named in
//     Evidence.Rule ("visited/arrived", "met/talks", "quoted/told",
//     "supplies/providing", "leads/title", "affiliated/apposition",
//     "accompanied/join", …). Modality comes from cues in the clause
//     (denied > alleged > planned > asserted), the date from the nearest
//     date expression anchored to the publication date, items from a
//     lexicon of what is supplied. One relation is kept per type and ends:
//     the first, except that a body sentence beats the headline and a flat
//     statement beats an earlier plan.
//
// Merge then resolves entities across documents.
//
// # Speed
//
// Extraction does little per token: a word is looked up once, in a compact
// hash table of known words (knownTable), which gives its lower case, its
// word classes as bits (token.cls) and its gazetteer phrases; rules test
// those bits instead of looking words up in lists. A document's working
// state (entities, mentions, relation candidates, lists, scratch buffers)
// lives in storage that a pool hands to the next document, and strings
// that recur across articles (titles, rule names, lower-cased names) are
// built once. BenchmarkExtract measures throughput on one core.
package loader
