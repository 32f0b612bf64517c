import Foundation
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

  public init(
    unitID: Int64, variantID: Int64, tuid: String?, origin: String, line: Int?, source: String,
    target: String, score: SegmentScore, differing: [Range<Int>]
  ) {
    self.unitID = unitID
    self.variantID = variantID
    self.tuid = tuid
    self.origin = origin
    self.line = line
    self.source = source
    self.target = target
    self.score = score
    self.differing = differing
  }
}

/// Fuzzy search over the memory's segments in one language pair
/// (Documentation/Memory.md, "The index and why top-k is exact").
///
/// Candidates come from the word index: the query's posting keys (a word,
/// or `word␁k` for its k-th occurrence) are sorted rarest first; a segment
/// scoring at least `minimum` shares at least *t* keys with the query
/// (``SegmentSimilarity/requiredOverlap(forPercent:n:)``), so it holds one
/// of the first n − t + 1 (prefix filtering). Those posting lists, merged,
/// give the candidates; the other keys' lists (galloping search) complete
/// each candidate's overlap, an upper bound of its score. Candidates are
/// verified best bound first with a word distance bounded by the worse of
/// `minimum` and the current k-th best, and the scan stops at the first
/// bound strictly below either. ``exhaustiveSearch`` scores every segment
/// with the same function; tests check that both return the same list.
///
/// The searcher reads the index through the engine's
/// ``MemoryIndexReader`` (SQLite or PostgreSQL): the algorithm, the scores
/// and the order are the same on every engine.
///
/// Posting lists (the densest also as bitmaps) and word lists read are
/// kept in memory (up to
/// ``cacheLimit`` bytes), so a batch of queries reads each once. Not
/// thread-safe: one searcher per thread.
public final class MemorySearcher {
  private let store: any MemoryStorage
  private var lists: [Int64: [UInt32]] = [:]
  private var words: [Int64: [UInt32]] = [:]
  private var bitmaps: [Int64: [UInt64]] = [:]
  private var listBytes = 0
  /// The cache is dropped past this many bytes of posting and word lists.
  public var cacheLimit = 512 << 20
  private var memoryLanguages: [LanguageTag]?

  /// The memory's languages that answer `language`: itself and its
  /// regional tags (`en` → `en`, `en-US`, `en-GB`), as stored; empty when
  /// the memory has none of them.
  public func languages(answering language: LanguageTag) throws(StoreError) -> [LanguageTag] {
    if memoryLanguages == nil {
      memoryLanguages = try store.withMemoryReader { try $0.languages().compactMap(LanguageTag.init) }
    }
    return (memoryLanguages ?? []).filter { $0 == language || $0.isRegional(language) }.sorted()
  }

  /// A searcher reading `store`.
  public init(store: any MemoryStorage) {
    self.store = store
  }

  /// The query's words: ids (unknown words get ids no segment has), keys
  /// and document frequencies.
  struct Query {
    var text: String
    var normalized: String
    /// The normalized text, prepared for the tie-break's distances.
    var pattern: DistancePattern
    var ids: [UInt32]
    /// The word ids, prepared for the word distances (the score).
    var words: DistancePattern
    var tokens: [SegmentToken]
    /// Known posting keys: id, weight (1), df; rarest first.
    var known: [(id: UInt32, weight: Int, df: Int)]
  }

  func prepare(_ text: String, language: LanguageTag, _ db: any MemoryIndexReader) throws -> Query {
    let nfc = Normalizer.nfc(text.trimmingCharacters(in: .whitespacesAndNewlines))
    let tokens = SegmentTokenizer.tokens(of: nfc, language: language)
    // Posting keys: the word, then word␁k for its k-th occurrence.
    let keys = MemoryRows.postingKeys(tokens.map(\.key))
    let distinct = Array(Set(keys)).sorted()
    var found: [String: (id: UInt32, df: Int)] = [:]
    for r in try db.tokens(language: language.rawValue, words: distinct) { found[r.word] = (r.id, r.df) }
    var unknownID = UInt32.max
    var unknown: [String: UInt32] = [:]
    var ids: [UInt32] = []
    for t in tokens {
      if let hit = found[t.key] {
        ids.append(hit.id)
      } else if let id = unknown[t.key] {
        ids.append(id)
      } else {
        unknown[t.key] = unknownID
        ids.append(unknownID)
        unknownID -= 1
      }
    }
    let normalized = tokens.map(\.key).joined(separator: " ")
    let known = keys.compactMap { found[$0] }.map { (id: $0.id, weight: 1, df: $0.df) }
      .sorted { ($0.df, $0.id) < ($1.df, $1.id) }
    return Query(
      text: nfc, normalized: normalized, pattern: DistancePattern(SegmentSimilarity.scalars(normalized)), ids: ids,
      words: DistancePattern(ids), tokens: tokens, known: known)
  }

