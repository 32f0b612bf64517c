import Foundation
import Orthography
import PostgresNIO
import Search

/// The memory's whole-memory reads on PostgreSQL (`soz check`, `soz align
/// --memory`): one snapshot each, streamed through a cursor, ordered as
/// the SQLite engine orders them — texts bytewise (`COLLATE "C"`) — so
/// the checks find the same things in the same order.
extension PostgresGlossaryStore {
  private func origins(_ c: PostgresConnection) throws -> [Int64: String] {
    var out: [Int64: String] = [:]
    for row in try c.rows("SELECT id, path FROM tm_origin") {
      let (id, path) = try row.decode((Int64, String).self)
      out[id] = path
    }
    return out
  }

  public func forEachMemoryUnit(_ body: (MemoryUnitRecord) throws -> Void) throws {
    try reading { c in
      let origins = try origins(c)
      var current: MemoryUnitRecord?
      try c.stream(
        cursor: "tm_units",
        """
        SELECT u.id, u.tuid, u.origin_id, u.line, u.source_lang, v.lang, v.text, v.normalized
        FROM tm_unit u JOIN tm_variant v ON v.unit_id = u.id ORDER BY u.id, v.id
        """
      ) { row in
        let (id, tuid, origin, line, source, lang, text, normalized) = try row.decode(
          (Int64, String?, Int64, Int32?, String, String, String, String).self)
        if current?.unitID != id {
          if let done = current { try passing { try body(done) } }
          current = MemoryUnitRecord(
            unitID: id, tuid: tuid, origin: origins[origin] ?? "?", line: line.map(Int.init),
            sourceLanguage: LanguageTag(source) ?? .en, variants: [])
        }
        current?.variants.append(
          MemoryUnitRecord.Variant(language: LanguageTag(lang) ?? .en, text: text, normalized: normalized))
      }
      if let done = current { try passing { try body(done) } }
    }
  }

  public func forEachMemoryPair(
    groupedBy side: MemoryPairSide, _ body: (MemoryPairRow) throws -> Void
  ) throws {
    let key = side == .source ? "s.normalized" : "t.normalized"
    try reading { c in
      let origins = try origins(c)
      try c.stream(
        cursor: "tm_pairs",
        """
        SELECT u.id, u.tuid, u.origin_id, u.line, s.lang, t.lang, s.text, s.normalized, t.text,
          t.normalized
        FROM tm_unit u JOIN tm_variant s ON s.unit_id = u.id AND s.lang = u.source_lang
        JOIN tm_variant t ON t.unit_id = u.id AND t.lang <> u.source_lang
        ORDER BY s.lang COLLATE "C", t.lang COLLATE "C", \(key) COLLATE "C", u.id
        """
      ) { row in
        let (id, tuid, origin, line, sl, tl, st, sn, tt, tn) = try row.decode(
          (Int64, String?, Int64, Int32?, String, String, String, String, String, String).self)
        let pair = MemoryPairRow(
          unitID: id, tuid: tuid, origin: origins[origin] ?? "?", line: line.map(Int.init),
          sourceLanguage: LanguageTag(sl) ?? .en, targetLanguage: LanguageTag(tl) ?? .en,
          source: st, sourceNormalized: sn, target: tt, targetNormalized: tn)
        try passing { try body(pair) }
      }
    }
  }

  @discardableResult
  public func readSegmentPairs(
    sources: [LanguageTag], targets: [LanguageTag], batch: Int,
    _ body: ([MemorySegmentPair]) throws -> Void
  ) throws -> Int {
    guard !sources.isEmpty, !targets.isEmpty else { return 0 }
    return try reading { c in
      var pending: [MemorySegmentPair] = []
      var last: Int64 = -1
      var total = 0
      try c.stream(
        cursor: "tm_segment_pairs",
        """
        SELECT s.unit_id, u.tuid, s.text, t.text
        FROM tm_variant s
        JOIN tm_variant t ON t.unit_id = s.unit_id AND t.lang = ANY($1)
        JOIN tm_unit u ON u.id = s.unit_id
        WHERE s.lang = ANY($2)
        ORDER BY s.unit_id, s.id, t.id
        """, binds(targets.map(\.rawValue), sources.map(\.rawValue))
      ) { row in
        let (id, tuid, source, target) = try row.decode((Int64, String?, String, String).self)
        guard id != last else { return }
        last = id
        pending.append(MemorySegmentPair(unitID: tuid ?? String(id), source: source, target: target))
        total += 1
        if pending.count >= batch {
          let full = pending
          pending.removeAll(keepingCapacity: true)
          try passing { try body(full) }
        }
      }
      if !pending.isEmpty { try passing { try body(pending) } }
      return total
    }
  }
}
