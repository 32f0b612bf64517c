import Foundation
import GRDB
import Matching
import Orthography
import Terminology

/// One fuzzy-search result: a unit whose source segment resembles the
/// query, with its translation.
public struct MemoryMatch: Hashable, Sendable {
  public var unitID: Int64
  /// The source variant's id (the final tie-break).
  public var variantID: Int64
  public var tuid: String?
  public var origin: String
  public var line: Int?
  public var source: String
  public var target: String
  public var score: SegmentScore
  /// The source's words that differ from the query, as Unicode-scalar
  /// ranges of ``source``.
  public var differing: [Range<Int>]
}

/// Fuzzy search over the memory's segments in one language pair.
///
/// Candidates come from the word index: the query's distinct words are
/// sorted rarest first; a segment scoring at least `minimum` shares at
/// least *t* words with the query (``SegmentSimilarity/requiredOverlap``),
/// so it holds one of the rarest words whose weights exceed the others'
/// total minus *t* (prefix filtering). Those posting lists give the
/// candidates; the other words' lists (binary search) complete each
/// candidate's overlap, an upper bound of its score. Candidates are
/// verified best bound first with a distance bounded by the worse of
/// `minimum` and the current k-th best, and the scan stops at the first
/// bound below both. ``exhaustiveSearch`` scores every segment with the
/// same function; tests check that both return the same list.
///
/// Posting lists read are kept in memory, so a batch of queries reads each
/// word's list once. Not thread-safe: one searcher per thread.
public final class MemorySearcher {
  private let store: GlossaryStore
  private var lists: [Int64: [UInt32]] = [:]
  private var listBytes = 0
  /// The cache is dropped past this many bytes of posting lists.
  public var cacheLimit = 512 << 20

  public init(store: GlossaryStore) {
    self.store = store
  }

  /// The query's words: ids (unknown words get ids no segment has), keys
  /// and document frequencies.
  struct Query {
    var text: String
    var normalized: String
    var ids: [UInt32]
    var tokens: [SegmentToken]
    /// Distinct known words: id, weight (occurrences in the query), df.
    var known: [(id: UInt32, weight: Int, df: Int)]
  }

  func prepare(_ text: String, language: LanguageTag, _ db: Database) throws -> Query {
    let nfc = Normalizer.nfc(text.trimmingCharacters(in: .whitespacesAndNewlines))
    let tokens = SegmentTokenizer.tokens(of: nfc, language: language)
    let distinct = Array(Set(tokens.map(\.key))).sorted()
    var found: [String: (UInt32, Int)] = [:]
    if !distinct.isEmpty {
      let rows = try Row.fetchAll(
        db,
        sql: "SELECT id, word, df FROM tmToken WHERE lang = ? AND word IN (\(placeholders(distinct.count)))",
        arguments: StatementArguments([language.rawValue] + distinct))
      for r in rows { found[r[1]] = (UInt32(r[0] as Int64), r[2]) }
    }
    var unknownID = UInt32.max
    var unknown: [String: UInt32] = [:]
    var ids: [UInt32] = []
    var weights: [UInt32: Int] = [:]
    for t in tokens {
      if let (id, _) = found[t.key] {
        ids.append(id)
        weights[id, default: 0] += 1
      } else if let id = unknown[t.key] {
        ids.append(id)
      } else {
        unknown[t.key] = unknownID
        ids.append(unknownID)
        unknownID -= 1
      }
    }
    let known = weights.map { id, w in (id: id, weight: w, df: found.values.first { $0.0 == id }!.1) }
      .sorted { ($0.df, $0.id) < ($1.df, $1.id) }
    return Query(
      text: nfc, normalized: tokens.map(\.key).joined(separator: " "), ids: ids, tokens: tokens,
      known: known)
  }

