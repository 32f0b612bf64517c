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

  /// The query's overlap with every segment, counted once per query: one
  /// byte per segment id (between the lowest and highest id the lists
  /// hold) for the sparser lists, and a bit test per candidate for the
  /// densest ones (a word in most segments: `the`, `of`).
  ///
  /// On a formulaic memory (every word common) prefix filtering merges and
  /// gallops lists of 10⁴–10⁵ segments per candidate; counting touches
  /// each posting of the sparser lists once, and a later round at a lower
  /// threshold reuses the counts. The dense lists' weight is below the
  /// lowest threshold the search can ask for, so a segment reaching a
  /// threshold holds enough sparse keys to be counted.
  /// ``countingPays(_:atLeast:lowest:)`` chooses between the two ways; both give
  /// the same candidates with the same overlaps (tested).
  struct OverlapCounts {
    var base: UInt32
    var counts: [UInt8]
    /// The densest lists as bitmaps (bit `id` set when segment `id` holds
    /// the key), densest first, with their weights: tested per candidate.
    var dense: [(bits: [UInt64], weight: Int)] = []

    /// The weight of ``dense``: thresholds must exceed it.
    var denseWeight: Int { dense.reduce(0) { $0 + $1.weight } }

    /// The segments with an overlap of at least `t`, ascending ids
    /// (`t` > ``denseWeight``).
    func candidates(atLeast t: Int) -> [(UInt32, Int)] {
      var out: [(UInt32, Int)] = []
      let partial = t - denseWeight
      guard partial >= 1, partial <= 127 else { return out }
      // Eight counts at a time: a byte c ≥ p sets its top bit in
      // c + (128 − p) (counts stay below 128, so no byte carries).
      let add = UInt64(128 - partial) &* 0x0101_0101_0101_0101
      counts.withUnsafeBufferPointer { c in
        guard let start = c.baseAddress else { return }
        let raw = UnsafeRawPointer(start)
        let n = c.count
        var i = 0
        // Most counts are below the threshold: 32 bytes per test.
        while i + 32 <= n {
          let w0 = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) &+ add
          let w1 = raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self) &+ add
          let w2 = raw.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self) &+ add
          let w3 = raw.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self) &+ add
          if (w0 | w1 | w2 | w3) & Self.high != 0 {
            hits(w0, i, c, t, &out)
            hits(w1, i + 8, c, t, &out)
            hits(w2, i + 16, c, t, &out)
            hits(w3, i + 24, c, t, &out)
          }
          i += 32
        }
        while i + 8 <= n {
          hits(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) &+ add, i, c, t, &out)
          i += 8
        }
        while i < n {
          if Int(c[i]) >= partial { keep(base + UInt32(i), c[i], t, &out) }
          i += 1
        }
      }
      return out
    }

    static let high: UInt64 = 0x8080_8080_8080_8080

    /// Keeps the bytes of the word at `at` whose top bit `w` (the word
    /// plus `add`) sets: the counts ≥ partial. (Functions taking `out`
    /// inout, not closures capturing it: a captured array is checked for
    /// exclusive access at run time on every append.)
    @inline(__always)
    private func hits(_ w: UInt64, _ at: Int, _ c: UnsafeBufferPointer<UInt8>, _ t: Int, _ out: inout [(UInt32, Int)]) {
      var m = w & Self.high
      while m != 0 {
        let j = at + m.trailingZeroBitCount >> 3
        keep(base + UInt32(j), c[j], t, &out)
        m &= m &- 1
      }
    }

    /// Adds the dense lists' weights to `count` and keeps `id` if it
    /// reaches `t`.
    @inline(__always)
    private func keep(_ id: UInt32, _ count: UInt8, _ t: Int, _ out: inout [(UInt32, Int)]) {
      var overlap = Int(count)
      for (bits, weight) in dense {
        let word = Int(id >> 6)
        if word < bits.count, bits[word] & (1 << UInt64(id & 63)) != 0 { overlap += weight }
      }
      if overlap >= t { out.append((id, overlap)) }
    }
  }

  /// Whether counting (``overlapCounts(_:lowest:denseFrom:_:)``) is cheaper than
  /// prefix filtering at threshold `t`: counting costs one increment per
  /// posting of the lists not tested as bitmaps; prefix filtering merges
  /// the prefix's lists and gallops each of their segments through the
  /// lists left (a few steps each, counted as three increments).
  static func countingPays(
    _ known: [(id: UInt32, weight: Int, df: Int)], atLeast t: Int, lowest: Int
  ) -> Bool {
    let total = known.reduce(0) { $0 + $1.weight }
    guard total <= 127, t >= 1, total >= t else { return false }
    var rest = total
    var prefixEnd = 0
    var prefixPostings = 0
    while prefixEnd < known.count, rest >= t {
      rest -= known[prefixEnd].weight
      prefixPostings += known[prefixEnd].df
      prefixEnd += 1
    }
    let counted = denseSplit(known, lowest: lowest).counted
    let counting = counted.reduce(0) { $0 + known[$1].df }
    let prefix = prefixPostings * (1 + 3 * (known.count - prefixEnd))
    return counting < prefix
  }

  /// Which known keys are counted and which tested as bitmaps: the densest
  /// (the last, `known` being rarest first) while their weight leaves at
  /// least five counted keys to reach `lowest` (fewer let most segments
  /// through to the bit tests), each at least a sixteenth as frequent as
  /// the densest and in at least `denseFrom` segments.
  static func denseSplit(
    _ known: [(id: UInt32, weight: Int, df: Int)], lowest: Int, denseFrom: Int = 4_096
  ) -> (counted: Range<Int>, dense: Range<Int>) {
    let densest = known.last?.df ?? 0
    var split = known.count
    var weight = 0
    while split > 0, weight + known[split - 1].weight <= lowest - 5, known[split - 1].df * 16 >= densest,
      known[split - 1].df >= denseFrom
    {
      weight += known[split - 1].weight
      split -= 1
    }
    return (0..<split, split..<known.count)
  }

  /// The query's overlaps, valid for thresholds of at least `lowest`.
  func overlapCounts(
    _ q: Query, lowest: Int, denseFrom: Int = 4_096, _ db: any MemoryIndexReader
  ) throws -> OverlapCounts {
    let split = Self.denseSplit(q.known, lowest: lowest, denseFrom: denseFrom)
    let dense = try q.known[split.dense].reversed().map { (bits: try bitmap($0.id, db), weight: $0.weight) }
    let lists = try q.known[split.counted].map { (list: try postings($0.id, db), weight: UInt8($0.weight)) }
      .filter { !$0.list.isEmpty }
    guard let low = lists.map({ $0.list[0] }).min(), let high = lists.map({ $0.list[$0.list.count - 1] }).max()
    else { return OverlapCounts(base: 0, counts: [], dense: dense) }
    var counts = [UInt8](repeating: 0, count: Int(high - low) + 1)
    counts.withUnsafeMutableBufferPointer { c in
      for (list, weight) in lists {
        list.withUnsafeBufferPointer { ids in
          for id in ids { c[Int(id &- low)] &+= weight }
        }
      }
    }
    return OverlapCounts(base: low, counts: counts, dense: dense)
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
