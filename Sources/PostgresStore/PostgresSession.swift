import Foundation
import Logging
import PostgresNIO
import Search

/// A small pool of PostgreSQL connections used synchronously.
///
/// Söz's use cases are synchronous (the CLI, and the server's storage calls
/// run on a thread pool of their own), so each query waits for its
/// `EventLoopFuture` on the calling thread — never on an event loop. A
/// connection is checked out for one unit of work (a lookup's reads, a
/// transaction) and returned; broken ones are dropped.
final class PostgresSession: @unchecked Sendable {
  let address: PostgresAddress
  let logger: Logger
  private let lock = NSLock()
  private var idle: [PostgresConnection] = []
  private var nextID = 0
  /// Connections kept idle at most (more may be open under load).
  private let keep: Int

  init(address: PostgresAddress, keep: Int = 16, logger: Logger) {
    self.address = address
    self.keep = keep
    self.logger = logger
  }

  deinit {
    for c in idle {
      let closing: EventLoopFuture<Void> = c.close()
      try? closing.wait()
    }
  }

  private func connect() throws -> PostgresConnection {
    let configuration = PostgresConnection.Configuration(
      host: address.host, port: address.port, username: address.user,
      password: address.password, database: address.database, tls: .disable)
    lock.lock()
    nextID += 1
    let id = nextID
    lock.unlock()
    return try PostgresConnection.connect(
      on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration, id: id,
      logger: logger
    ).wait()
  }

  /// Runs `body` with a connection of the pool.
  func withConnection<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
    lock.lock()
    let pooled = idle.popLast()
    lock.unlock()
    let connection = try pooled ?? connect()
    do {
      let result = try body(connection)
      release(connection)
      return result
    } catch {
      if connection.isClosed { return try rethrow(error) }
      release(connection)
      throw error
    }
  }

  private func rethrow<T>(_ error: Error) throws -> T { throw error }

  private func release(_ connection: PostgresConnection) {
    guard !connection.isClosed else { return }
    lock.lock()
    if idle.count < keep {
      idle.append(connection)
      lock.unlock()
    } else {
      lock.unlock()
      let closing: EventLoopFuture<Void> = connection.close()
      _ = closing
    }
  }

  /// Runs `body` in one transaction (rolled back when it throws), holding
  /// the store's write lock: writers from every process take turns.
  func transaction<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
    try withConnection { c in
      try c.run("BEGIN")
      do {
        try c.run("SELECT pg_advisory_xact_lock(\(PostgresSchema.writeLock))")
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
  /// Runs one statement and returns its rows.
  @discardableResult
  func rows(_ sql: String, _ binds: PostgresBindings = PostgresBindings()) throws -> [PostgresRow] {
    try query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: Self.quiet).wait().rows
  }

  /// Runs one statement, ignoring rows.
  func run(_ sql: String, _ binds: PostgresBindings = PostgresBindings()) throws {
    _ = try rows(sql, binds)
  }

  static let quiet = Logger(label: "soz.postgres.query")
}

/// Binds from a list of values.
func binds(_ values: any PostgresDynamicTypeEncodable...) -> PostgresBindings {
  var b = PostgresBindings(capacity: values.count)
  for v in values { b.append(v) }
  return b
}

/// A readable message for a PostgreSQL or connection error (PSQLError's
/// description hides the server's message on purpose).
func describe(_ error: Error) -> String {
  if let e = error as? PSQLError {
    if let message = e.serverInfo?[.message] {
      let detail = e.serverInfo?[.detail].map { " (\($0))" } ?? ""
      return message + detail
    }
    if let underlying = e.underlying { return "\(underlying)" }
    return "\(e.code)"
  }
  return "\(error)"
}
