/// A place in a text document: a zero-based line and a zero-based
/// character offset in UTF-16 code units (the protocol's default
/// position encoding).
public struct Position: Hashable, Sendable, Codable, Comparable {
  public var line: Int
  public var character: Int

  public init(line: Int, character: Int) {
    self.line = line
    self.character = character
  }

  public static func < (a: Position, b: Position) -> Bool {
    (a.line, a.character) < (b.line, b.character)
  }
}

/// A span of a text document, `end` exclusive.
public struct TextRange: Hashable, Sendable, Codable {
  public var start: Position
  public var end: Position

  public init(start: Position, end: Position) {
    self.start = start
    self.end = end
  }

  /// Whether `position` is inside the range (its end included, so a cursor
  /// right after a word still touches it).
  public func contains(_ position: Position) -> Bool {
    start <= position && position <= end
  }

  /// Whether the two ranges share a position.
  public func overlaps(_ other: TextRange) -> Bool {
    start <= other.end && other.start <= end
  }
}

/// A range in a document named by its URI.
public struct Location: Hashable, Sendable, Codable {
  public var uri: String
  public var range: TextRange

  public init(uri: String, range: TextRange) {
    self.uri = uri
    self.range = range
  }
}

public struct TextDocumentIdentifier: Hashable, Sendable, Codable {
  public var uri: String
  public init(uri: String) { self.uri = uri }
}

public struct VersionedTextDocumentIdentifier: Hashable, Sendable, Codable {
  public var uri: String
  public var version: Int
  public init(uri: String, version: Int) {
    self.uri = uri
    self.version = version
  }
}

/// A document as `textDocument/didOpen` hands it over.
public struct TextDocumentItem: Hashable, Sendable, Codable {
  public var uri: String
  public var languageId: String
  public var version: Int
  public var text: String

  public init(uri: String, languageId: String, version: Int, text: String) {
    self.uri = uri
    self.languageId = languageId
    self.version = version
    self.text = text
  }
}

/// A replacement of `range` by `newText`.
public struct TextEdit: Hashable, Sendable, Codable {
  public var range: TextRange
  public var newText: String

  public init(range: TextRange, newText: String) {
    self.range = range
    self.newText = newText
  }
}

/// Edits to documents, by URI.
public struct WorkspaceEdit: Hashable, Sendable, Codable {
  public var changes: [String: [TextEdit]]?
  public init(changes: [String: [TextEdit]]) { self.changes = changes }
}

/// Text for the editor to show: `markdown` or `plaintext`.
public struct MarkupContent: Hashable, Sendable, Codable {
  public var kind: String
  public var value: String

  public init(kind: String, value: String) {
    self.kind = kind
    self.value = value
  }
}

/// A command the client runs, usually by sending it back with
/// `workspace/executeCommand`.
public struct Command: Hashable, Sendable, Codable {
  public var title: String
  public var command: String
  public var arguments: [JSONValue]?

  public init(title: String, command: String, arguments: [JSONValue]? = nil) {
    self.title = title
    self.command = command
    self.arguments = arguments
  }
}
