import Orthography
import Terminology

/// The glossary's forms indexed for ``MemoryAligner``: by language and
/// exact text, and by language and comparison key.
struct GlossaryForms: Sendable {
  struct Entry: Sendable {
    var concept: String
    var form: Form
  }

  /// What the glossary says about one pair.
  struct Verdict: Sendable {
    var concept: String?
    var status: TermPair.Status
    var sourceListed: Bool
    var targetListed: Bool
  }

  private var exact: [String: [Entry]] = [:]
  private var byKey: [String: [Entry]] = [:]
  /// Every form's key (for suffix gating) and key words (proven capitals).
  private(set) var keys: Set<String> = []
  private(set) var words: Set<String> = []
  let keyCache: KeyCache

  init(_ glossary: Glossary, keys keyCache: KeyCache) {
    self.keyCache = keyCache
    for (c, f) in glossary.allForms {
      let e = Entry(concept: c.id, form: f)
      let w = keyCache.words(of: f.text)
      let key = w.joined(separator: " ")
      exact[f.language.rawValue + "\t" + f.text, default: []].append(e)
      byKey[f.language.rawValue + "\t" + key, default: []].append(e)
      keys.insert(key)
      words.formUnion(w)
    }
  }

  /// The glossary entries for `text` in `language` (or the language it is
  /// a regional tag of): exact matches if any, else those with its key.
  func find(_ text: String, in language: LanguageTag) -> (entries: [Entry], exact: Bool) {
    let tags = [language.rawValue, language.withoutRegion.rawValue]
    for tag in tags { if let e = exact[tag + "\t" + text] { return (e, true) } }
    let key = keyCache.words(of: text).joined(separator: " ")
    for tag in tags { if let e = byKey[tag + "\t" + key] { return (e, false) } }
    return ([], false)
  }

  /// The concept and status of a pair:
  /// - the target is a deprecated or forbidden spelling (exactly, or by
  ///   key when no acceptable form has its key) → conflict;
  /// - the two sides name different concepts → conflict;
  /// - both listed exactly by one concept → known;
  /// - one side found → new variant of its concept;
  /// - neither → new concept.
  func verdict(source: String, from: LanguageTag, target: String, to: LanguageTag) -> Verdict {
    let s = find(source, in: from)
    let t = find(target, in: to)
    let good: (Entry) -> Bool = { $0.form.status == .preferred || $0.form.status == .admitted }
    if !t.entries.isEmpty, !t.entries.contains(where: good) {
      let id = t.entries[0].concept
      return Verdict(concept: id, status: .conflict, sourceListed: s.exact, targetListed: t.exact)
    }
    let sc = Set(s.entries.map(\.concept))
    let tc = Set(t.entries.map(\.concept))
    switch (sc.isEmpty, tc.isEmpty) {
    case (true, true):
      return Verdict(concept: nil, status: .newConcept, sourceListed: false, targetListed: false)
    case (false, false):
      guard let shared = sc.intersection(tc).sorted().first else {
        return Verdict(concept: sc.sorted()[0], status: .conflict, sourceListed: s.exact, targetListed: t.exact)
      }
      let known = s.exact && t.exact && t.entries.contains { $0.concept == shared && good($0) }
      return Verdict(
        concept: shared, status: known ? .known : .newVariant, sourceListed: s.exact, targetListed: t.exact)
    case (false, true):
      return Verdict(concept: sc.sorted()[0], status: .newVariant, sourceListed: s.exact, targetListed: false)
    case (true, false):
      return Verdict(concept: tc.sorted()[0], status: .newVariant, sourceListed: false, targetListed: t.exact)
    }
  }

  /// Whether the glossary lists source `sources[a]` and target
  /// `targets[b]` exactly, as acceptable forms of one concept: the aligner
  /// keeps such a pair of a name the memory uses `--min-count` times however
  /// rarely the memory pairs the two (a name's second target spelling may
  /// occur once: Azerbaijan ↔ Әзербайжан ×2, Әзірбайжан ×1 — the memory
  /// translates it two ways). Each text is looked up once.
  func vouched(
    _ sources: [String], _ from: LanguageTag, _ targets: [String], _ to: LanguageTag
  ) -> (Int32, Int32) -> Bool {
    let good: (Entry) -> Bool = { $0.form.status == .preferred || $0.form.status == .admitted }
    // Exact spellings only: no key is computed (a 1M-unit memory has
    // 10⁵ bases a side).
    func listed(_ text: String, _ language: LanguageTag) -> [Entry] {
      for tag in [language.rawValue, language.withoutRegion.rawValue] {
        if let e = exact[tag + "\t" + text] { return e }
      }
      return []
    }
    let sc: [Set<String>] = sources.map { Set(listed($0, from).map(\.concept)) }
    let tc: [Set<String>] = targets.map { Set(listed($0, to).filter(good).map(\.concept)) }
    return { a, b in
      Int(a) < sc.count && Int(b) < tc.count && !sc[Int(a)].isDisjoint(with: tc[Int(b)])
    }
  }
}
