import Foundation
import PostgresNIO
import Search

extension PostgresSession {
  /// Runs `body` in one read-only snapshot (`REPEATABLE READ`): an import
  /// committing meanwhile is seen entirely or not at all. Errors `body`
  /// throws are rethrown as they are.
  func snapshot<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
    try withConnection { c in
      try c.run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
      do {
        let result = try body(c)
        try c.run("COMMIT")
        return result
      } catch {
        _ = try? c.run("ROLLBACK")
        throw error
      }
    }
  }
}

extension PostgresConnection {
  /// Streams the rows of `sql` through a cursor, `fetch` rows a round trip,
  /// so a big read holds a bounded number of rows in memory. Must run in a
  /// transaction (``PostgresSession/snapshot(_:)``); the cursor ends with it.
  func stream(
    cursor name: String, _ sql: String, _ binds: PostgresBindings = PostgresBindings(),
    fetch: Int = 5000, _ body: (PostgresRow) throws -> Void
  ) throws {
    try run("DECLARE \(name) NO SCROLL CURSOR FOR \(sql)", binds)
    while true {
      let rows = try self.rows("FETCH \(fetch) FROM \(name)")
      for row in rows { try body(row) }
      if rows.count < fetch { break }
    }
    try run("CLOSE \(name)")
  }
}

/// An error thrown by a caller's closure inside a read, passed on as it is.
struct CallerError: Error {
  let error: Error
}

/// Runs a caller's closure, marking what it throws as the caller's.
func passing<T>(_ call: () throws -> T) throws -> T {
  do {
    return try call()
  } catch {
    throw CallerError(error: error)
  }
}

extension PostgresGlossaryStore {
  /// Runs `body` in a snapshot, turning the engine's errors into a
  /// ``StoreError`` naming the store and rethrowing those of the caller's
  /// closures (called through ``passing(_:)``) as they are.
  func reading<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
    do {
      return try session.snapshot(body)
    } catch let e as CallerError {
      throw e.error
    } catch let e as StoreError {
      throw e
    } catch {
      throw StoreError(path: location, message: "PostgreSQL: \(describe(error))")
    }
  }
}
