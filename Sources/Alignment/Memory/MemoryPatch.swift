import Orthography
import Terminology

/// `soz align --memory --write-patch`: proposed pairs as glossary entries
/// for `soz glossary apply` (the YAML of ``GlossaryYAMLWriter``).
public enum MemoryPatch {
  /// Entries for the new concepts and new variants among `pairs` (known
  /// pairs and conflicts are left to the maintainer):
  /// - a new variant adds each side its concept does not list, preferred
  ///   in a language the concept has no preferred form in, else admitted;
  /// - new-concept pairs sharing a spelling become one concept (kind
  ///   `term` and a note for the maintainer to complete) whose most used
  ///   spelling per language is preferred.
  public static func proposals(
    _ pairs: [TermPair], from: LanguageTag, to: LanguageTag, glossary: Glossary?
  ) -> [Concept] {
    let source = from.withoutRegion
    let target = to.withoutRegion
    let existing = Dictionary((glossary?.concepts ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var variants: [String: Concept] = [:]
    var order: [String] = []
    for p in pairs where p.status == .newVariant {
      guard let id = p.concept, let c = existing[id] else { continue }
      var patch = variants[id] ?? Concept(id: id, kind: c.kind)
      if variants[id] == nil { order.append(id) }
      for (text, lang, listed) in [(p.source, source, p.sourceListed), (p.target, target, p.targetListed)] where !listed {
        if c.forms.contains(where: { $0.text == text && $0.language == lang })
          || patch.forms.contains(where: { $0.text == text && $0.language == lang })
        {
          continue
        }
        let taken = c.preferred(in: lang) != nil || patch.preferred(in: lang) != nil
        patch.forms.append(Form(text: text, language: lang, status: taken ? .admitted : .preferred))
      }
      variants[id] = patch
    }
    var out = order.compactMap { variants[$0] }.filter { !$0.forms.isEmpty }
    var ids = Set(existing.keys)
    for group in newConceptGroups(pairs.filter { $0.status == .newConcept }) {
      var forms: [Form] = []
      for (lang, texts) in [(source, group.map(\.source)), (target, group.map(\.target))] {
        var uses: [String: Int] = [:]
        for (p, t) in zip(group, texts) { uses[t, default: 0] += p.count }
        let ranked = uses.keys.sorted { (uses[$0]!, $1) > (uses[$1]!, $0) }
        for (k, t) in ranked.enumerated() {
          forms.append(Form(text: t, language: lang, status: k == 0 ? .preferred : .admitted))
        }
      }
      let total = group.reduce(0) { $0 + $1.count }
      let first = group.compactMap(\.examples.first).first ?? "?"
      out.append(
        Concept(
          id: uniqueID(slug(group[0].source, group[0].target), taken: &ids), kind: .term,
          note: "Proposed by soz align --memory from \(total) unit pairs (first: unit \(first)). Check the kind and write a note.",
          forms: forms))
    }
    return out
  }

  /// New-concept pairs grouped when they share a source or a target.
  static func newConceptGroups(_ pairs: [TermPair]) -> [[TermPair]] {
    var uf = UnionFind(pairs.count)
    var bySource: [String: Int] = [:]
    var byTarget: [String: Int] = [:]
    for (i, p) in pairs.enumerated() {
      if let j = bySource[p.source] { uf.union(i, j) } else { bySource[p.source] = i }
      if let j = byTarget[p.target] { uf.union(i, j) } else { byTarget[p.target] = i }
    }
    var groups: [Int: [TermPair]] = [:]
    var order: [Int] = []
    for (i, p) in pairs.enumerated() {
      let r = uf.find(i)
      if groups[r] == nil { order.append(r) }
      groups[r, default: []].append(p)
    }
    return order.map { groups[$0]! }
  }

  /// An id from the first Latin spelling (ASCII, hyphens).
  static func slug(_ a: String, _ b: String) -> String {
    let latin = Script.of(a) == .latin ? a : b
    let ascii = BaselineMethod.icuASCIIEdit.normalize(latin)
    var out = ""
    for c in ascii {
      if c.isASCII, c.isLetter || c.isNumber {
        out.append(c)
      } else if out.last != "-", !out.isEmpty {
        out.append("-")
      }
    }
    while out.hasSuffix("-") { out.removeLast() }
    return out.isEmpty ? "concept" : out
  }

  static func uniqueID(_ base: String, taken: inout Set<String>) -> String {
    GlossaryPatch.uniqueID(base, taken: &taken)
  }
}
