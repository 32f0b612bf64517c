/// Disjoint sets over 0..<n with path halving and union by size.
struct UnionFind {
  private var parent: [Int32]
  private var size: [Int32]

  init(_ n: Int) {
    parent = (0..<n).map { Int32($0) }
    size = Array(repeating: 1, count: n)
  }

  mutating func find(_ x: Int) -> Int {
    var x = Int32(x)
    while parent[Int(x)] != x {
      parent[Int(x)] = parent[Int(parent[Int(x)])]
      x = parent[Int(x)]
    }
    return Int(x)
  }

  /// Joins the sets of `a` and `b`; returns the new root.
  @discardableResult
  mutating func union(_ a: Int, _ b: Int) -> Int {
    var ra = find(a)
    var rb = find(b)
    if ra == rb { return ra }
    if size[ra] < size[rb] { swap(&ra, &rb) }
    parent[rb] = Int32(ra)
    size[ra] += size[rb]
    return ra
  }

  /// Groups of members, each sorted, ordered by their first member.
  mutating func groups() -> [[Int]] {
    var slot = [Int32](repeating: -1, count: parent.count)
    var out: [[Int]] = []
    for i in parent.indices {
      let r = find(i)
      if slot[r] < 0 {
        slot[r] = Int32(out.count)
        out.append([])
      }
      out[Int(slot[r])].append(i)
    }
    return out
  }
}
