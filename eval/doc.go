// Package eval scores extracted graphs against hand-made gold annotations,
// as the annotated corpus defines it: entity precision, recall and F1 (with
// type accuracy over matches), relation precision, recall and F1 per type
// and micro-averaged, and modality accuracy over matched relations.
//
// Names are compared after Unicode NFKC normalisation, case folding,
// curly-to-straight quotes and folding of Latin look-alike letters from
// other scripts. An entity matches a gold entity when any of its names
// equals any of the gold entity's; a relation matches when its type is the
// same and both ends resolve to the gold relation's ends (MET ignores
// direction); QUOTED relations are compared by their speakers alone.
package eval
