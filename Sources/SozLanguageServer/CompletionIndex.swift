import LanguageServerProtocol
import Matching
import Orthography
import Terminology

/// The canonical names of a glossary, keyed for completion: a typed prefix
/// matches a name when it starts the name's case- and diacritic-folded
/// spelling (`naxc` → Naxçıvan) or its comparison key (`nakh` → Naxçıvan,
/// Нахчыван), so any romanization finds every language's form.
struct CompletionIndex: Sendable {
  struct Entry: Sendable {
    var text: String
    var conceptID: String
    var kind: ConceptKind
    var language: LanguageTag
    var folded: String
    var key: String
  }
  let entries: [Entry]

  /// The preferred form per language of every concept (the house style's
  /// choice where it names one).
  init(_ compiled: CompiledGlossary, houseStyle: [String: String]) {
    var entries: [Entry] = []
    for i in 0..<compiled.conceptCount {
      let concept = compiled.concept(at: i)
      for form in concept.forms where form.status == .preferred || houseStyle[concept.id] == form.text {
        entries.append(
          Entry(
            text: form.text, conceptID: concept.id, kind: concept.kind, language: form.language,
            folded: Folding.diacriticKey(form.text), key: ComparisonKey.of(form.text)))
      }
    }
    self.entries = entries
  }

  /// The names `prefix` starts, the text's language first, then by
  /// length and spelling; at most `limit`, and whether there were more.
  func names(startingWith prefix: String, language: LanguageTag, limit: Int) -> ([Entry], Bool) {
    let folded = Folding.diacriticKey(prefix)
    let key = ComparisonKey.of(prefix)
    guard !folded.isEmpty else { return ([], false) }
    var seen = Set<String>()
    var hits = entries.filter { e in
      (e.folded.hasPrefix(folded) || (!key.isEmpty && e.key.hasPrefix(key)))
        && seen.insert(e.text + "\u{0}" + e.conceptID).inserted
    }
    hits.sort { a, b in
      let la = a.language == language ? 0 : 1
      let lb = b.language == language ? 0 : 1
      if la != lb { return la < lb }
      let pa = a.folded.hasPrefix(folded) ? 0 : 1
      let pb = b.folded.hasPrefix(folded) ? 0 : 1
      if pa != pb { return pa < pb }
      return (a.text.count, a.text) < (b.text.count, b.text)
    }
    return (Array(hits.prefix(limit)), hits.count > limit)
  }
}