  private func postings(_ id: UInt32, _ db: Database) throws -> [UInt32] {
    if let hit = lists[Int64(id)] { return hit }
    let data = try Data.fetchOne(db, sql: "SELECT postings FROM tmToken WHERE id = ?", arguments: [Int64(id)]) ?? Data()
    let list = UInt32Blob.decode(data)
    if listBytes + data.count > cacheLimit {
      lists.removeAll()
      listBytes = 0
    }
    lists[Int64(id)] = list
    listBytes += data.count
    return list
  }

  /// The `limit` best matches scoring at least `minimum` (1…101) among
  /// units with segments in `source` and `target`, best first.
  public func search(
    _ text: String, from source: LanguageTag, to target: LanguageTag, minimum: Int = 70,
    limit: Int = 5
  ) throws(StoreError) -> [MemoryMatch] {
    try store.read { db in try self.indexed(text, source, target, max(1, minimum), limit, db) }
  }

  /// The same results as ``search`` by scoring every segment in `source`:
  /// the reference the index is tested against.
  public func exhaustiveSearch(
    _ text: String, from source: LanguageTag, to target: LanguageTag, minimum: Int = 70,
    limit: Int = 5
  ) throws(StoreError) -> [MemoryMatch] {
    try store.read { db in
      let q = try self.prepare(text, language: source, db)
      guard !q.ids.isEmpty else { return [] }
      var top = TopK(limit)
      let rows = try Row.fetchCursor(
        db, sql: "SELECT id, text, normalized, tokens FROM tmVariant WHERE lang = ?",
        arguments: [source.rawValue])
      while let row = try rows.next() {
        let tokens = UInt32Blob.decode(row[3] as Data)
        guard
          let s = SegmentSimilarity.score(
            query: q.ids, candidate: tokens, queryText: q.text, candidateText: row[1],
            queryNormalized: q.normalized, candidateNormalized: row[2], minimum: max(1, minimum))
        else { continue }
        let id: Int64 = row[0]
        guard top.admits(s, id) else { continue }
        guard try Self.target(of: id, target, db) != nil else { continue }
        top.insert(Candidate(score: s, variantID: id, tokens: tokens))
      }
      return try self.matches(top.items, q, target, db)
    }
  }

  struct Candidate {
    var score: SegmentScore
    var variantID: Int64
    var tokens: [UInt32]
  }

  /// The best `k` candidates, best first (score, then variant id).
  struct TopK {
    let k: Int
    var items: [Candidate] = []
    init(_ k: Int) { self.k = k }

    var full: Bool { items.count >= k }
    /// The k-th best percentage, once there are k.
    var floor: Int? { full ? items[items.count - 1].score.percent : nil }

    func admits(_ s: SegmentScore, _ id: Int64) -> Bool {
      guard full, let last = items.last else { return true }
      return (s, id) < (last.score, last.variantID)
    }

    mutating func insert(_ c: Candidate) {
      let i = items.firstIndex { (c.score, c.variantID) < ($0.score, $0.variantID) } ?? items.count
      items.insert(c, at: i)
      if items.count > k { items.removeLast() }
    }
  }

