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
/// Memory: about 1 KB per form (a 100 000-concept, 500 000-form glossary
/// takes about 0.6 GB); immutable once built, so shared by every thread.
public final class InMemoryGlossaryIndex: GlossaryIndexReader, Sendable {
  private let forms: [StoredForm]
  private let position: [Int64: Int32]
  /// Form positions by each strict key: text, case, fold, match, sorted, joined.
  private let byKey: [[String: [Int32]]]
  private let words: [Int64: StoredWord]
  private let lengths: [Int64: Int]
  private let wordsByHash: [Int64: [Int64]]
  private let postingLists: [Int64: [Int64]]
  private let summaries: [String: ConceptSummary]
  private let count: Int

  /// Builds the index (a few seconds at 500 000 forms: the deletion hashes).
  public init(_ contents: GlossaryIndexContents) {
    forms = contents.forms.map(\.form)
    var position: [Int64: Int32] = [:]
    position.reserveCapacity(forms.count)
    var byKey = Array(repeating: [String: [Int32]](), count: 6)
    for (i, f) in contents.forms.enumerated() {
      position[f.form.id] = Int32(i)
      let keys = [
        f.form.text, f.form.caseKey, f.form.foldKey, f.form.matchKey, f.form.sortedKey, f.joinedKey,
      ]
      for (k, key) in keys.enumerated() { byKey[k][key, default: []].append(Int32(i)) }
    }
    self.position = position
    self.byKey = byKey
    var words: [Int64: StoredWord] = [:]
    var lengths: [Int64: Int] = [:]
    var byHash: [Int64: [Int64]] = [:]
    let hashes = contents.words.concurrentMap { GlossaryIndexRows.deletionHashes($0.word) }
    for (w, wordHashes) in zip(contents.words, hashes) {
      words[w.id] = w
      lengths[w.id] = w.word.unicodeScalars.count
      for h in wordHashes { byHash[h, default: []].append(w.id) }
    }
    self.words = words
    self.lengths = lengths
    wordsByHash = byHash
    postingLists = contents.postings
    var summaries: [String: ConceptSummary] = [:]
    for c in contents.concepts {
      summaries[c.id] = ConceptSummary(id: c.id, kind: c.kind, note: c.note, canonical: [])
    }
    // Preferred forms in form order, as the engines list them.
    for f in contents.forms.map(\.form).sorted(by: { $0.id < $1.id }) where f.status == "preferred" {
      guard let tag = LanguageTag(f.language) else { continue }
      summaries[f.conceptID]?.canonical.append((tag, f.text))
    }
    self.summaries = summaries
    count = contents.formCount
  }

  /// How many forms it holds.
  public var size: Int { forms.count }

  private func forms(at positions: some Sequence<Int32>) -> [StoredForm] {
    positions.map { forms[Int($0)] }
  }

  public func strictForms(
    text: String, caseKey: String, foldKey: String, matchKey: String, sortedKey: String,
    joinedKeys: [String]
  ) throws -> [StoredForm] {
    var hit: Set<Int32> = []
    for (k, key) in [text, caseKey, foldKey, matchKey, sortedKey].enumerated() {
      hit.formUnion(byKey[k][key] ?? [])
    }
    for key in joinedKeys { hit.formUnion(byKey[5][key] ?? []) }
    return forms(at: hit.sorted())
  }

  public func forms(joinedKeyIn keys: [String]) throws -> [StoredForm] {
    var hit: Set<Int32> = []
    for key in keys { hit.formUnion(byKey[5][key] ?? []) }
    return forms(at: hit.sorted())
  }

  public func forms(ids: [Int64]) throws -> [StoredForm] {
    forms(at: Set(ids).compactMap { position[$0] }.sorted())
  }

  public func formCount() throws -> Int { count }

  public func words(deletionHashes hashes: [Int64], lengths range: ClosedRange<Int>) throws
    -> [StoredWord]
  {
    var seen: Set<Int64> = []
    var result: [StoredWord] = []
    for h in hashes.prefix(DeletionNeighborhood.maxHashCount) {
      for id in wordsByHash[h] ?? [] where seen.insert(id).inserted {
        guard let w = words[id], let n = lengths[id], range.contains(n) else { continue }
        result.append(w)
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
