import Foundation
import GRDB
import GRDBSQLite
import Orthography
import Search

/// The SQLite engine's answers to the memory's index probes, within one
/// read transaction (tables in ``MemorySchema``).
struct SQLiteMemoryReader: MemoryIndexReader {
  let db: Database

  func languages() throws -> [String] {
    try String.fetchAll(db, sql: "SELECT DISTINCT lang FROM tmToken")
  }

  func tokens(language: String, words: [String]) throws -> [(id: UInt32, word: String, df: Int)] {
    var out: [(id: UInt32, word: String, df: Int)] = []
    for chunk in stride(from: 0, to: words.count, by: 500).map({ Array(words[$0..<min(words.count, $0 + 500)]) }) {
      let rows = try Row.fetchAll(
        db,
        sql: "SELECT id, word, df FROM tmToken WHERE lang = ? AND word IN (\(placeholders(chunk.count)))",
        arguments: StatementArguments([language] + chunk))
      for r in rows { out.append((UInt32(r[0] as Int64), r[1], r[2])) }
    }
    return out
  }

  /// Decoded where SQLite holds the blob (as ``wordIDs(variants:)``): a
  /// posting list of a formulaic memory is 10⁵ ids, and GRDB's `Data`
  /// copied it once more before the decode.
  func postings(token id: UInt32) throws -> [UInt32] {
    let statement = try db.cachedStatement(sql: "SELECT postings FROM tmToken WHERE id = ?")
    let raw = statement.sqliteStatement
    sqlite3_reset(raw)
    defer { sqlite3_reset(raw) }
    sqlite3_bind_int64(raw, 1, Int64(id))
    switch sqlite3_step(raw) {
    case SQLITE_ROW:
      let bytes = Int(sqlite3_column_bytes(raw, 0))
      return sqlite3_column_blob(raw, 0).map { UInt32Blob.decode(UnsafeRawBufferPointer(start: $0, count: bytes)) } ?? []
    case SQLITE_DONE:
      return []
    case let code:
      throw statement.failure(db, code)
    }
  }

  func postings(language: String, words: [String]) throws -> [[UInt32]] {
    var out: [[UInt32]] = []
    for chunk in stride(from: 0, to: words.count, by: 500).map({ Array(words[$0..<min(words.count, $0 + 500)]) }) {
      let blobs = try Data.fetchAll(
        db, sql: "SELECT postings FROM tmToken WHERE lang = ? AND word IN (\(placeholders(chunk.count)))",
        arguments: StatementArguments([language] + chunk))
      out += blobs.map { UInt32Blob.decode($0) }
    }
    return out
  }

  func wordIDs(variant id: Int64) throws -> [UInt32] {
    try wordIDs(variants: [id])[0].words
  }

  /// One prepared statement stepped through the SQLite C API for the whole
  /// batch, each blob decoded where SQLite holds it: a cold 1M-segment
  /// memory spent ~4 µs a candidate in GRDB's per-call argument checks,
  /// row objects and blob copies (GRDB offers no cheaper way to read many
  /// blobs by key). A segment without a row has no words.
  func wordIDs(variants ids: [Int64]) throws -> [(id: Int64, words: [UInt32])] {
    let statement = try db.cachedStatement(sql: "SELECT tokens FROM tmWords WHERE variantId = ?")
    let raw = statement.sqliteStatement
    defer { sqlite3_reset(raw) }
    var result: [(id: Int64, words: [UInt32])] = []
    result.reserveCapacity(ids.count)
    for id in ids {
      sqlite3_reset(raw)
      sqlite3_bind_int64(raw, 1, id)
      switch sqlite3_step(raw) {
      case SQLITE_ROW:
        let bytes = Int(sqlite3_column_bytes(raw, 0))
        let blob = sqlite3_column_blob(raw, 0)
        result.append((id, blob.map { UInt32Blob.decode(UnsafeRawBufferPointer(start: $0, count: bytes)) } ?? []))
      case SQLITE_DONE:
        result.append((id, []))
      case let code:
        throw statement.failure(db, code)
      }
    }
    return result
  }

  func texts(variant id: Int64) throws -> (text: String, normalized: String)? {
    let statement = try db.cachedStatement(sql: "SELECT text, normalized FROM tmVariant WHERE id = ?")
    return try Row.fetchOne(statement, arguments: [id]).map { ($0[0], $0[1]) }
  }

  func target(variant id: Int64, language: String) throws -> String? {
    let statement = try db.cachedStatement(
      sql: """
        SELECT t.text FROM tmVariant s JOIN tmVariant t ON t.unitId = s.unitId AND t.lang = ?
        WHERE s.id = ? ORDER BY t.id LIMIT 1
        """)
    return try String.fetchOne(statement, arguments: [language, id])
  }

  func place(variant id: Int64) throws -> MemoryPlace {
    let row = try Row.fetchOne(
      db,
      sql: """
        SELECT u.id, u.tuid, o.path, u.line, v.lang, v.text FROM tmVariant v
        JOIN tmUnit u ON u.id = v.unitId JOIN tmOrigin o ON o.id = u.originId WHERE v.id = ?
        """,
      arguments: [id])!
    return MemoryPlace(unitID: row[0], tuid: row[1], origin: row[2], line: row[3], language: row[4], text: row[5])
  }

  func segment(_ id: Int64) throws -> MemorySegment {
    let p = try place(variant: id)
    let others = try Row.fetchAll(
      db, sql: "SELECT lang, text FROM tmVariant WHERE unitId = ? AND id != ? ORDER BY id",
      arguments: [p.unitID, id])
    return MemorySegment(
      unitID: p.unitID, variantID: id, tuid: p.tuid, origin: p.origin, line: p.line,
      language: LanguageTag(p.language) ?? .en, text: p.text,
      translations: others.map {
        MemorySegment.Translation(language: LanguageTag($0[0] as String) ?? .en, text: $0[1])
      })
  }

  func forEachVariant(language: String, _ body: (Int64, String, String) throws -> Void) throws {
    let rows = try Row.fetchCursor(
      db, sql: "SELECT id, text, normalized FROM tmVariant WHERE lang = ? ORDER BY id", arguments: [language])
    while let row = try rows.next() { try body(row[0], row[1], row[2]) }
  }

  func words(startingWith prefix: String, language: String) throws -> [String] {
    try String.fetchAll(
      db,
      sql: """
        SELECT word FROM tmToken WHERE lang = ? AND word >= ? AND word < ? AND instr(word, char(1)) = 0
        ORDER BY word
        """,
      arguments: [language, prefix, prefix + "\u{10FFFF}"])
  }
}

extension GlossaryStore: MemoryStorage {
  public func withMemoryReader<T>(_ body: (any MemoryIndexReader) throws -> T) throws(StoreError) -> T {
    try read { db in try body(SQLiteMemoryReader(db: db)) }
  }
}
