/// The candidate names of a translation memory's unit pairs, kept compactly
/// while the units stream past (issue 17).
///
/// Each distinct candidate text is interned once per side; a unit costs
/// its id (the tuid or the store's row id, short strings kept inline) and
/// one `Int32` per candidate, so a million units of news copy take a few
/// tens of megabytes. Nothing is paired here: ``MemoryAligner`` reads the
/// counts once the last unit is in, when the whole memory can gate suffix
/// stripping and sentence-initial capitals.
public struct MemoryNameCounts: Sendable {
  struct Side: Sendable {
    var ids: [SegmentName: Int32] = [:]
    var names: [SegmentName] = []

    mutating func intern(_ n: SegmentName) -> Int32 {
      if let id = ids[n] { return id }
      let id = Int32(names.count)
      ids[n] = id
      names.append(n)
      return id
    }
  }

  var source = Side()
  var target = Side()
  /// Unit ids, in the order added.
  var unitIDs: [String] = []
  /// Unit `u`'s candidates are `members[starts[u]..<starts[u + 1]]`:
  /// source ids as they are, target ids as `~id` (negative).
  var starts: [UInt32] = [0]
  var members: [Int32] = []

  /// Empty counts.
  public init() {}

  /// Number of units added.
  public var units: Int { unitIDs.count }

  /// Distinct candidate spellings on the source and target side.
  public var distinct: (source: Int, target: Int) { (source.names.count, target.names.count) }

  /// Adds one unit pair's candidates (``NameExtractor/names(inSegment:)``
  /// of its source and target segments).
  public mutating func add(unit id: String, source s: [SegmentName], target t: [SegmentName]) {
    unitIDs.append(id)
    for n in s { members.append(source.intern(n)) }
    for n in t { members.append(~target.intern(n)) }
    starts.append(UInt32(members.count))
  }

  /// Calls `body` with each unit's index and its source and target ids.
  func forEachUnit(_ body: (Int, ArraySlice<Int32>) -> Void) {
    for u in 0..<unitIDs.count {
      body(u, members[Int(starts[u])..<Int(starts[u + 1])])
    }
  }
}
