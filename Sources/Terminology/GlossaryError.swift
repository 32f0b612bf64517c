/// A glossary file that cannot be read: where, and what is wrong.
public struct GlossaryError: Error, Equatable, Sendable, CustomStringConvertible {
  public var location: SourceLocation
  public var message: String

  public init(_ message: String, at location: SourceLocation) {
    self.message = message
    self.location = location
  }

  /// `file:line:col: message`, the grammar of every located error in Söz.
  public var description: String { "\(location): \(message)" }
}
