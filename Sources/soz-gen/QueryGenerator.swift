import Orthography

/// Draws test queries from a generated glossary, each with the concept it
/// should find.
///
/// Queries alternate between ``GeneratedQuery/Kind/typo`` and
/// ``GeneratedQuery/Kind/variant`` and each comes from a different concept.
/// A query is kept only if it is not itself a listed form of its concept
/// and its comparison key does not belong to another concept, so the
/// expected answer is unambiguous at the key level.
struct QueryGenerator {
  var count: Int
  var seed: UInt64
  var triesPerConcept = 24

  func generate(from glossary: GeneratedGlossary) -> [GeneratedQuery] {
    var rng = SeededRandom(seed: seed, stream: 2)
    var order = Array(glossary.concepts.indices)
    rng.shuffle(&order)
    var queries: [GeneratedQuery] = []
    queries.reserveCapacity(count)
    var next = 0
    while queries.count < count, next < order.count {
      let concept = glossary.concepts[order[next]]
      next += 1
      let kind: GeneratedQuery.Kind = queries.count % 2 == 0 ? .typo : .variant
      let made =
        kind == .typo
        ? typo(of: concept, in: glossary, using: &rng)
        : variant(of: concept, in: glossary, using: &rng)
      if let made { queries.append(GeneratedQuery(text: made, conceptID: concept.id, kind: kind)) }
    }
    return queries
  }

  private func acceptable(
    _ text: String, for concept: GeneratedConcept, in glossary: GeneratedGlossary
  ) -> Bool {
    guard text.count >= 3, !text.contains("\t") else { return false }
    if concept.forms.contains(where: { $0.text == text }) { return false }
    let key = glossary.cache.key(text)
    guard !key.isEmpty else { return false }
    if let owner = glossary.keyOwners[key], glossary.concepts[owner].id != concept.id {
      return false
    }
    return true
  }

  /// `count` queries of kind ``GeneratedQuery/Kind/boundary``, from their
  /// own random stream, so adding them never changes the typo and variant
  /// queries of a seed.
  func generateBoundary(from glossary: GeneratedGlossary) -> [GeneratedQuery] {
    var rng = SeededRandom(seed: seed, stream: 3)
    var order = Array(glossary.concepts.indices)
    rng.shuffle(&order)
    var queries: [GeneratedQuery] = []
    var next = 0
    while queries.count < count, next < order.count {
      let concept = glossary.concepts[order[next]]
      next += 1
      for _ in 0..<triesPerConcept {
        let form = rng.pick(concept.forms)
        guard var text = Self.misspace(form.text, using: &rng) else { continue }
        if rng.chance(0.15), let tag = LanguageTag(form.lang) {
          text = CaseMapper.lowercased(text, language: tag)
        }
        if acceptable(text, for: concept, in: glossary) {
          queries.append(GeneratedQuery(text: text, conceptID: concept.id, kind: .boundary))
          break
        }
      }
    }
    return queries
  }

  /// One word-boundary slip in `text`, or nil when it has no room for the
  /// slip drawn.
  static func misspace(_ text: String, using rng: inout SeededRandom) -> String? {
    var chars = Array(text)
    let breaks = chars.indices.filter { chars[$0] == " " || chars[$0] == "-" }
    switch rng.int(below: 5) {
    case 0:  // two words joined: NagornoKarabakh, Ilhamaliyev
      guard !breaks.isEmpty else { return nil }
      chars.remove(at: rng.pick(breaks))
    case 1:  // a word split: Kara bakh
      let inside = chars.indices.filter { i in
        i >= 3 && i <= chars.count - 3 && chars[(i - 3)..<(i + 3)].allSatisfy(\.isLetter)
      }
      guard !inside.isEmpty else { return nil }
      chars.insert(" ", at: rng.pick(inside))
    case 2:  // a letter typed for the space: Ilhamxaliyev
      let spaces = breaks.filter { chars[$0] == " " }
      guard !spaces.isEmpty else { return nil }
      let letters = chars.filter(\.isLetter)
      chars[rng.pick(spaces)] = rng.pick(letters.map { Character($0.lowercased()) })
    case 3:  // hyphen for space or back: Kassym Jomart
      guard !breaks.isEmpty else { return nil }
      let i = rng.pick(breaks)
      chars[i] = chars[i] == " " ? "-" : " "
    default:  // the space one letter off: Ilha mAliyev, Ilhamx Aliyev
      let spaces = breaks.filter { chars[$0] == " " && $0 >= 3 && $0 <= chars.count - 4 }
      guard !spaces.isEmpty else { return nil }
      let i = rng.pick(spaces)
      let j = rng.chance(0.5) ? i - 1 : i + 1
      guard chars[j].isLetter else { return nil }
      chars.swapAt(i, j)
    }
    return String(chars)
  }

