/// How similar a translation-memory segment is to a query, as CAT tools
/// show it: a percentage (Documentation/Memory.md, "Scoring").
///
/// - `percent` = ⌊100 · (L − d) / L⌋ where d is the Levenshtein distance
///   between the two sequences of word keys (each inserted, deleted or
///   replaced word costs 1) and L the longer sequence's length. Equal keys
///   give 100; the segment written exactly as the query (same NFC text)
///   gives 101, shown as "exact".
/// - `detail` breaks ties: 10 000 · (1 − c / C), with c the Levenshtein
///   distance between the normalized texts (keys joined by spaces) in
///   Unicode scalars and C the longer one's length.
///
/// Results are ordered by percent, then detail (both descending), then by
/// the segment's id, so that any two searches agree on the order.
public struct SegmentScore: Hashable, Sendable, Comparable {
  public var percent: Int
  public var detail: Int

  public init(percent: Int, detail: Int) {
    self.percent = percent
    self.detail = detail
  }

  /// Better first: `a < b` when `a` ranks above `b`.
  public static func < (a: SegmentScore, b: SegmentScore) -> Bool {
    (a.percent, a.detail) > (b.percent, b.detail)
  }

  /// The percentage for an exact match.
  public static let exact = 101
}

/// The pure scoring behind fuzzy search, with the bounds its index uses.
public enum SegmentSimilarity {
  /// The percentage for `distance` word edits between sequences of `n`
  /// and `m` words (not the exact-text bonus; see ``SegmentScore``).
  public static func percent(distance: Int, n: Int, m: Int) -> Int {
    let l = max(n, m)
    guard l > 0 else { return 100 }
    return 100 * (l - distance) / l
  }

  /// The largest word distance that still scores at least `percent`
  /// (−1 when nothing can; 0 for 100 and 101).
  public static func maxDistance(forPercent percent: Int, n: Int, m: Int) -> Int {
    let l = max(n, m)
    if percent >= 100 { return 0 }
    if percent <= 0 { return l }
    return (100 - percent) * l / 100
  }

  /// An upper bound of the percentage of a segment of `m` words (nil:
  /// unknown, at least `n`) that shares at most `overlap` words (counted
  /// with the query's multiplicity) with a query of `n` words: the distance
  /// is at least L − overlap. A bound of 100 may be an exact match, so it
  /// is reported as 101.
  public static func upperBound(overlap: Int, n: Int, m: Int? = nil) -> Int {
    let l = max(n, m ?? n)
    guard l > 0 else { return SegmentScore.exact }
    let p = 100 * min(overlap, l) / l
    return p >= 100 ? SegmentScore.exact : p
  }

  /// The fewest shared words a segment of at least `n` words needs to
  /// reach `percent`.
  public static func requiredOverlap(forPercent percent: Int, n: Int) -> Int {
    if percent >= 100 { return n }
    // Smallest s with 100·s/n ≥ percent (integer division as in percent).
    var s = (percent * n + 99) / 100
    while s > 0, 100 * (s - 1) / n >= percent { s -= 1 }
    return max(1, s)
  }

  /// The Levenshtein distance between word sequences, or nil when it
  /// exceeds `bound` (the computation stops as soon as a row's minimum
  /// does).
  public static func distance(_ a: [UInt32], _ b: [UInt32], bound: Int = .max) -> Int? {
    distance(a, b[...], bound: bound)
  }

