import Foundation
import GRDB
import Orthography
import Search
import Terminology

extension GlossaryStore {
  /// Units, segments and words of the memory.
  public func memoryCounts() throws(StoreError) -> (units: Int, segments: Int, words: Int) {
    try read { db in
      (
        try Int.fetchOne(db, sql: "SELECT count(*) FROM tmUnit") ?? 0,
        try Int.fetchOne(db, sql: "SELECT count(*) FROM tmVariant") ?? 0,
        try Int.fetchOne(db, sql: "SELECT count(*) FROM tmToken WHERE instr(word, char(1)) = 0") ?? 0
      )
    }
  }

  /// Units per language pair (unit source language → each other
  /// language), per origin, and the date range.
  public func memoryStats() throws(StoreError) -> MemoryStats {
    try read { db in
      let counts = try self.memoryCountsIn(db)
      let pairs = try Row.fetchAll(
        db,
        sql: """
          SELECT u.sourceLang, v.lang, count(DISTINCT u.id) FROM tmUnit u
          JOIN tmVariant v ON v.unitId = u.id AND v.lang != u.sourceLang
          GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2
          """
      ).map { MemoryStats.Pair(source: $0[0], target: $0[1], units: $0[2]) }
      let origins = try Row.fetchAll(
        db, sql: "SELECT path, format, units, duplicates, rejected, importedAt FROM tmOrigin ORDER BY path"
      ).map {
        MemoryStats.Origin(
          path: $0[0], format: $0[1], units: $0[2], duplicates: $0[3], rejected: $0[4], importedAt: $0[5])
      }
      let dates = try Row.fetchOne(
        db,
        sql: """
          SELECT min(d), max(d) FROM (SELECT createdAt AS d FROM tmUnit WHERE createdAt IS NOT NULL
            UNION ALL SELECT changedAt FROM tmUnit WHERE changedAt IS NOT NULL)
          """)
      return MemoryStats(
        units: counts.0, segments: counts.1, words: counts.2, pairs: pairs, origins: origins,
        firstDate: dates?[0], lastDate: dates?[1])
    }
  }

  private func memoryCountsIn(_ db: Database) throws -> (Int, Int, Int) {
    (
      try Int.fetchOne(db, sql: "SELECT count(*) FROM tmUnit") ?? 0,
      try Int.fetchOne(db, sql: "SELECT count(*) FROM tmVariant") ?? 0,
      try Int.fetchOne(db, sql: "SELECT count(*) FROM tmToken WHERE instr(word, char(1)) = 0") ?? 0
    )
  }

  /// Runs `PRAGMA integrity_check` and compares the applied migrations
  /// with the known ones.
  public func health() throws(StoreError) -> StoreHealth {
    try read { db in
      let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
      let applied = try Self.migrator.appliedIdentifiers(db)
      let known = Self.migrator.migrations
      let tables = ["source", "concept", "form", "keyWord", "tmOrigin", "tmUnit", "tmVariant", "tmToken"]
      var counts: [(String, Int)] = []
      for t in tables where try db.tableExists(t) {
        counts.append((t, try Int.fetchOne(db, sql: "SELECT count(*) FROM \(t)") ?? 0))
      }
      let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "?"
      return StoreHealth(
        integrity: integrity, appliedMigrations: known.filter { applied.contains($0) },
        knownMigrations: known, counts: counts, journalMode: mode)
    }
  }

  /// The health of the store file at `path` without opening it as a
  /// store (no migrations, read-only): what `soz doctor` reports when the
  /// file is damaged and cannot be opened the usual way. Whatever cannot be
  /// read is reported in ``StoreHealth/integrity``.
  public static func inspect(path: String) -> StoreHealth {
    var configuration = Configuration()
    configuration.readonly = true
    let known = migrator.migrations
    func damaged(_ error: Error) -> StoreHealth {
      let message = (error as? DatabaseError)?.message ?? "\(error)"
      return StoreHealth(
        integrity: [message], appliedMigrations: [], knownMigrations: known, counts: [],
        journalMode: "?")
    }
    do {
      let queue = try DatabaseQueue(path: path, configuration: configuration)
      defer { try? queue.close() }
      return try queue.read { db in
        let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
        let applied = (try? migrator.appliedIdentifiers(db)) ?? []
        var counts: [(String, Int)] = []
        for t in ["source", "concept", "form", "keyWord", "tmOrigin", "tmUnit", "tmVariant", "tmToken"] {
          if (try? db.tableExists(t)) == true, let n = try? Int.fetchOne(db, sql: "SELECT count(*) FROM \(t)") {
            counts.append((t, n))
          }
        }
        let mode = (try? String.fetchOne(db, sql: "PRAGMA journal_mode")) ?? "?"
        return StoreHealth(
          integrity: integrity, appliedMigrations: known.filter { applied.contains($0) },
          knownMigrations: known, counts: counts, journalMode: mode ?? "?")
      }
    } catch {
      return damaged(error)
    }
  }