  private func indexed(
    _ text: String, _ source: LanguageTag, _ target: LanguageTag, _ minimum: Int, _ limit: Int,
    _ db: Database
  ) throws -> [MemoryMatch] {
    let q = try prepare(text, language: source, db)
    let n = q.ids.count
    guard n > 0 else { return [] }
    let t = SegmentSimilarity.requiredOverlap(forPercent: minimum, n: n)
    // Prefix: the rarest words, until the rest weigh less than t.
    var rest = q.known.reduce(0) { $0 + $1.weight }
    guard rest >= t else { return [] }
    var prefixEnd = 0
    while prefixEnd < q.known.count, rest >= t {
      rest -= q.known[prefixEnd].weight
      prefixEnd += 1
    }
    // Candidates and their overlap on the prefix words.
    var merged: [UInt32] = []
    for w in q.known[..<prefixEnd] {
      let list = try postings(w.id, db)
      for _ in 0..<w.weight { merged.append(contentsOf: list) }
    }
    var candidates = Self.counts(merged)
    // The other words complete the overlap; drop candidates that cannot
    // reach t even if they hold every remaining word.
    var remaining = rest
    for w in q.known[prefixEnd...] {
      let list = try postings(w.id, db)
      remaining -= w.weight
      var kept: [(UInt32, Int)] = []
      kept.reserveCapacity(candidates.count)
      for (id, overlap) in candidates {
        let o = Self.contains(list, id) ? overlap + w.weight : overlap
        if o + remaining >= t { kept.append((id, o)) }
      }
      candidates = kept
    }
    candidates.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
    var top = TopK(limit)
    let fetch = try db.makeStatement(sql: "SELECT text, normalized, tokens FROM tmVariant WHERE id = ?")
    for (id, overlap) in candidates {
      let bound = SegmentSimilarity.upperBound(overlap: overlap, n: n)
      if bound < minimum { break }
      if let floor = top.floor, bound < floor { break }
      guard let row = try Row.fetchOne(fetch, arguments: [Int64(id)]) else { continue }
      let tokens = UInt32Blob.decode(row[2] as Data)
      let refined = SegmentSimilarity.upperBound(overlap: overlap, n: n, m: tokens.count)
      let needed = max(minimum, top.floor ?? minimum)
      if refined < needed { continue }
      guard
        let s = SegmentSimilarity.score(
          query: q.ids, candidate: tokens, queryText: q.text, candidateText: row[0],
          queryNormalized: q.normalized, candidateNormalized: row[1], minimum: needed)
      else { continue }
      guard top.admits(s, Int64(id)) else { continue }
      guard try Self.target(of: Int64(id), target, db) != nil else { continue }
      top.insert(Candidate(score: s, variantID: Int64(id), tokens: tokens))
    }
    return try matches(top.items, q, target, db)
  }

  /// Posting lists merged: each variant with the number of times it
  /// occurs (a word that occurs w times in the query is listed w times).
  static func counts(_ merged: [UInt32]) -> [(UInt32, Int)] {
    let sorted = merged.sorted()
    var out: [(UInt32, Int)] = []
    var i = 0
    while i < sorted.count {
      var j = i + 1
      while j < sorted.count, sorted[j] == sorted[i] { j += 1 }
      out.append((sorted[i], j - i))
      i = j
    }
    return out
  }

  static func contains(_ list: [UInt32], _ id: UInt32) -> Bool {
    var lo = 0
    var hi = list.count
    while lo < hi {
      let mid = (lo + hi) >> 1
      if list[mid] < id { lo = mid + 1 } else { hi = mid }
    }
    return lo < list.count && list[lo] == id
  }

  static func target(of variantID: Int64, _ target: LanguageTag, _ db: Database) throws -> String? {
    try String.fetchOne(
      db,
      sql: """
        SELECT t.text FROM tmVariant s JOIN tmVariant t ON t.unitId = s.unitId AND t.lang = ?
        WHERE s.id = ? ORDER BY t.id LIMIT 1
        """,
      arguments: [target.rawValue, variantID])
  }

  private func matches(_ items: [Candidate], _ q: Query, _ target: LanguageTag, _ db: Database) throws -> [MemoryMatch] {
    try items.map { c in
      let row = try Row.fetchOne(
        db,
        sql: """
          SELECT u.id, u.tuid, o.path, u.line, v.text, v.lang FROM tmVariant v
          JOIN tmUnit u ON u.id = v.unitId JOIN tmOrigin o ON o.id = u.originId WHERE v.id = ?
          """,
        arguments: [c.variantID])!
      let text: String = row[4]
      let language = LanguageTag(row[5] as String) ?? .en
      let tokens = SegmentTokenizer.tokens(of: text, language: language)
      let differing = SegmentSimilarity.differingPositions(query: q.ids, candidate: c.tokens)
        .compactMap { $0 < tokens.count ? tokens[$0].range : nil }
      return MemoryMatch(
        unitID: row[0], variantID: c.variantID, tuid: row[1], origin: row[2], line: row[3],
        source: text, target: try Self.target(of: c.variantID, target, db) ?? "", score: c.score,
        differing: differing)
    }
  }
}
