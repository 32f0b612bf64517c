import Foundation
import GRDB
import Orthography

extension GlossaryStore {
  /// Streams the units that have a segment in `sources` and one in
  /// `targets` (stored tags, e.g. from ``MemorySearcher/languages(answering:)``),
  /// in import order, `batch` at a time, within one read transaction: only
  /// the two texts and the unit id are read, nothing else of the unit.
  /// A unit with several segments in one language gives its first.
  /// - Returns: the number of units streamed.
  @discardableResult
  public func readSegmentPairs(
    sources: [LanguageTag], targets: [LanguageTag], batch: Int,
    _ body: ([MemorySegmentPair]) throws -> Void
  ) throws -> Int {
    guard !sources.isEmpty, !targets.isEmpty else { return 0 }
    let s = sources.map(\.rawValue)
    let t = targets.map(\.rawValue)
    let marks = { (n: Int) in Array(repeating: "?", count: n).joined(separator: ",") }
    return try db.read { db in
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT s.unitId, u.tuid, s.text, t.text
          FROM tmVariant s
          JOIN tmVariant t ON t.unitId = s.unitId AND t.lang IN (\(marks(t.count)))
          JOIN tmUnit u ON u.id = s.unitId
          WHERE s.lang IN (\(marks(s.count)))
          ORDER BY s.unitId, s.id, t.id
          """,
        arguments: StatementArguments(t + s))
      var pending: [MemorySegmentPair] = []
      var last: Int64 = -1
      var total = 0
      while let row = try rows.next() {
        let id: Int64 = row[0]
        if id == last { continue }
        last = id
        let tuid: String? = row[1]
        pending.append(MemorySegmentPair(unitID: tuid ?? String(id), source: row[2], target: row[3]))
        total += 1
        if pending.count >= batch {
          try body(pending)
          pending.removeAll(keepingCapacity: true)
        }
      }
      if !pending.isEmpty { try body(pending) }
      return total
    }
  }
}
