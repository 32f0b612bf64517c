import Foundation
import GRDB
import Testing

@testable import Store

/// The memory import's C-API inserts store what GRDB's `execute` would:
/// an empty text is not NULL, an empty blob is a blob, errors are SQLite's.
@Suite struct RawInsertTests {
  @Test func valuesAndTheirTypesAreThoseOfGRDB() throws {
    let db = try DatabaseQueue()
    try db.write { db in
      try db.execute(sql: "CREATE TABLE t (i INTEGER, s TEXT, b BLOB NOT NULL)")
      let raw = try db.makeStatement(sql: "INSERT INTO t (i, s, b) VALUES (?, ?, ?)")
      let grdb = try db.makeStatement(sql: "INSERT INTO t (i, s, b) VALUES (?, ?, ?)")
      let rows: [(Int64?, String?, [UInt8])] = [
        (1, "Qarabağ", [1, 2, 3]), (nil, "", []), (-7, nil, [0]), (Int64.max, "Қарабақ\u{0}x", [255]),
      ]
      for (i, s, b) in rows {
        try raw.insert(db) { row in
          row.bind(1, i)
          row.bind(2, s)
          row.bind(3, blob: b)
        }
        try grdb.execute(arguments: [i, s, Data(b)])
      }
      let stored = try Row.fetchAll(
        db, sql: "SELECT typeof(i), i, typeof(s), s, typeof(b), hex(b) FROM t ORDER BY rowid")
      #expect(stored.count == 2 * rows.count)
      for k in rows.indices {
        #expect(stored[2 * k] == stored[2 * k + 1], "row \(k)")
      }
      #expect(stored[2][2] == "text")  // "" stays a text
      #expect(stored[2][4] == "blob")  // [] stays a blob
    }
  }

  @Test func aFailedStepIsSQLitesErrorAndTheStatementStaysUsable() throws {
    let db = try DatabaseQueue()
    try db.write { db in
      try db.execute(sql: "CREATE TABLE t (k TEXT PRIMARY KEY)")
      let insert = try db.makeStatement(sql: "INSERT INTO t (k) VALUES (?)")
      try insert.insert(db) { $0.bind(1, "a") }
      #expect(throws: DatabaseError.self) { try insert.insert(db) { $0.bind(1, "a") } }
      try insert.insert(db) { $0.bind(1, "b") }
      #expect(try String.fetchAll(db, sql: "SELECT k FROM t ORDER BY k") == ["a", "b"])
    }
  }
}