  /// ``distance(_:_:bound:)`` on a slice (a segment in a block of the
  /// memory's word index), with its rows on the stack.
  public static func distance(_ a: [UInt32], _ b: ArraySlice<UInt32>, bound: Int = .max) -> Int? {
    if bound < 0 { return nil }
    if abs(a.count - b.count) > bound { return nil }
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    let m = b.count
    let base = b.startIndex
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (m + 1)) { buffer -> Int? in
      var prev = UnsafeMutableBufferPointer(rebasing: buffer[0...m])
      var cur = UnsafeMutableBufferPointer(rebasing: buffer[(m + 1)...])
      for j in 0...m { prev[j] = j }
      for i in 1...a.count {
        cur[0] = i
        var rowMin = i
        let x = a[i - 1]
        for j in 1...m {
          let v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x == b[base + j - 1] ? 0 : 1))
          cur[j] = v
          if v < rowMin { rowMin = v }
        }
        if rowMin > bound { return nil }
        swap(&prev, &cur)
      }
      return prev[m] <= bound ? prev[m] : nil
    }
  }

  /// The tie-break: 10 000 · (1 − c / C) over Unicode scalars.
  public static func detail(_ a: String, _ b: String) -> Int {
    detail(a, b, atLeast: 0)!
  }

  /// ``detail(_:_:)`` when it is at least `atLeast`, else nil (the
  /// character distance is bounded accordingly and stops early).
  public static func detail(_ a: String, _ b: String, atLeast: Int) -> Int? {
    detail(scalars(a), b, atLeast: atLeast)
  }

  /// ``detail(_:_:atLeast:)`` with the first text's scalars computed once
  /// (``scalars(_:)``), for one query against many segments.
  public static func detail(_ a: [UInt32], _ b: String, atLeast: Int) -> Int? {
    banded(a, scalars(b), atLeast: atLeast)
  }

  /// ``detail(_:_:atLeast:)`` with the first text prepared once as a
  /// ``DistancePattern`` (bit-parallel: the same value, many times faster
  /// on sentence-long texts).
  public static func detail(_ a: DistancePattern, _ b: String, atLeast: Int) -> Int? {
    let y = scalars(b)
    let longest = max(a.scalars.count, y.count)
    guard longest > 0 else { return 10_000 }
    // The distance is at least the difference in length.
    if 10_000 * (longest - abs(a.scalars.count - y.count)) / longest < atLeast { return nil }
    let detail = 10_000 * (longest - a.distance(to: y)) / longest
    return detail >= atLeast ? detail : nil
  }

  /// The Unicode scalar values of `text`.
  public static func scalars(_ text: String) -> [UInt32] {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.map(UInt32.init) }
    return text.unicodeScalars.map(\.value)
  }

  /// A lower bound of the Levenshtein distance in O(n): the larger of the
  /// two multiset differences of the characters (hashed into 256 buckets,
  /// which can only lower it).
  static func bagDistance(_ x: [UInt32], _ y: [UInt32]) -> Int {
    withUnsafeTemporaryAllocation(of: Int32.self, capacity: 256) { counts in
      counts.initialize(repeating: 0)
      for c in x { counts[Int(c & 255)] += 1 }
      for c in y { counts[Int(c & 255)] -= 1 }
      var surplus = 0
      var deficit = 0
      for v in counts {
        if v > 0 { surplus += Int(v) } else { deficit -= Int(v) }
      }
      return max(surplus, deficit)
    }
  }

  /// Levenshtein distance within a diagonal band as wide as the largest
  /// distance that still reaches `atLeast`; nil beyond it.
  static func banded(_ x: [UInt32], _ y: [UInt32], atLeast: Int) -> Int? {
    let longest = max(x.count, y.count)
    guard longest > 0 else { return 10_000 }
    // Largest c with 10 000 · (C − c) / C ≥ atLeast.
    var bound = longest
    while bound >= 0, 10_000 * (longest - bound) / longest < atLeast { bound -= 1 }
    if bound < 0 || abs(x.count - y.count) > bound { return nil }
    if x.isEmpty || y.isEmpty { return 0 >= atLeast ? 0 : nil }
    if bound < longest, bagDistance(x, y) > bound { return nil }
    let big = longest + 1
    let m = y.count
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (m + 1)) { buffer -> Int? in
    buffer.initialize(repeating: big)
    var prev = UnsafeMutableBufferPointer(rebasing: buffer[0...m])
    var cur = UnsafeMutableBufferPointer(rebasing: buffer[(m + 1)...])
    for j in 0...min(m, bound) { prev[j] = j }
    for i in 1...x.count {
      let lo = max(1, i - bound)
      let hi = min(m, i + bound)
      cur[lo - 1] = lo == 1 ? i : big
      var rowMin = cur[lo - 1]
      if lo > hi { return nil }
      let xi = x[i - 1]
      for j in lo...hi {
        let v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (xi == y[j - 1] ? 0 : 1))
        cur[j] = v
        if v < rowMin { rowMin = v }
      }
      if hi < m { cur[hi + 1] = big }
      if rowMin > bound { return nil }
      swap(&prev, &cur)
    }
    let c = prev[m]
    guard c <= bound else { return nil }
    return 10_000 * (longest - c) / longest
    }
  }

  /// The full score of a segment against a query: nil when it is below
  /// `minimum`.
  ///
  /// - Parameters:
  ///   - query, candidate: word ids (equal words, equal ids).
  ///   - queryText, candidateText: the texts as written (NFC), for the
  ///     exact-match bonus.
  ///   - queryNormalized, candidateNormalized: keys joined by spaces.
  public static func score(
    query: [UInt32], candidate: [UInt32], queryText: String, candidateText: String,
    queryNormalized: String, candidateNormalized: String, minimum: Int
  ) -> SegmentScore? {
    let bound = maxDistance(forPercent: minimum, n: query.count, m: candidate.count)
    guard let d = distance(query, candidate, bound: bound) else { return nil }
    var p = percent(distance: d, n: query.count, m: candidate.count)
    if d == 0, queryText == candidateText { p = SegmentScore.exact }
    guard p >= minimum else { return nil }
    return SegmentScore(percent: p, detail: detail(queryNormalized, candidateNormalized))
  }

  /// The positions in `candidate` of the words an optimal alignment with
  /// `query` does not keep unchanged (replaced or inserted words): the
  /// words a translator must look at.
  public static func differingPositions(query: [UInt32], candidate: [UInt32]) -> [Int] {
    let n = query.count
    let m = candidate.count
    if m == 0 { return [] }
    if n == 0 { return Array(0..<m) }
    var d = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
    for i in 0...n { d[i][0] = i }
    for j in 0...m { d[0][j] = j }
    for i in 1...n {
      for j in 1...m {
        d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (query[i - 1] == candidate[j - 1] ? 0 : 1))
      }
    }
    var kept = Set<Int>()
    var i = n
    var j = m
    while i > 0, j > 0 {
      if query[i - 1] == candidate[j - 1], d[i][j] == d[i - 1][j - 1] {
        kept.insert(j - 1)
        i -= 1
        j -= 1
      } else if d[i][j] == d[i - 1][j - 1] + 1 {
        i -= 1
        j -= 1
      } else if d[i][j] == d[i][j - 1] + 1 {
        j -= 1
      } else {
        i -= 1
      }
    }
    return (0..<m).filter { !kept.contains($0) }
  }
}