  // MARK: - Typos

  private func typo(
    of concept: GeneratedConcept, in glossary: GeneratedGlossary, using rng: inout SeededRandom
  ) -> String? {
    for _ in 0..<triesPerConcept {
      let form = rng.pick(concept.forms)
      var text = TypoMaker.misspell(form.text, using: &rng)
      if rng.chance(0.15), let tag = LanguageTag(form.lang) {
        text = CaseMapper.lowercased(text, language: tag)
      }
      if rng.chance(0.12) { text = Romanizer.ascii(text) }
      if acceptable(text, for: concept, in: glossary) { return text }
    }
    return nil
  }

  // MARK: - Variants

  private enum VariantKind: CaseIterable {
    case letterCase, noDiacritics, romanization, wordOrder, cyrillic
  }

  private func variant(
    of concept: GeneratedConcept, in glossary: GeneratedGlossary, using rng: inout SeededRandom
  ) -> String? {
    var kinds = VariantKind.allCases
    rng.shuffle(&kinds)
    for kind in kinds {
      for _ in 0..<4 {
        guard let text = variant(kind, of: concept, using: &rng) else { continue }
        if acceptable(text, for: concept, in: glossary) { return text }
      }
    }
    return nil
  }

  private func variant(
    _ kind: VariantKind, of concept: GeneratedConcept, using rng: inout SeededRandom
  ) -> String? {
    switch kind {
    case .letterCase:
      let form = rng.pick(concept.forms)
      guard let tag = LanguageTag(form.lang) else { return nil }
      return rng.chance(0.6)
        ? CaseMapper.lowercased(form.text, language: tag)
        : CaseMapper.uppercased(form.text, language: tag)
    case .noDiacritics:
      let forms = concept.forms.filter { ["az", "tr", "kk-Latn"].contains($0.lang) }
      guard !forms.isEmpty else { return nil }
      let text = rng.pick(forms).text
      // Either ə → e (Azerbaijani habit) or ə → a (English habit).
      return rng.chance(0.5)
        ? Romanizer.ascii(text)
        : Romanizer.ascii(text.replacingEach("ə", with: "a").replacingEach("Ə", with: "A"))
    case .romanization:
      return concept.recipe.render(
        .en(EnglishScheme.random(using: &rng)), alternate: rng.chance(0.3))
    case .wordOrder:
      let forms = concept.forms.filter { $0.text.split(separator: " ").count == 2 }
      guard !forms.isEmpty else { return nil }
      let words = rng.pick(forms).text.split(separator: " ")
      return String(words[1]) + " " + String(words[0])
    case .cyrillic:
      let kk = concept.forms(in: "kk")
      switch rng.int(below: 3) {
      case 0:
        return concept.recipe.render(.ru)
      case 1:
        return kk.isEmpty ? nil : Romanizer.russianKeyboard(rng.pick(kk).text)
      default:
        guard !kk.isEmpty else { return nil }
        return CaseMapper.lowercased(rng.pick(kk).text, language: .kk)
      }
    }
  }
}