  /// Posting list `id` as a bitmap (bit `v` set for segment `v`), kept
  /// like the lists.
  func bitmap(_ id: UInt32, _ db: any MemoryIndexReader) throws -> [UInt64] {
    if let hit = bitmaps[Int64(id)] { return hit }
    let list = try postings(id, db)
    var bits = [UInt64](repeating: 0, count: Int((list.last ?? 0) >> 6) + 1)
    // Sorted ids, the last one sized the bitmap: no bounds to check.
    bits.withUnsafeMutableBufferPointer { b in
      list.withUnsafeBufferPointer { ids in
        for v in ids { b[Int(v >> 6)] |= 1 << UInt64(v & 63) }
      }
    }
    reserve(bits.count * 8)
    bitmaps[Int64(id)] = bits
    return bits
  }

  func postings(_ id: UInt32, _ db: any MemoryIndexReader) throws -> [UInt32] {
    if let hit = lists[Int64(id)] { return hit }
    let list = try db.postings(token: id)
    reserve(list.count * 4)
    lists[Int64(id)] = list
    return list
  }

  private func reserve(_ bytes: Int) {
    if listBytes + bytes > cacheLimit {
      lists.removeAll()
      words.removeAll()
      bitmaps.removeAll()
      listBytes = 0
    }
    listBytes += bytes
  }

  /// Reads the word ids of the candidates in `ids` not yet cached, in one
  /// probe (a network round trip saved per candidate on PostgreSQL).
  func prefetch(_ ids: ArraySlice<UInt32>, _ db: any MemoryIndexReader) throws {
    let missing = ids.map(Int64.init).filter { words[$0] == nil }
    guard missing.count > 1 else { return }
    for (id, list) in try db.wordIDs(variants: missing) {
      reserve(list.count * 4 + 64)
      words[id] = list
    }
  }

  /// The word ids of segment `variantID` (kept for the next queries of a
  /// batch: similar queries meet the same candidates).
  func tokens(_ variantID: Int64, _ db: any MemoryIndexReader) throws -> [UInt32] {
    if let hit = words[variantID] { return hit }
    let list = try db.wordIDs(variant: variantID)
    reserve(list.count * 4 + 64)
    words[variantID] = list
    return list
  }

  /// The `limit` best matches scoring at least `minimum` (1…101) among
  /// units with segments in `source` and `target`, best first.
  public func search(
    _ text: String, from source: LanguageTag, to target: LanguageTag, minimum: Int = 70,
    limit: Int = 5
  ) throws(StoreError) -> [MemoryMatch] {
    try store.withMemoryReader { db in try self.indexed(text, source, target, max(1, minimum), limit, db) }
  }

  /// The same results as ``search`` by scoring every segment in `source`:
  /// the reference the index is tested against.
  public func exhaustiveSearch(
    _ text: String, from source: LanguageTag, to target: LanguageTag, minimum: Int = 70,
    limit: Int = 5
  ) throws(StoreError) -> [MemoryMatch] {
    try store.withMemoryReader { db in
      let q = try self.prepare(text, language: source, db)
      guard !q.ids.isEmpty else { return [] }
      var top = TopK(limit)
      var rows: [(Int64, String, String)] = []
      try db.forEachVariant(language: source.rawValue) { rows.append(($0, $1, $2)) }
      for (id, text, normalized) in rows {
        let tokens = try self.tokens(id, db)
        guard
          let s = SegmentSimilarity.score(
            query: q.ids, candidate: tokens, queryText: q.text, candidateText: text,
            queryNormalized: q.normalized, candidateNormalized: normalized, minimum: max(1, minimum))
        else { continue }
        guard top.admits(s, id) else { continue }
        guard try db.target(variant: id, language: target.rawValue) != nil else { continue }
        top.insert(Candidate(score: s, variantID: id, tokens: tokens))
      }
      return try self.matches(top.items, q, target, db)
    }
  }

