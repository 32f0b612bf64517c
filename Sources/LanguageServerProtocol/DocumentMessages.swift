/// `textDocument/didOpen`.
public struct DidOpenTextDocumentParams: Hashable, Sendable, Codable {
  public var textDocument: TextDocumentItem
  public init(textDocument: TextDocumentItem) { self.textDocument = textDocument }
}

/// One change: a range replaced (incremental sync) or, without a range,
/// the whole text (full sync).
public struct TextDocumentContentChangeEvent: Hashable, Sendable, Codable {
  public var range: TextRange?
  public var rangeLength: Int?
  public var text: String

  public init(range: TextRange? = nil, text: String) {
    self.range = range
    self.text = text
  }
}

/// `textDocument/didChange`: the changes apply in order.
public struct DidChangeTextDocumentParams: Hashable, Sendable, Codable {
  public var textDocument: VersionedTextDocumentIdentifier
  public var contentChanges: [TextDocumentContentChangeEvent]

  public init(textDocument: VersionedTextDocumentIdentifier, contentChanges: [TextDocumentContentChangeEvent]) {
    self.textDocument = textDocument
    self.contentChanges = contentChanges
  }
}

/// `textDocument/didClose`.
public struct DidCloseTextDocumentParams: Hashable, Sendable, Codable {
  public var textDocument: TextDocumentIdentifier
}

/// `textDocument/didSave`.
public struct DidSaveTextDocumentParams: Hashable, Sendable, Codable {
  public var textDocument: TextDocumentIdentifier
  public var text: String?
}

/// A request about one place in a document (hover, completion).
public struct TextDocumentPositionParams: Hashable, Sendable, Codable {
  public var textDocument: TextDocumentIdentifier
  public var position: Position

  public init(textDocument: TextDocumentIdentifier, position: Position) {
    self.textDocument = textDocument
    self.position = position
  }
}

/// The severities a diagnostic can have.
public enum DiagnosticSeverity: Int, Hashable, Sendable, Codable {
  case error = 1, warning = 2, information = 3, hint = 4
}

/// Another place a diagnostic concerns.
public struct DiagnosticRelatedInformation: Hashable, Sendable, Codable {
  public var location: Location
  public var message: String

  public init(location: Location, message: String) {
    self.location = location
    self.message = message
  }
}

/// Where a diagnostic's rule is documented.
public struct CodeDescription: Hashable, Sendable, Codable {
  public var href: String
  public init(href: String) { self.href = href }
}

/// One problem shown in the editor.
public struct Diagnostic: Hashable, Sendable, Codable {
  public var range: TextRange
  public var severity: DiagnosticSeverity?
  /// The rule id.
  public var code: String?
  public var codeDescription: CodeDescription?
  public var source: String?
  public var message: String
  public var relatedInformation: [DiagnosticRelatedInformation]?
  /// What a code action needs, kept by the client and sent back in
  /// `textDocument/codeAction` (vale-ls's practice: no second lint).
  public var data: JSONValue?

  public init(
    range: TextRange, severity: DiagnosticSeverity?, code: String?, codeDescription: CodeDescription? = nil,
    source: String?, message: String, relatedInformation: [DiagnosticRelatedInformation]? = nil,
    data: JSONValue? = nil
  ) {
    self.range = range
    self.severity = severity
    self.code = code
    self.codeDescription = codeDescription
    self.source = source
    self.message = message
    self.relatedInformation = relatedInformation
    self.data = data
  }
}

/// `textDocument/publishDiagnostics`: every diagnostic of a document (an
/// empty list clears them).
public struct PublishDiagnosticsParams: Hashable, Sendable, Codable {
  public var uri: String
  public var version: Int?
  public var diagnostics: [Diagnostic]

  public init(uri: String, version: Int?, diagnostics: [Diagnostic]) {
    self.uri = uri
    self.version = version
    self.diagnostics = diagnostics
  }
}
