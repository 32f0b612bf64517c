/// The edit distance between two comparison-key words that Alignment
/// scores name variants with.
///
/// It refines `Matching.WeightedEditDistance` (variants.md §7 step 4) in two
/// ways that matter when two *different* names must stay apart:
///
/// - every edit is *soft* (a substitution romanization traditions make:
///   vowel ↔ vowel, k g H, d t, b p, v b f, s S z, J z C, S C, i y, u v;
///   an inserted vowel, h or y, g after n) or *hard* (anything else: an unrelated
///   consonant, an added or dropped consonant, a vowel added or dropped at
///   the end of the word, a transposition). The number of hard edits is
///   returned beside the cost, so Turkistan/Turkmenistan (two added
///   consonants), Aghdam/Aghdara and Turkic/Turkish are told from
///   Qazaqstan/Kazakhstan (soft edits only) whatever their lengths;
/// - vowel substitutions are graded: a ↔ e 0.2 (ə is written a or e),
///   i ↔ e and o ↔ u 0.3, a ↔ i, a ↔ o, i ↔ u 0.4, the others 0.6 and hard
///   (Konya/Kenya).
public enum VariantDistance {
  /// The cost of the cheapest edit script and its number of hard edits.
  public struct Result: Equatable, Sendable {
    public var cost: Double
    public var hard: Int
  }

  /// The distance between two key words.
  /// - Complexity: O(*m*·*n*), three rows of memory.
  public static func distance(_ a: [UInt32], _ b: [UInt32]) -> Result {
    distance(a, b, bound: .infinity)
  }

  /// The distance, or a result with a cost above `bound` as soon as every
  /// edit script must cost more (the caller needs no exact value then).
  static func distance(_ a: [UInt32], _ b: [UInt32], bound: Double) -> Result {
    let m = a.count
    let n = b.count
    if m == 0 || n == 0 {
      let rest = m == 0 ? b : a
      var cost = 0.0
      for (i, s) in rest.enumerated() {
        cost += indelCost(s, after: i > 0 ? rest[i - 1] : 0, final: i == rest.count - 1)
      }
      return Result(cost: cost, hard: rest.count)
    }
    let table = asciiCosts
    return withUnsafeTemporaryAllocation(of: Double.self, capacity: 4 * (n + 1)) { costs in
      withUnsafeTemporaryAllocation(of: Int32.self, capacity: 3 * (n + 1)) { hards in
        // Row buffers at offsets prev2, prev, cur; insertion costs of b after them.
        let insAt = 3 * (n + 1)
        for j in 1...n {
          costs[insAt + j] = indelCost(b[j - 1], after: j > 1 ? b[j - 2] : 0, final: j == n)
        }
        var prev2 = 0
        var prev = n + 1
        var cur = 2 * (n + 1)
        costs[prev] = 0
        hards[prev] = 0
        for j in 1...n {
          let c = costs[insAt + j]
          costs[prev + j] = costs[prev + j - 1] + c
          hards[prev + j] = hards[prev + j - 1] + (c >= 0.6 ? 1 : 0)
        }
        var lastRowMin = 0.0
        for i in 1...m {
          let ai = a[i - 1]
          let aPrev: UInt32 = i > 1 ? a[i - 2] : 0
          let del = indelCost(ai, after: aPrev, final: i == m)
          let delHard: Int32 = del >= 0.6 ? 1 : 0
          costs[cur] = costs[prev] + del
          hards[cur] = hards[prev] + delHard
          var rowMin = costs[cur]
          let rowBase = ai < 128 ? Int(ai) * 128 : -1
          for j in 1...n {
            let bj = b[j - 1]
            let sub: Double =
              ai == bj ? 0 : (rowBase >= 0 && bj < 128 ? table[rowBase + Int(bj)] : computedSubstitution(ai, bj))
            var best = costs[prev + j - 1] + sub
            var bestHard = hards[prev + j - 1] + (sub >= 0.6 ? 1 : 0)
            let viaDelete = costs[prev + j] + del
            if viaDelete < best - 1e-9 || (viaDelete < best + 1e-9 && hards[prev + j] + delHard < bestHard) {
              best = viaDelete
              bestHard = hards[prev + j] + delHard
            }
            let ins = costs[insAt + j]
            let viaInsert = costs[cur + j - 1] + ins
            let insertHard = hards[cur + j - 1] + (ins >= 0.6 ? 1 : 0)
            if viaInsert < best - 1e-9 || (viaInsert < best + 1e-9 && insertHard < bestHard) {
              best = viaInsert
              bestHard = insertHard
            }
            if i > 1, j > 1, ai == b[j - 2], aPrev == bj, ai != aPrev {
              let viaSwap = costs[prev2 + j - 2] + 1
              if viaSwap < best - 1e-9 {
                best = viaSwap
                bestHard = hards[prev2 + j - 2] + 1
              }
            }
            costs[cur + j] = best
            hards[cur + j] = bestHard
            if best < rowMin { rowMin = best }
          }
          // A transposition skips a row: stop only when two rows exceed.
          if rowMin > bound, lastRowMin > bound { return Result(cost: rowMin, hard: Int(hards[cur + n])) }
          lastRowMin = rowMin
          (prev2, prev, cur) = (prev, cur, prev2)
        }
        return Result(cost: costs[prev + n], hard: Int(hards[prev + n]))
      }
    }
  }

