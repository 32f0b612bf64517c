import Matching
import Orthography
import Terminology

/// Everything a lookup reads, as an engine dumps it in one read: the
/// forms with their keys, the typo index's words and posting lists, the
/// concepts. ``InMemoryGlossaryIndex`` answers lookups from it.
public struct GlossaryIndexContents: Sendable {
  /// A stored form and its joined key (the key without word breaks).
  public struct Form: Sendable {
    public var form: StoredForm
    public var joinedKey: String
    public init(form: StoredForm, joinedKey: String) {
      self.form = form
      self.joinedKey = joinedKey
    }
  }

  /// A concept's kind and note (its preferred forms come from ``forms``).
  public struct Concept: Sendable {
    public var id: String
    public var kind: ConceptKind
    public var note: String?
    public init(id: String, kind: ConceptKind, note: String?) {
      self.id = id
      self.kind = kind
      self.note = note
    }
  }

  public var forms: [Form]
  /// Every stored word of the typo index (each with a posting).
  public var words: [StoredWord]
  /// The distinct forms holding each word, ascending, keyed by word id.
  public var postings: [Int64: [Int64]]
  public var concepts: [Concept]
  /// What the engine answers for ``GlossaryIndexReader/formCount()``.
  public var formCount: Int

  public init(
    forms: [Form], words: [StoredWord], postings: [Int64: [Int64]], concepts: [Concept],
    formCount: Int
  ) {
    self.forms = forms
    self.words = words
    self.postings = postings
    self.concepts = concepts
    self.formCount = formCount
  }
}

/// A glossary's lookup index held in memory: the same answers to
/// ``GlossaryIndexReader``'s probes as the engine it was read from, without
/// a statement or a round trip per probe.
///
/// A server keeps one per glossary fingerprint (``GlossaryIndexCache``):
/// on PostgreSQL a lookup otherwise costs ten round trips, on SQLite ten
/// statements. The typo index's deletion hashes are computed again here
/// from the words (``GlossaryIndexRows/deletionHashes(_:)``, the function
/// both engines store them with) rather than read: eight million rows at
/// 100 000 concepts cost more to read than to compute.
///
/// Immutable once built, so shared by every thread. Memory and build
/// time at 100 000 concepts: Documentation/Server.md.
public final class InMemoryGlossaryIndex: GlossaryIndexReader, Sendable {
  private let forms: [StoredForm]
  private let position: [Int64: Int32]
  /// Per strict key (text, case, fold, match, sorted, joined): the first
  /// form holding each value, and a chain to the next form with the same
  /// value (-1 ends it) — one dictionary entry a value, no array each.
  private let firstByKey: [[String: Int32]]
  private let nextByKey: [[Int32]]
  private let words: [StoredWord]
  private let lengths: [Int32]
  /// The deletion hashes of every word, sorted, with the word (an index
  /// of `words`) each belongs to: 8.5 million pairs at 100 000 concepts,
  /// 12 bytes each, searched by bisection.
  private let hashes: [Int64]
  private let hashWords: [Int32]
  private let postingLists: [Int64: [Int64]]
  private let summaries: [String: ConceptSummary]
  private let count: Int

