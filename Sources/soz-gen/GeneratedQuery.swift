/// One row of `queries.tsv`: what a user typed and the concept they meant.
struct GeneratedQuery: Sendable {
  enum Kind: String, Sendable {
    /// A form with 1–2 keyboard or look-alike slips.
    case typo
    /// A correct spelling the glossary does not list: other case, no
    /// diacritics, another romanization, swapped word order, Cyrillic.
    case variant
    /// A form with its word breaks typed wrong: two words joined, one
    /// split, a letter typed for the space, a hyphen for a space or back,
    /// the space one letter off.
    case boundary
  }

  var text: String
  var conceptID: String
  var kind: Kind
}
