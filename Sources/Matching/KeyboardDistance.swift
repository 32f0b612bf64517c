/// A typing-slip distance: the edits a finger makes cost less than others.
///
/// Substituting a neighbouring key costs 0.6, swapping two letters 0.8,
/// inserting a key next to one of its neighbours' letters (a fat finger:
/// `choknbulag`) 0.7; other edits cost 1. Spell checkers weigh keyboard
/// neighbours the same way. Layouts: QWERTY, Turkish Q, Azerbaijani and
/// Kazakh/Russian ЙЦУКЕН, folded as typed words are (ğ → g, ş → s, ə → e).
/// Söz uses it to break ties between readings at the same edit distance.
public enum KeyboardDistance {
  static let neighbours: Set<UInt64> = {
    let layouts = [
      ["qwertyuiop", "asdfghjkl", "zxcvbnm"],
      ["qwertyuiopgu", "asdfghjklsi", "zxcvbnmoc"],
      ["quertyuiopog", "asdfghjklie", "zxcvbnmcs"],
      ["йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"],
      ["әіңғүұқөһ"],
    ]
    var set = Set<UInt64>()
    func add(_ a: Unicode.Scalar, _ b: Unicode.Scalar) {
      set.insert(UInt64(a.value) << 32 | UInt64(b.value))
      set.insert(UInt64(b.value) << 32 | UInt64(a.value))
    }
    for layout in layouts {
      let grid = layout.map { Array($0.unicodeScalars) }
      for (r, row) in grid.enumerated() {
        for (c, key) in row.enumerated() {
          if c + 1 < row.count { add(key, row[c + 1]) }
          guard r + 1 < grid.count else { continue }
          let below = grid[r + 1]
          if c < below.count { add(key, below[c]) }
          if c > 0, c - 1 < below.count { add(key, below[c - 1]) }
        }
      }
    }
    return set
  }()

  static func adjacent(_ a: UInt32, _ b: UInt32) -> Bool {
    neighbours.contains(UInt64(a) << 32 | UInt64(b))
  }

  /// The slip distance from `typed` to `intended`.
  public static func distance(typed a: ScalarWord, intended b: ScalarWord) -> Double {
    let x = a.scalars
    let y = b.scalars
    if x.isEmpty { return Double(y.count) }
    if y.isEmpty { return Double(x.count) }
    var d = [[Double]](repeating: [Double](repeating: 0, count: y.count + 1), count: x.count + 1)
    for i in 0...x.count { d[i][0] = Double(i) }
    for j in 0...y.count { d[0][j] = Double(j) }
    for i in 1...x.count {
      for j in 1...y.count {
        let sub = x[i - 1] == y[j - 1] ? 0 : adjacent(x[i - 1], y[j - 1]) ? 0.6 : 1
        // An extra key typed next to the intended one.
        let fat =
          (j - 1 < y.count && adjacent(x[i - 1], y[j - 1]))
          || (j < y.count && adjacent(x[i - 1], y[j]))
        var v = min(d[i - 1][j] + (fat ? 0.7 : 1), d[i][j - 1] + 1, d[i - 1][j - 1] + sub)
        if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
          v = min(v, d[i - 2][j - 2] + 0.8)
        }
        d[i][j] = v
      }
    }
    return d[x.count][y.count]
  }

  /// `1 - distance / max(length)` over the words of two names, pairing
  /// words in order (for tie-breaking near-equal readings).
  public static func similarity(typed a: [ScalarWord], intended b: [ScalarWord]) -> Double {
    let n = max(a.reduce(0) { $0 + $1.count }, b.reduce(0) { $0 + $1.count })
    guard n > 0 else { return 1 }
    var cost = 0.0
    for i in 0..<max(a.count, b.count) {
      switch (i < a.count ? a[i] : nil, i < b.count ? b[i] : nil) {
      case (let x?, let y?): cost += distance(typed: x, intended: y)
      case (let x?, nil): cost += Double(x.count)
      case (nil, let y?): cost += Double(y.count)
      default: break
      }
    }
    return max(0, 1 - cost / Double(n))
  }
}
