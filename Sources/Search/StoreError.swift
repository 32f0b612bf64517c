/// A store that cannot be opened, read or written (either engine: `path`
/// is the SQLite file or the PostgreSQL address without its password).
public struct StoreError: Error, Equatable, Sendable, CustomStringConvertible {
  public var path: String
  public var message: String
  /// Whether the write was refused because it contradicts what the store
  /// holds (a concept another source defines): the caller's input, not a
  /// failure of the store (the server answers 409, not 500).
  public var conflict: Bool

  public init(path: String, message: String, conflict: Bool = false) {
    self.path = path
    self.message = message
    self.conflict = conflict
  }

  public var description: String { "\(path): \(message)" }
}