  /// Similarity in 0...1 (`1 - cost / max(length)`) and the hard edits.
  public static func similarity(_ a: [UInt32], _ b: [UInt32]) -> (score: Double, hard: Int) {
    if a == b { return (1, 0) }
    let n = Double(max(a.count, b.count))
    // Scores under 0.5 are all "different": stop computing there (an
    // unequal length alone costs at least 0.3 a letter).
    if Double(abs(a.count - b.count)) * 0.3 > 0.5 * n { return (0, abs(a.count - b.count)) }
    let d = distance(a, b, bound: 0.5 * n)
    if d.cost > 0.5 * n { return (0, d.hard) }
    return (max(0, 1 - d.cost / n), d.hard)
  }

  /// ``similarity(_:_:)`` on strings.
  public static func similarity(_ a: String, _ b: String) -> (score: Double, hard: Int) {
    similarity(a.unicodeScalars.map(\.value), b.unicodeScalars.map(\.value))
  }

  static let a: UInt32 = 0x61, e: UInt32 = 0x65, i: UInt32 = 0x69, o: UInt32 = 0x6F, u: UInt32 = 0x75
  static let y: UInt32 = 0x79, h: UInt32 = 0x68, H: UInt32 = 0x48

  @inline(__always) static func isVowel(_ s: UInt32) -> Bool {
    s == a || s == e || s == i || s == o || s == u
  }

  static let g: UInt32 = 0x67, n: UInt32 = 0x6E

  /// Inserting or deleting one letter (`after` is the letter before it):
  /// a vowel inside the word, h, y, and g after n (Kazakh ң written ng
  /// where Russian has н) are soft.
  @inline(__always) static func indelCost(_ s: UInt32, after: UInt32, final: Bool) -> Double {
    if isVowel(s) { return final ? 1 : 0.4 }
    if s == h || s == H { return 0.4 }
    if s == y { return 0.3 }
    if s == g, after == n { return 0.4 }
    return 1
  }

  /// Letter classes whose members traditions swap, with their cost.
  private static let consonantClasses: [([UInt32], Double)] = [
    (scalars("kgH"), 0.4), (scalars("dt"), 0.4), (scalars("bp"), 0.4), (scalars("vbf"), 0.5),
    (scalars("sSz"), 0.5), (scalars("zJ"), 0.5), (scalars("CJ"), 0.5), (scalars("SC"), 0.5), (scalars("iy"), 0.2),
    (scalars("uv"), 0.5), (scalars("ey"), 0.4),
  ]

  private static func scalars(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

  /// Substitution costs between ASCII letters, precomputed.
  private static let asciiCosts: [Double] = {
    var t = [Double](repeating: 1, count: 128 * 128)
    for x in 0..<128 {
      for z in 0..<128 { t[x * 128 + z] = computedSubstitution(UInt32(x), UInt32(z)) }
    }
    return t
  }()

  /// Substituting one letter for another.
  @inline(__always) static func substitutionCost(_ x: UInt32, _ z: UInt32) -> Double {
    if x == z { return 0 }
    if x < 128, z < 128 { return asciiCosts[Int(x) * 128 + Int(z)] }
    return computedSubstitution(x, z)
  }

  static func computedSubstitution(_ x: UInt32, _ z: UInt32) -> Double {
    if x == z { return 0 }
    if isVowel(x), isVowel(z) {
      let lo = min(x, z)
      let hi = max(x, z)
      switch (lo, hi) {
      case (a, e): return 0.2
      case (e, i), (o, u): return 0.3
      case (a, i), (a, o), (i, u): return 0.4
      default: return 0.6
      }
    }
    for (set, cost) in consonantClasses where set.contains(x) && set.contains(z) { return cost }
    return 1
  }
}
