import Terminology

/// Why an interchange file (TMX, TBX, XLIFF, CSV) cannot be read or
/// written, and where: every error names the file and a 1-based line and
/// column.
public struct ExchangeError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The class of failure, for callers and tests that branch on it.
  public enum Kind: String, Sendable {
    /// Not well-formed XML (a bad name, a missing quote, text outside the root…).
    case malformed
    /// An end tag that does not close the element that is open.
    case mismatchedTag
    /// The file ends inside an element, a tag, a comment or a character.
    case truncated
    /// Invalid UTF-8 or UTF-16, a forbidden control character, an
    /// unsupported declared encoding.
    case encoding
    /// A reference to an entity other than the five predefined ones.
    case undefinedEntity
    /// A DOCTYPE that declares entities (refused: no expansion, no
    /// external loading, so no entity bombs and no file or network access).
    case entityDeclaration
    /// A single tag, text run or comment larger than the reader's limit.
    case tooLarge
    /// Well-formed XML that is not the expected format (a `<tuv>` without
    /// a language, a TBX without `<body>`…).
    case invalidContent
    /// The file cannot be opened, read or written.
    case io
  }

  public var kind: Kind
  public var message: String
  public var location: SourceLocation

  public init(_ kind: Kind, _ message: String, at location: SourceLocation) {
    self.kind = kind
    self.message = message
    self.location = location
  }

  /// `file:line:col: message`, the grammar of every located error in Söz.
  public var description: String { "\(location): \(message)" }

  /// The same error as a ``GlossaryError`` (for the glossary importers).
  public var glossaryError: GlossaryError { GlossaryError(message, at: location) }
}
