/// A small, fast, seedable pseudo-random generator (SplitMix64).
///
/// The generator and every helper on it are written out here instead of
/// using the standard library's `random(in:using:)`, `shuffled(using:)` and
/// `randomElement(using:)`, whose algorithms are not guaranteed to stay the
/// same across Swift releases. The data `soz-gen` writes must be
/// byte-identical for a seed, so only this file decides how random numbers
/// are drawn.
struct SeededRandom {
  private var state: UInt64

  /// A generator whose sequence is fixed by `seed`.
  init(seed: UInt64) {
    state = seed
  }

  /// An independent stream for one purpose (glossary, queries, articles),
  /// so that generating more of one never shifts another.
  init(seed: UInt64, stream: UInt64) {
    var mixer = SeededRandom(seed: seed ^ (stream &* 0x9E37_79B9_7F4A_7C15))
    state = mixer.next()
  }

  /// The next 64 random bits.
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform integer in `0..<upper` (Lemire's multiply-shift; the tiny
  /// bias for huge bounds is irrelevant here). `upper` must be positive.
  mutating func int(below upper: Int) -> Int {
    precondition(upper > 0, "empty range")
    let product = next().multipliedFullWidth(by: UInt64(upper))
    return Int(product.high)
  }

  /// A uniform integer in the closed range.
  mutating func int(in range: ClosedRange<Int>) -> Int {
    range.lowerBound + int(below: range.upperBound - range.lowerBound + 1)
  }

  /// A uniform double in `0..<1` (53 random bits).
  mutating func unit() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// True with probability `p`.
  mutating func chance(_ p: Double) -> Bool {
    unit() < p
  }

  /// A uniformly chosen element; the collection must not be empty.
  mutating func pick<C: RandomAccessCollection>(_ items: C) -> C.Element where C.Index == Int {
    items[items.startIndex + int(below: items.count)]
  }

  /// An index chosen with probability proportional to `weights`.
  mutating func weightedIndex(_ weights: [Double]) -> Int {
    let total = weights.reduce(0, +)
    var x = unit() * total
    for (i, w) in weights.enumerated() {
      if x < w { return i }
      x -= w
    }
    return weights.count - 1
  }

  /// Fisher–Yates shuffle in place.
  mutating func shuffle<T>(_ items: inout [T]) {
    guard items.count > 1 else { return }
    for i in stride(from: items.count - 1, to: 0, by: -1) {
      let j = int(below: i + 1)
      items.swapAt(i, j)
    }
  }

  /// `count` distinct indices from `0..<population`, in drawing order
  /// (partial Fisher–Yates over an index array).
  mutating func sample(_ count: Int, from population: Int) -> [Int] {
    precondition(count <= population, "sample larger than population")
    var indices = Array(0..<population)
    for i in 0..<count {
      let j = i + int(below: population - i)
      indices.swapAt(i, j)
    }
    return Array(indices.prefix(count))
  }
}
