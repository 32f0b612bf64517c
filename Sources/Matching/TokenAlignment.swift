/// Order-insensitive similarity of two multiword names on key words.
///
/// Each word of the shorter side is paired greedily with its most similar
/// unused word of the other side (``WeightedEditDistance/similarity(_:_:)``);
/// the score is the length-weighted mean similarity over all words of both
/// sides, so unpaired words count as 0. Pairs out of their original order
/// cost 2 %. "State Support Agency" and "State Agency Support" score 0.98;
/// "Aliyev" against "Ilham Aliyev" scores about 0.55.
public enum TokenAlignment {
  /// The alignment score in 0...1.
  /// - Complexity: O(*a*·*b*·*m*·*n*) for *a*, *b* words of length *m*, *n*.
  public static func score(_ a: [String], _ b: [String]) -> Double {
    score(a, b, similarity: WeightedEditDistance.similarity)
  }

  /// The alignment score with another word similarity (e.g. plain
  /// Levenshtein on surface spellings).
  public static func score(
    _ a: [String], _ b: [String], similarity: (String, String) -> Double
  ) -> Double {
    if a.isEmpty || b.isEmpty { return 0 }
    var pairs: [(Int, Int, Double)] = []
    for (i, x) in a.enumerated() {
      for (j, y) in b.enumerated() {
        let s = x == y ? 1 : similarity(x, y)
        if s > 0.3 { pairs.append((i, j, s)) }
      }
    }
    pairs.sort { ($0.2, -$0.0, -$0.1) > ($1.2, -$1.0, -$1.1) }
    var usedA = Set<Int>()
    var usedB = Set<Int>()
    var matched = 0.0
    var chosen: [(Int, Int)] = []
    for (i, j, s) in pairs where !usedA.contains(i) && !usedB.contains(j) {
      usedA.insert(i)
      usedB.insert(j)
      matched += s * Double(a[i].count + b[j].count)
      chosen.append((i, j))
    }
    let total = Double(a.reduce(0) { $0 + $1.count } + b.reduce(0) { $0 + $1.count })
    var score = matched / total
    chosen.sort { $0.0 < $1.0 }
    let inOrder = zip(chosen, chosen.dropFirst()).allSatisfy { $0.1 < $1.1 }
    if !inOrder { score *= 0.98 }
    return score
  }
}