  private func indexed(
    _ text: String, _ source: LanguageTag, _ target: LanguageTag, _ minimum: Int, _ limit: Int,
    _ db: any MemoryIndexReader
  ) throws -> [MemoryMatch] {
    let q = try prepare(text, language: source, db)
    let n = q.ids.count
    guard n > 0 else { return [] }
    let lowest = SegmentSimilarity.requiredOverlap(forPercent: minimum, n: n)
    let known = q.known.reduce(0) { $0 + $1.weight }
    guard known >= lowest else { return [] }
    var top = TopK(limit)
    // Round 1 reads the segments missing at most one known key (a short
    // prefix, few lists); round 2, only if they leave the top-k open or
    // beatable, those that can still reach the k-th best (or `minimum`).
    var t = max(lowest, min(known, n) - 1)
    var verified = n + 1
    // Per round, prefix filtering or counting, whichever is cheaper at
    // that threshold; once counted, later rounds read the same counts.
    var counts: OverlapCounts? = nil
    while true {
      if counts == nil, Self.countingPays(q.known, atLeast: t, lowest: lowest) {
        counts = try overlapCounts(q, lowest: lowest, db)
      }
      let found = try counts?.candidates(atLeast: t) ?? candidates(q, atLeast: t, db)
      // Best overlap first, ids ascending within one overlap (bucket sort).
      var buckets = [[UInt32]](repeating: [], count: n + 1)
      for (id, o) in found where o < verified { buckets[min(o, n)].append(id) }
      let context = Verification(q: q, minimum: minimum, target: target)
      if try verify(buckets, from: verified - 1, through: t, context, &top, db) { break }
      verified = t
      let next = top.full ? max(lowest, SegmentSimilarity.requiredOverlap(forPercent: top.floor!, n: n)) : lowest
      guard next < t else { break }
      t = next
    }
    return try matches(top.items, q, target, db)
  }

  struct Verification {
    var q: Query
    var minimum: Int
    var target: LanguageTag
  }

  /// Scores the candidates of `buckets` (by overlap) from overlap `high`
  /// down to `low`, best bound first, into `top`; true when a bound fell
  /// below `minimum` or the k-th best (no lower overlap can enter).
  private func verify(
    _ buckets: [[UInt32]], from high: Int, through low: Int, _ c: Verification, _ top: inout TopK,
    _ db: any MemoryIndexReader
  ) throws -> Bool {
    let (q, minimum, target) = (c.q, c.minimum, c.target)
    let n = q.ids.count
    for overlap in stride(from: high, through: low, by: -1) {
      let bound = SegmentSimilarity.upperBound(overlap: overlap, n: n)
      if bound < minimum { return true }
      if let floor = top.floor, bound < floor { return true }
      let bucket = buckets[overlap]
      for (i, id) in bucket.enumerated() {
        if let floor = top.floor, bound < floor { return true }
        if words[Int64(id)] == nil { try prefetch(bucket[i..<min(bucket.count, i + 128)], db) }
        let tokens = try self.tokens(Int64(id), db)
        let m = tokens.count
        let needed = max(minimum, top.floor ?? minimum)
        if SegmentSimilarity.upperBound(overlap: overlap, n: n, m: m) < needed { continue }
        let maxDistance = SegmentSimilarity.maxDistance(forPercent: needed, n: n, m: m)
        // Bit-parallel over the query's words: the same distance as the
        // table (SegmentSimilarity.distance), ~10× fewer instructions.
        guard abs(n - m) <= maxDistance else { continue }
        let d = q.words.distance(to: tokens)
        guard d <= maxDistance else { continue }
        // Only now the texts: the exact-match bonus and the tie-break.
        var percent = SegmentSimilarity.percent(distance: d, n: n, m: m)
        let texts: (text: String, normalized: String)? =
          if d == 0 || percent >= needed { try db.texts(variant: Int64(id)) } else { nil }
        if d == 0, texts?.text == q.text {
          percent = SegmentScore.exact
        }
        guard percent >= needed else { continue }
        // Tied with the k-th best: only a tie-break at least as good helps.
        let least = top.full && top.items.last!.score.percent == percent ? top.items.last!.score.detail : 0
        guard let normalized = texts?.normalized,
          let detail = SegmentSimilarity.detail(q.pattern, normalized, atLeast: least)
        else { continue }
        let s = SegmentScore(percent: percent, detail: detail)
        guard top.admits(s, Int64(id)) else { continue }
        guard try db.target(variant: Int64(id), language: target.rawValue) != nil else { continue }
        top.insert(Candidate(score: s, variantID: Int64(id), tokens: tokens))
      }
    }
    return false
  }

  private func matches(
    _ items: [Candidate], _ q: Query, _ target: LanguageTag, _ db: any MemoryIndexReader
  ) throws -> [MemoryMatch] {
    try items.map { c in
      let place = try db.place(variant: c.variantID)
      let language = LanguageTag(place.language) ?? .en
      let tokens = SegmentTokenizer.tokens(of: place.text, language: language)
      let differing = SegmentSimilarity.differingPositions(query: q.ids, candidate: c.tokens)
        .compactMap { $0 < tokens.count ? tokens[$0].range : nil }
      return MemoryMatch(
        unitID: place.unitID, variantID: c.variantID, tuid: place.tuid, origin: place.origin,
        line: place.line, source: place.text,
        target: try db.target(variant: c.variantID, language: target.rawValue) ?? "",
        score: c.score, differing: differing)
    }
  }
}
