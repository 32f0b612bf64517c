import Foundation

/// A PostgreSQL address as the CLI takes it in place of a store path:
/// `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE` (or `postgresql://`).
/// The password may also come from `$PGPASSWORD`; it never appears in
/// messages (``redacted``).
public struct PostgresAddress: Sendable, Equatable {
  public var user: String
  public var password: String?
  public var host: String
  public var port: Int
  public var database: String

  /// Whether `text` names a PostgreSQL store rather than a file.
  public static func isAddress(_ text: String) -> Bool {
    text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
  }

  /// Parses an address; nil when `text` is not a `postgres://` URL with a
  /// user, a host and a database.
  public init?(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
    guard Self.isAddress(text), let url = URLComponents(string: text),
      let host = url.host, !host.isEmpty, let user = url.user, !user.isEmpty
    else { return nil }
    let database = String(url.path.drop { $0 == "/" })
    guard !database.isEmpty, !database.contains("/") else { return nil }
    self.user = user.removingPercentEncoding ?? user
    self.password =
      url.password.map { $0.removingPercentEncoding ?? $0 }
      ?? environment["PGPASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
    self.host = host
    self.port = url.port ?? 5432
    self.database = database
  }

  /// The address without its password, for messages and logs.
  public var redacted: String { "postgres://\(user)@\(host):\(port)/\(database)" }
}
