/// A concept before its forms are planned and checked for collisions.
struct ConceptDraft: Sendable {
  var kind: EntityKind
  var recipe: Recipe
  /// Extra English forms listed as forbidden (a Soviet-era place name).
  var forbiddenEnglish: [String] = []
}
