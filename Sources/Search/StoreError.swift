/// A store that cannot be opened, read or written (either engine: `path`
/// is the SQLite file or the PostgreSQL address without its password).
public struct StoreError: Error, Equatable, Sendable, CustomStringConvertible {
  public var path: String
  public var message: String

  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }

  public var description: String { "\(path): \(message)" }
}