  /// Builds the index (seconds at 500 000 forms: the deletion hashes).
  public init(_ contents: GlossaryIndexContents) {
    forms = contents.forms.map(\.form)
    var position: [Int64: Int32] = [:]
    position.reserveCapacity(forms.count)
    var first = Array(repeating: [String: Int32](), count: 6)
    var next = Array(repeating: [Int32](repeating: -1, count: forms.count), count: 6)
    // Backwards, so each chain runs in form order.
    for i in contents.forms.indices.reversed() {
      let f = contents.forms[i]
      position[f.form.id] = Int32(i)
      let keys = [
        f.form.text, f.form.caseKey, f.form.foldKey, f.form.matchKey, f.form.sortedKey, f.joinedKey,
      ]
      for (k, key) in keys.enumerated() {
        if let head = first[k].updateValue(Int32(i), forKey: key) { next[k][i] = head }
      }
    }
    self.position = position
    firstByKey = first
    nextByKey = next
    words = contents.words
    lengths = contents.words.map { Int32($0.word.unicodeScalars.count) }
    let perWord = contents.words.concurrentMap { GlossaryIndexRows.deletionHashes($0.word) }
    var pairs: [(Int64, Int32)] = []
    pairs.reserveCapacity(perWord.reduce(0) { $0 + $1.count })
    for (w, list) in perWord.enumerated() { for h in list { pairs.append((h, Int32(w))) } }
    pairs.sort { $0 < $1 }
    hashes = pairs.map(\.0)
    hashWords = pairs.map(\.1)
    postingLists = contents.postings
    var summaries: [String: ConceptSummary] = [:]
    for c in contents.concepts {
      summaries[c.id] = ConceptSummary(id: c.id, kind: c.kind, note: c.note, canonical: [])
    }
    // Preferred forms in form order, as the engines list them.
    for f in forms.sorted(by: { $0.id < $1.id }) where f.status == "preferred" {
      guard let tag = LanguageTag(f.language) else { continue }
      summaries[f.conceptID]?.canonical.append((tag, f.text))
    }
    self.summaries = summaries
    count = contents.formCount
  }

  /// How many forms it holds.
  public var size: Int { forms.count }

  /// Positions of the forms whose key `k` is `value`.
  private func holders(_ k: Int, _ value: String, into hit: inout Set<Int32>) {
    var i = firstByKey[k][value] ?? -1
    while i >= 0 {
      hit.insert(i)
      i = nextByKey[k][Int(i)]
    }
  }

  private func forms(at positions: some Sequence<Int32>) -> [StoredForm] {
    positions.map { forms[Int($0)] }
  }

  public func strictForms(
    text: String, caseKey: String, foldKey: String, matchKey: String, sortedKey: String,
    joinedKeys: [String]
  ) throws -> [StoredForm] {
    var hit: Set<Int32> = []
    for (k, key) in [text, caseKey, foldKey, matchKey, sortedKey].enumerated() {
      holders(k, key, into: &hit)
    }
    for key in joinedKeys { holders(5, key, into: &hit) }
    return forms(at: hit.sorted())
  }

  public func forms(joinedKeyIn keys: [String]) throws -> [StoredForm] {
    var hit: Set<Int32> = []
    for key in keys { holders(5, key, into: &hit) }
    return forms(at: hit.sorted())
  }

  public func forms(ids: [Int64]) throws -> [StoredForm] {
    forms(at: Set(ids).compactMap { position[$0] }.sorted())
  }

  public func formCount() throws -> Int { count }

  public func words(deletionHashes query: [Int64], lengths range: ClosedRange<Int>) throws
    -> [StoredWord]
  {
    var seen: Set<Int32> = []
    var result: [StoredWord] = []
    for h in query.prefix(DeletionNeighborhood.maxHashCount) {
      // The first pair with this hash, by bisection.
      var lo = 0
      var hi = hashes.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if hashes[mid] < h { lo = mid + 1 } else { hi = mid }
      }
      while lo < hashes.count, hashes[lo] == h {
        let w = hashWords[lo]
        lo += 1
        guard seen.insert(w).inserted, range.contains(Int(lengths[Int(w)])) else { continue }
        result.append(words[Int(w)])
      }
    }
    return result
  }

  public func postings(words ids: [Int64]) throws -> [(word: Int64, form: Int64)] {
    ids.flatMap { w in (postingLists[w] ?? []).map { (w, $0) } }
  }

  public func forms(holding word: Int64, limit: Int) throws -> [Int64] {
    Array((postingLists[word] ?? []).prefix(limit))
  }

  public func forms(holding word: Int64, among ids: [Int64], formCount: Int) throws -> [Int64] {
    let wanted = Set(ids)
    return (postingLists[word] ?? []).filter { wanted.contains($0) }
  }

  public func conceptSummaries(ids: [String]) throws -> [ConceptSummary] {
    var seen: Set<String> = []
    return ids.compactMap { seen.insert($0).inserted ? summaries[$0] : nil }
  }
}
