/// The generator's output in memory: the concepts, in id order, and which
/// concept owns each comparison key.
struct GeneratedGlossary {
  var concepts: [GeneratedConcept]
  /// `ComparisonKey` of every form → index into ``concepts``. No key
  /// belongs to two concepts, so an exact or key-level match has one answer.
  var keyOwners: [String: Int]
  /// The cache used to build it (queries reuse it).
  var cache: OrthographyCache

  /// Indices of the concepts of each kind, in id order.
  func indices(of kind: EntityKind) -> [Int] {
    concepts.indices.filter { concepts[$0].kind == kind }
  }
}
