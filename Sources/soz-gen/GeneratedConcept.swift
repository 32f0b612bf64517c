/// One concept as written to `glossary.tsv`.
struct GeneratedConcept: Sendable {
  /// One row: language tag, text, status.
  struct Form: Sendable {
    var lang: String
    var text: String
    var status: FormStatus
  }

  var id: String
  var kind: EntityKind
  var recipe: Recipe
  var forms: [Form]

  /// The forms in `lang`, preferred first.
  func forms(in lang: String) -> [Form] {
    forms.filter { $0.lang == lang }
  }
}
