import Foundation
import GRDB
import GRDBSQLite
import Search

/// Binding and stepping a prepared statement through SQLite's C API, for
/// the memory import's millions of rows.
///
/// GRDB's `execute(arguments:)` turns every argument into a boxed
/// `DatabaseValue` and checks the count before binding: ~2 µs a call, five
/// calls a translation unit. Here each value is bound where it lies. Used
/// only on statements the caller made and steps alone (no GRDB observer
/// watches the memory's tables).
struct RawBinder {
  fileprivate let raw: SQLiteStatement

  /// SQLite copies the bytes before the call returns.
  private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
  private static let empty: [CChar] = [0]

  func bind(_ index: Int32, _ value: Int64?) {
    if let value { sqlite3_bind_int64(raw, index, value) } else { sqlite3_bind_null(raw, index) }
  }

  func bind(_ index: Int32, _ value: String?) {
    guard var value else {
      sqlite3_bind_null(raw, index)
      return
    }
    value.withUTF8 { utf8 in
      if let base = utf8.baseAddress, utf8.count > 0 {
        base.withMemoryRebound(to: CChar.self, capacity: utf8.count) {
          _ = sqlite3_bind_text(raw, index, $0, Int32(utf8.count), Self.transient)
        }
      } else {
        // An empty text, not NULL (a nil pointer would bind NULL).
        Self.empty.withUnsafeBufferPointer { _ = sqlite3_bind_text(raw, index, $0.baseAddress, 0, Self.transient) }
      }
    }
  }

  /// Binds `words` as a blob of little-endian UInt32 (``UInt32Blob``),
  /// without building the byte array first on a little-endian machine.
  func bind(_ index: Int32, words: [UInt32]) {
    #if _endian(little)
      words.withUnsafeBytes { bytes in
        if let base = bytes.baseAddress, bytes.count > 0 {
          _ = sqlite3_bind_blob(raw, index, base, Int32(bytes.count), Self.transient)
        } else {
          _ = sqlite3_bind_zeroblob(raw, index, 0)
        }
      }
    #else
      bind(index, blob: UInt32Blob.encode(words))
    #endif
  }

  func bind(_ index: Int32, blob: [UInt8]) {
    blob.withUnsafeBytes { bytes in
      if let base = bytes.baseAddress, bytes.count > 0 {
        _ = sqlite3_bind_blob(raw, index, base, Int32(bytes.count), Self.transient)
      } else {
        _ = sqlite3_bind_zeroblob(raw, index, 0)
      }
    }
  }
}

extension Statement {
  /// Binds the row's values with `bind` (every parameter, by index from 1)
  /// and runs the statement once; an error is SQLite's, with this SQL.
  func insert(_ db: Database, _ bind: (RawBinder) -> Void) throws {
    let raw = sqliteStatement
    sqlite3_reset(raw)
    bind(RawBinder(raw: raw))
    let code = sqlite3_step(raw)
    guard code == SQLITE_DONE else {
      let error = failure(db, code)
      sqlite3_reset(raw)
      throw error
    }
    sqlite3_reset(raw)
  }

  /// Runs ``insert(_:_:)`` and returns the new row's id, or nil when the
  /// statement (an `INSERT OR IGNORE`) inserted nothing. Reads SQLite's
  /// counters directly: GRDB's `changesCount` and `lastInsertedRowID`
  /// check the calling queue first, twice per row.
  func insertedRowID(_ db: Database, _ bind: (RawBinder) -> Void) throws -> Int64? {
    try insert(db, bind)
    let connection = db.sqliteConnection
    return sqlite3_changes(connection) == 0 ? nil : sqlite3_last_insert_rowid(connection)
  }

  /// SQLite's error `code` from stepping this statement, with its message
  /// (read before the statement is reset) and this SQL.
  func failure(_ db: Database, _ code: Int32) -> DatabaseError {
    DatabaseError(
      resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: sql)
  }
}
