/// Edit distances on comparison-key words.
///
/// Substitutions between letters that romanization traditions swap cost
/// less than unrelated ones (variants.md §7 step 4): vowel ↔ vowel 0.3
/// (a ↔ e 0.2, since ə is written a or e), k g H mutually 0.4, d ↔ t,
/// b ↔ p, v ↔ b, s ↔ S, z ↔ J 0.5; inserting or deleting a vowel, h or y
/// costs 0.4; everything else 1. Adjacent transpositions cost 1.
public enum WeightedEditDistance {
  /// The plain Damerau (optimal string alignment) distance: substitutions,
  /// insertions, deletions and adjacent transpositions each count 1.
  /// - Complexity: O(*m*·*n*).
  public static func levenshtein(_ a: String, _ b: String, limit: Int = .max) -> Int {
    let x = Array(a.unicodeScalars)
    let y = Array(b.unicodeScalars)
    if abs(x.count - y.count) > limit { return limit + 1 }
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var prev2 = [Int](repeating: 0, count: y.count + 1)
    var prev = Array(0...y.count)
    var cur = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      cur[0] = i
      var rowMin = cur[0]
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        var v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
          v = min(v, prev2[j - 2] + 1)
        }
        cur[j] = v
        rowMin = min(rowMin, v)
      }
      if rowMin > limit { return limit + 1 }
      (prev2, prev, cur) = (prev, cur, prev2)
    }
    return prev[y.count]
  }

  /// The weighted distance between two key words.
  /// - Complexity: O(*m*·*n*).
  public static func weighted(_ a: String, _ b: String) -> Double {
    let x = Array(a.unicodeScalars)
    let y = Array(b.unicodeScalars)
    if x.isEmpty { return y.reduce(0) { $0 + indelCost($1) } }
    if y.isEmpty { return x.reduce(0) { $0 + indelCost($1) } }
    var prev2 = [Double](repeating: 0, count: y.count + 1)
    var prev = [Double](repeating: 0, count: y.count + 1)
    for j in 1...y.count { prev[j] = prev[j - 1] + indelCost(y[j - 1]) }
    var cur = [Double](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      cur[0] = prev[0] + indelCost(x[i - 1])
      for j in 1...y.count {
        var v = min(
          prev[j] + indelCost(x[i - 1]), cur[j - 1] + indelCost(y[j - 1]),
          prev[j - 1] + substitutionCost(x[i - 1], y[j - 1]))
        if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
          v = min(v, prev2[j - 2] + 1)
        }
        cur[j] = v
      }
      (prev2, prev, cur) = (prev, cur, prev2)
    }
    return prev[y.count]
  }

  /// Similarity in 0...1: `1 - weighted / max(length)`.
  public static func similarity(_ a: String, _ b: String) -> Double {
    let n = max(a.unicodeScalars.count, b.unicodeScalars.count)
    if n == 0 { return 1 }
    return max(0, 1 - weighted(a, b) / Double(n))
  }

  static func isVowel(_ s: Unicode.Scalar) -> Bool {
    s == "a" || s == "e" || s == "i" || s == "o" || s == "u"
  }

  static func indelCost(_ s: Unicode.Scalar) -> Double {
    isVowel(s) || s == "H" || s == "h" || s == "y" ? 0.4 : 1
  }

  private static let classes: [(Set<Unicode.Scalar>, Double)] = [
    (["k", "g", "H"], 0.4), (["d", "t"], 0.5), (["b", "p"], 0.5), (["v", "b"], 0.5),
    (["s", "S"], 0.5), (["z", "J"], 0.5), (["C", "J"], 0.5), (["i", "y"], 0.2),
  ]

  static func substitutionCost(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Double {
    if a == b { return 0 }
    if isVowel(a), isVowel(b) {
      return (a == "a" && b == "e") || (a == "e" && b == "a") ? 0.2 : 0.3
    }
    for (set, cost) in classes where set.contains(a) && set.contains(b) { return cost }
    return 1
  }
}
