import Matching

/// Candidate generation for ``MemorySearcher``: the segments sharing at
/// least *t* posting keys with the query, by prefix filtering over the
/// word index, and the top-k they are verified into.
extension MemorySearcher {
  struct Candidate {
    var score: SegmentScore
    var variantID: Int64
    var tokens: [UInt32]
  }

  /// The best `k` candidates, best first (score, then variant id).
  struct TopK {
    let k: Int
    var items: [Candidate] = []
    init(_ k: Int) { self.k = k }

    var full: Bool { items.count >= k }
    /// The k-th best percentage, once there are k.
    var floor: Int? { full ? items[items.count - 1].score.percent : nil }

    func admits(_ s: SegmentScore, _ id: Int64) -> Bool {
      guard full, let last = items.last else { return true }
      return (s, id) < (last.score, last.variantID)
    }

    mutating func insert(_ c: Candidate) {
      let i = items.firstIndex { (c.score, c.variantID) < ($0.score, $0.variantID) } ?? items.count
      items.insert(c, at: i)
      if items.count > k { items.removeLast() }
    }
  }

  /// The segments sharing at least `t` posting keys with the query, with
  /// that overlap, ascending ids (`t` ≥ 1).
  ///
  /// A segment sharing `t` of the query's K known keys holds one of the
  /// K − t + 1 rarest (prefix filtering): those posting lists, merged, give
  /// the candidates; the other keys' lists (galloping search) complete each
  /// candidate's overlap, and a candidate is dropped as soon as it cannot
  /// reach `t` even if it holds every key left. The higher `t`, the shorter
  /// the prefix and the sooner candidates drop: on a memory whose every
  /// word is common, a high `t` touches a few lists, a low one nearly all.
  func candidates(_ q: Query, atLeast t: Int, _ db: any MemoryIndexReader) throws -> [(UInt32, Int)] {
    var rest = q.known.reduce(0) { $0 + $1.weight }
    guard t >= 1, rest >= t else { return [] }
    var prefixEnd = 0
    while prefixEnd < q.known.count, rest >= t {
      rest -= q.known[prefixEnd].weight
      prefixEnd += 1
    }
    var candidates: [(UInt32, Int)] = []
    for w in q.known[..<prefixEnd] {
      candidates = Self.merge(candidates, try postings(w.id, db), weight: w.weight)
    }
    var remaining = rest
    for w in q.known[prefixEnd...] {
      if candidates.isEmpty { break }
      let list = try postings(w.id, db)
      remaining -= w.weight
      var kept: [(UInt32, Int)] = []
      kept.reserveCapacity(candidates.count)
      var cursor = 0
      for (id, overlap) in candidates {
        if overlap + w.weight + remaining < t { continue }
        cursor = Self.gallop(list, id, from: cursor)
        let o = cursor < list.count && list[cursor] == id ? overlap + w.weight : overlap
        if o + remaining >= t { kept.append((id, o)) }
      }
      candidates = kept
    }
    return candidates
  }

  /// Merges a sorted posting list into sorted (id, weight) candidates,
  /// adding `weight` to the ids it holds.
  static func merge(_ a: [(UInt32, Int)], _ b: [UInt32], weight: Int) -> [(UInt32, Int)] {
    var out: [(UInt32, Int)] = []
    out.reserveCapacity(a.count + b.count)
    var i = 0
    var j = 0
    while i < a.count, j < b.count {
      if a[i].0 < b[j] {
        out.append(a[i])
        i += 1
      } else if a[i].0 > b[j] {
        out.append((b[j], weight))
        j += 1
      } else {
        out.append((b[j], a[i].1 + weight))
        i += 1
        j += 1
      }
    }
    out.append(contentsOf: a[i...])
    while j < b.count {
      out.append((b[j], weight))
      j += 1
    }
    return out
  }

  /// The first index ≥ `from` whose value is ≥ `id` (exponential then
  /// binary search: cheap when successive ids are close).
  static func gallop(_ list: [UInt32], _ id: UInt32, from: Int) -> Int {
    var lo = from
    if lo >= list.count || list[lo] >= id { return lo }
    var step = 1
    var hi = lo + 1
    while hi < list.count, list[hi] < id {
      lo = hi
      step <<= 1
      hi = lo + step
    }
    hi = min(hi, list.count)
    lo += 1
    while lo < hi {
      let mid = (lo + hi) >> 1
      if list[mid] < id { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  static func contains(_ list: [UInt32], _ id: UInt32) -> Bool {
    var lo = 0
    var hi = list.count
    while lo < hi {
      let mid = (lo + hi) >> 1
      if list[mid] < id { lo = mid + 1 } else { hi = mid }
    }
    return lo < list.count && list[lo] == id
  }

}
