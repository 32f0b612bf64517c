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
///
/// The values need not be scalars: fuzzy search also prepares the query's
/// word ids once and takes every candidate's word distance from it (the
/// score itself, about ten times fewer instructions than the table on a
/// sentence).
public struct DistancePattern: Sendable {
  /// The pattern's Unicode scalar values.
  public let scalars: [UInt32]
  let blocks: Int
  /// Match masks: `masks[slot * blocks + b]` has bit i set when character
  /// 64·b + i of the pattern is the scalar of `slot`.
  let masks: [UInt64]
  /// Slots of ASCII scalars (-1: not in the pattern).
  let ascii: [Int32]
  /// Slots of other values.
  let others: SlotTable

  public init(_ scalars: [UInt32]) {
    self.scalars = scalars
    let blocks = max(1, (scalars.count + 63) / 64)
    self.blocks = blocks
    var ascii = [Int32](repeating: -1, count: 128)
    var others = SlotTable(capacity: scalars.count)
    var masks: [UInt64] = []
    for (i, c) in scalars.enumerated() {
      var slot = c < 128 ? ascii[Int(c)] : others[c]
      if slot < 0 {
        slot = Int32(masks.count / blocks)
        masks.append(contentsOf: repeatElement(0, count: blocks))
        if c < 128 { ascii[Int(c)] = slot } else { others.insert(c, slot) }
      }
      masks[Int(slot) * blocks + i / 64] |= 1 << UInt64(i % 64)
    }
    self.masks = masks
    self.ascii = ascii
    self.others = others
  }

  func slot(_ c: UInt32) -> Int {
    Int(c < 128 ? ascii[Int(c)] : others[c])
  }

  /// The Levenshtein distance between the pattern and `text` (scalars).
  public func distance(to text: [UInt32]) -> Int {
    distance(to: text[...])
  }

  /// ``distance(to:)`` on a slice (a segment's word ids in a block of the
  /// memory's word index).
  public func distance(to text: ArraySlice<UInt32>) -> Int {
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

/// The pattern's slots of values ≥ 128: open addressing with linear
/// probing (a Swift Dictionary hashes each lookup with SipHash, the largest
/// cost left in a word distance).
struct SlotTable: Sendable {
  private var keys: [UInt32]
  /// -1: empty.
  private var slots: [Int32]
  private let mask: Int

  init(capacity: Int) {
    var size = 16
    while size < 2 * capacity { size <<= 1 }
    keys = Array(repeating: 0, count: size)
    slots = Array(repeating: -1, count: size)
    mask = size - 1
  }

  private func home(_ key: UInt32) -> Int {
    Int(truncatingIfNeeded: (UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
  }

  /// The slot of `key`, or -1.
  subscript(key: UInt32) -> Int32 {
    var i = home(key)
    while true {
      let s = slots[i]
      if s < 0 || keys[i] == key { return s }
      i = (i + 1) & mask
    }
  }

  /// Adds `key` (not yet present) with `slot`.
  mutating func insert(_ key: UInt32, _ slot: Int32) {
    var i = home(key)
    while slots[i] >= 0 { i = (i + 1) & mask }
    keys[i] = key
    slots[i] = slot
  }
}
