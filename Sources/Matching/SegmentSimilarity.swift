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
    if bound < 0 { return nil }
    if abs(a.count - b.count) > bound { return nil }
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var prev = Array(0...b.count)
    var cur = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      cur[0] = i
      var rowMin = i
      let x = a[i - 1]
      for j in 1...b.count {
        let v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x == b[j - 1] ? 0 : 1))
        cur[j] = v
        if v < rowMin { rowMin = v }
      }
      if rowMin > bound { return nil }
      swap(&prev, &cur)
    }
    return prev[b.count] <= bound ? prev[b.count] : nil
  }

  /// The tie-break: 10 000 · (1 − c / C) over Unicode scalars.
  public static func detail(_ a: String, _ b: String) -> Int {
    let x = Array(a.unicodeScalars)
    let y = Array(b.unicodeScalars)
    let longest = max(x.count, y.count)
    guard longest > 0 else { return 10_000 }
    if x.isEmpty || y.isEmpty { return 0 }
    var prev = Array(0...y.count)
    var cur = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      cur[0] = i
      for j in 1...y.count {
        cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
      }
      swap(&prev, &cur)
    }
    return 10_000 * (longest - prev[y.count]) / longest
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
