/// Builds `count` concepts deterministically from a seed.
///
/// Each concept is drafted by ``NameFactory``, given forms by
/// ``FormPlanner``, and kept only if none of its forms' comparison keys
/// (`ComparisonKey.of`, the matcher's own folding) is already taken by
/// another concept; otherwise it is drafted again. So no form text, and not
/// even a spelling that folds to the same key, is shared by two concepts.
struct GlossaryGenerator {
  var count: Int
  var seed: UInt64
  /// Attempts per concept before falling back to a person (whose name
  /// space is effectively unbounded).
  var attempts = 64
  /// ``ArticleGenerator/Shape/plain``: every concept a plain 1–3-word name.
  var plain = false

  func generate() -> GeneratedGlossary {
    var rng = SeededRandom(seed: seed, stream: 1)
    let cache = OrthographyCache()
    let planner = FormPlanner(cache: cache)
    var factory = NameFactory()
    var owners: [String: Int] = [:]
    owners.reserveCapacity(count * 4)
    var concepts: [GeneratedConcept] = []
    concepts.reserveCapacity(count)
    let kinds = EntityKind.allCases
    let weights = kinds.map(\.weight)
    let width = max(6, String(count).count)

    while concepts.count < count {
      var kind = kinds[rng.weightedIndex(weights)]
      var attempt = 0
      while true {
        attempt += 1
        if attempt > attempts { kind = .person }
        let draft = plain ? factory.plain(using: &rng) : factory.make(kind, using: &rng)
        let forms = planner.plan(draft, using: &rng)
        var keys: [String] = []
        var clash = false
        for form in forms {
          let key = cache.key(form.text)
          if key.isEmpty || owners[key] != nil {
            clash = true
            break
          }
          keys.append(key)
        }
        if clash { continue }
        let index = concepts.count
        for key in keys { owners[key] = index }
        let number = String(index + 1)
        let id = "c" + String(repeating: "0", count: max(0, width - number.count)) + number
        concepts.append(GeneratedConcept(id: id, kind: draft.kind, recipe: draft.recipe, forms: forms))
        if draft.kind == .place { factory.remember(place: draft.recipe) }
        break
      }
    }
    return GeneratedGlossary(concepts: concepts, keyOwners: owners, cache: cache)
  }
}
