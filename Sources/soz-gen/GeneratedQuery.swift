/// One row of `queries.tsv`: what a user typed and the concept they meant.
struct GeneratedQuery: Sendable {
  enum Kind: String, Sendable {
    /// A form with 1–2 keyboard or look-alike slips.
    case typo
    /// A correct spelling the glossary does not list: other case, no
    /// diacritics, another romanization, swapped word order, Cyrillic.
    case variant
  }

  var text: String
  var conceptID: String
  var kind: Kind
}