  /// Calls `body` with every unit, in import order (one read transaction:
  /// a concurrent import is not seen half-way).
  public func forEachMemoryUnit(_ body: (MemoryUnitRecord) throws -> Void) throws {
    try db.read { db in
      let origins = Dictionary(
        uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, path FROM tmOrigin").map {
          ($0[0] as Int64, $0[1] as String)
        })
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT u.id, u.tuid, u.originId, u.line, u.sourceLang, v.lang, v.text, v.normalized
          FROM tmUnit u JOIN tmVariant v ON v.unitId = u.id ORDER BY u.id, v.id
          """)
      var current: MemoryUnitRecord?
      while let r = try rows.next() {
        let id: Int64 = r[0]
        if current?.unitID != id {
          if let c = current { try body(c) }
          current = MemoryUnitRecord(
            unitID: id, tuid: r[1], origin: origins[r[2] as Int64] ?? "?", line: r[3],
            sourceLanguage: LanguageTag(r[4] as String) ?? .en, variants: [])
        }
        current?.variants.append(
          MemoryUnitRecord.Variant(language: LanguageTag(r[5] as String) ?? .en, text: r[6], normalized: r[7]))
      }
      if let c = current { try body(c) }
    }
  }

  /// The stored unit `id` as it was imported: attributes, properties,
  /// notes and variants in order; its location is the origin file and line.
  public func memoryUnit(id: Int64) throws(StoreError) -> TranslationUnit? {
    try read { db in
      guard
        let u = try Row.fetchOne(
          db,
          sql: """
            SELECT u.tuid, u.attributes, u.properties, u.notes, o.path, u.line FROM tmUnit u
            JOIN tmOrigin o ON o.id = u.originId WHERE u.id = ?
            """, arguments: [id])
      else { return nil }
      let variants = try Row.fetchAll(
        db,
        sql: "SELECT lang, text, markup, attributes, properties, notes FROM tmVariant WHERE unitId = ? ORDER BY id",
        arguments: [id]
      ).map {
        TranslationVariant(
          language: LanguageTag($0[0] as String) ?? .en, text: $0[1], markup: $0[2],
          attributes: AnnotationJSON.decode($0[3]), properties: AnnotationJSON.decode($0[4]),
          notes: AnnotationJSON.decode($0[5]))
      }
      let line: Int? = u[5]
      return TranslationUnit(
        id: u[0], attributes: AnnotationJSON.decode(u[1]), properties: AnnotationJSON.decode(u[2]),
        notes: AnnotationJSON.decode(u[3]), variants: variants,
        location: line.map { SourceLocation(file: u[4], line: $0) })
    }
  }
}

extension GlossaryStore {
  /// Which side consecutive rows share in ``forEachMemoryPair(groupedBy:_:)``.
  public typealias PairSide = MemoryPairSide

  /// Calls `body` with every (source, translation) pair ordered by
  /// language pair, then the normalized text of `side`, then unit: rows
  /// with one normalized source (or target) are consecutive. SQLite sorts
  /// (on disk when it must), so memory stays bounded by one group.
  public func forEachMemoryPair(groupedBy side: PairSide, _ body: (MemoryPairRow) throws -> Void) throws {
    let key = side == .source ? "s.normalized" : "t.normalized"
    try db.read { db in
      let origins = Dictionary(
        uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, path FROM tmOrigin").map {
          ($0[0] as Int64, $0[1] as String)
        })
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT u.id, u.tuid, u.originId, u.line, s.lang, t.lang, s.text, s.normalized, t.text, t.normalized
          FROM tmUnit u JOIN tmVariant s ON s.unitId = u.id AND s.lang = u.sourceLang
          JOIN tmVariant t ON t.unitId = u.id AND t.lang != u.sourceLang
          ORDER BY s.lang, t.lang, \(key), u.id
          """)
      while let r = try rows.next() {
        try body(
          MemoryPairRow(
            unitID: r[0], tuid: r[1], origin: origins[r[2] as Int64] ?? "?", line: r[3],
            sourceLanguage: LanguageTag(r[4] as String) ?? .en, targetLanguage: LanguageTag(r[5] as String) ?? .en,
            source: r[6], sourceNormalized: r[7], target: r[8], targetNormalized: r[9]))
      }
    }
  }
}
