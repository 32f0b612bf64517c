/// A text prepared for many Levenshtein distances against it: Myers'
/// bit-parallel algorithm in Hyyrö's block form (G. Myers, “A fast
/// bit-vector algorithm for approximate string matching based on dynamic
/// programming”, JACM 1999), 64 characters of the pattern per machine word.
///
/// Fuzzy search computes the tie-break (``SegmentSimilarity/detail(_:_:atLeast:)``)
/// of one query against every candidate that ties on words: with the query
/// prepared once, each distance costs ⌈m/64⌉ word operations per character
/// of the candidate instead of m cells of the table. The distance is the
/// same as the table's (tests compare them).
public struct DistancePattern: Sendable {
  /// The pattern's Unicode scalar values.
  public let scalars: [UInt32]
  let blocks: Int
  /// Match masks: `masks[slot * blocks + b]` has bit i set when character
  /// 64·b + i of the pattern is the scalar of `slot`.
  let masks: [UInt64]
  /// Slots of ASCII scalars (-1: not in the pattern).
  let ascii: [Int32]
  /// Slots of other scalars.
  let others: [UInt32: Int32]

  public init(_ scalars: [UInt32]) {
    self.scalars = scalars
    let blocks = max(1, (scalars.count + 63) / 64)
    self.blocks = blocks
    var ascii = [Int32](repeating: -1, count: 128)
    var others: [UInt32: Int32] = [:]
    var masks: [UInt64] = []
    for (i, c) in scalars.enumerated() {
      var slot = c < 128 ? ascii[Int(c)] : others[c] ?? -1
      if slot < 0 {
        slot = Int32(masks.count / blocks)
        masks.append(contentsOf: repeatElement(0, count: blocks))
        if c < 128 { ascii[Int(c)] = slot } else { others[c] = slot }
      }
      masks[Int(slot) * blocks + i / 64] |= 1 << UInt64(i % 64)
    }
    self.masks = masks
    self.ascii = ascii
    self.others = others
  }

  func slot(_ c: UInt32) -> Int {
    Int(c < 128 ? ascii[Int(c)] : others[c] ?? -1)
  }

  /// The Levenshtein distance between the pattern and `text` (scalars).
  public func distance(to text: [UInt32]) -> Int {
    let m = scalars.count
    if m == 0 { return text.count }
    if text.isEmpty { return m }
    let last = UInt64(1) << UInt64((m - 1) % 64)
    return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * blocks) { state -> Int in
      // Vertical deltas: all +1 (column 0 is 0, 1, 2, …).
      for b in 0..<blocks {
        state[2 * b] = ~0
        state[2 * b + 1] = 0
      }
      var score = m
      for c in text {
        let s = slot(c)
        // Row 0 is 0, 1, 2, …: the horizontal delta entering block 0 is +1.
        var carry = 1
        for b in 0..<blocks {
          var eq: UInt64 = s < 0 ? 0 : masks[s * blocks + b]
          let pv = state[2 * b]
          let mv = state[2 * b + 1]
          let xv = eq | mv
          if carry < 0 { eq |= 1 }
          let xh = (((eq & pv) &+ pv) ^ pv) | eq
          var ph = mv | ~(xh | pv)
          var mh = pv & xh
          let high = b == blocks - 1 ? last : UInt64(1) << 63
          let out = ph & high != 0 ? 1 : (mh & high != 0 ? -1 : 0)
          ph <<= 1
          mh <<= 1
          if carry < 0 { mh |= 1 } else if carry > 0 { ph |= 1 }
          state[2 * b] = mh | ~(xv | ph)
          state[2 * b + 1] = ph & xv
          carry = out
        }
        score += carry
      }
      return score
    }
  }
}
