/// Words as arrays of code points, for distance kernels that run many
/// times on the same words (the typo search scores hundreds of forms per
/// query; converting each String once saves most of the time).
@frozen public struct ScalarWord: Sendable, Equatable {
  public let scalars: [UInt32]
  @inlinable public init(_ word: some StringProtocol) {
    scalars = word.unicodeScalars.map(\.value)
  }
  @inlinable public var count: Int { scalars.count }
  @inlinable public init(scalars: [UInt32]) { self.scalars = scalars }
  /// The word as a String again.
  public var string: String {
    String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))
  }
}

/// Plain (Damerau OSA) edit distance and similarity on ``ScalarWord``s.
public enum PlainDistance {
  /// The distance, or `limit + 1` as soon as it must exceed `limit`.
  /// - Complexity: O(*m*·*n*) with an early exit per row.
  @inlinable
  public static func distance(_ a: ScalarWord, _ b: ScalarWord, limit: Int = .max) -> Int {
    let x = a.scalars
    let y = b.scalars
    if abs(x.count - y.count) > limit { return limit + 1 }
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (y.count + 1)) { buf in
      var prev2 = buf.baseAddress!
      var prev = prev2 + (y.count + 1)
      var cur = prev + (y.count + 1)
      for j in 0...y.count {
        prev[j] = j
        prev2[j] = 0
      }
      for i in 1...x.count {
        cur[0] = i
        var rowMin = i
        let xi = x[i - 1]
        for j in 1...y.count {
          let yj = y[j - 1]
          var v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (xi == yj ? 0 : 1))
          if i > 1, j > 1, xi == y[j - 2], x[i - 2] == yj { v = min(v, prev2[j - 2] + 1) }
          cur[j] = v
          if v < rowMin { rowMin = v }
        }
        if rowMin > limit { return limit + 1 }
        (prev2, prev, cur) = (prev, cur, prev2)
      }
      return prev[y.count]
    }
  }

  /// `1 - distance / max(length)`, in 0...1.
  @inlinable
  public static func similarity(_ a: ScalarWord, _ b: ScalarWord) -> Double {
    let n = max(a.count, b.count)
    if n == 0 { return 1 }
    if a == b { return 1 }
    return 1 - Double(distance(a, b)) / Double(n)
  }

  /// Order-insensitive alignment of two word lists (see ``TokenAlignment``)
  /// with plain similarity; also reports whether every word of `a` found a
  /// word of `b` at `partialThreshold` or better, and their mean.
  public static func align(
    _ a: [ScalarWord], _ b: [ScalarWord], partialThreshold: Double = 0.8
  ) -> (score: Double, allOfAMatched: Bool, meanOfA: Double) {
    if a.isEmpty || b.isEmpty { return (0, false, 0) }
    if a.count == 1, b.count == 1 {
      // One word against one word (most place names): the alignment is
      // the similarity itself; no matrices to allocate.
      let s = similarity(a[0], b[0])
      return (s > 0.3 ? s : 0, s >= partialThreshold, s)
    }
    var sims = [Double](repeating: 0, count: a.count * b.count)
    var bestOfA = [Double](repeating: 0, count: a.count)
    for i in a.indices {
      for j in b.indices {
        let s = similarity(a[i], b[j])
        sims[i * b.count + j] = s
        if s > bestOfA[i] { bestOfA[i] = s }
      }
    }
    var order = Array(0..<(a.count * b.count)).filter { sims[$0] > 0.3 }
    order.sort { sims[$0] != sims[$1] ? sims[$0] > sims[$1] : $0 < $1 }
    var usedA = [Bool](repeating: false, count: a.count)
    var usedB = [Bool](repeating: false, count: b.count)
    var matched = 0.0
    var lastJ = -1
    var inOrder = true
    var pairs: [(Int, Int)] = []
    for k in order {
      let i = k / b.count
      let j = k % b.count
      if usedA[i] || usedB[j] { continue }
      usedA[i] = true
      usedB[j] = true
      matched += sims[k] * Double(a[i].count + b[j].count)
      pairs.append((i, j))
    }
    pairs.sort { $0.0 < $1.0 }
    for (_, j) in pairs {
      if j < lastJ { inOrder = false }
      lastJ = j
    }
    let total = Double(a.reduce(0) { $0 + $1.count } + b.reduce(0) { $0 + $1.count })
    var score = total > 0 ? matched / total : 0
    if !inOrder { score *= 0.98 }
    let mean = bestOfA.reduce(0, +) / Double(a.count)
    return (score, bestOfA.allSatisfy { $0 >= partialThreshold }, mean)
  }
}
