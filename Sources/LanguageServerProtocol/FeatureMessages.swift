/// `textDocument/codeAction`.
public struct CodeActionParams: Hashable, Sendable, Codable {
  public struct Context: Hashable, Sendable, Codable {
    /// The diagnostics at the range, as the server published them.
    public var diagnostics: [Diagnostic]
    /// The kinds wanted (`quickfix`, `source.fixAll`…); nil: any.
    public var only: [String]?

    public init(diagnostics: [Diagnostic], only: [String]? = nil) {
      self.diagnostics = diagnostics
      self.only = only
    }

    /// Diagnostics that are not whole (Neovim 0.7 sends back only the
    /// members it did not understand when a plug-in passes its own) are
    /// dropped, not a reason to refuse the request.
    public init(from decoder: Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      let raw = try c.decodeIfPresent([JSONValue].self, forKey: .diagnostics) ?? []
      diagnostics = raw.compactMap { try? $0.decode(Diagnostic.self) }
      only = try c.decodeIfPresent([String].self, forKey: .only)
    }
  }
  public var textDocument: TextDocumentIdentifier
  public var range: TextRange
  public var context: Context

  public init(textDocument: TextDocumentIdentifier, range: TextRange, context: Context) {
    self.textDocument = textDocument
    self.range = range
    self.context = context
  }
}

/// A change the editor offers: an edit, a command, or both.
public struct CodeAction: Hashable, Sendable, Codable {
  public var title: String
  public var kind: String?
  public var diagnostics: [Diagnostic]?
  public var isPreferred: Bool?
  public var edit: WorkspaceEdit?
  public var command: Command?

  public init(
    title: String, kind: String?, diagnostics: [Diagnostic]? = nil, isPreferred: Bool? = nil,
    edit: WorkspaceEdit? = nil, command: Command? = nil
  ) {
    self.title = title
    self.kind = kind
    self.diagnostics = diagnostics
    self.isPreferred = isPreferred
    self.edit = edit
    self.command = command
  }

  public static let quickFix = "quickfix"
  public static let sourceFixAll = "source.fixAll"
}

/// The answer to `textDocument/hover`.
public struct Hover: Hashable, Sendable, Codable {
  public var contents: MarkupContent
  public var range: TextRange?

  public init(contents: MarkupContent, range: TextRange?) {
    self.contents = contents
    self.range = range
  }
}

/// One completion.
public struct CompletionItem: Hashable, Sendable, Codable {
  public var label: String
  /// 18 = Reference; Söz's names are neither code nor keywords.
  public var kind: Int?
  public var detail: String?
  public var documentation: MarkupContent?
  public var sortText: String?
  public var filterText: String?
  public var textEdit: TextEdit?

  public init(
    label: String, kind: Int? = nil, detail: String? = nil, documentation: MarkupContent? = nil,
    sortText: String? = nil, filterText: String? = nil, textEdit: TextEdit? = nil
  ) {
    self.label = label
    self.kind = kind
    self.detail = detail
    self.documentation = documentation
    self.sortText = sortText
    self.filterText = filterText
    self.textEdit = textEdit
  }
}

/// The answer to `textDocument/completion`.
public struct CompletionList: Hashable, Sendable, Codable {
  /// True when typing on should ask again (the list was cut).
  public var isIncomplete: Bool
  public var items: [CompletionItem]

  public init(isIncomplete: Bool, items: [CompletionItem]) {
    self.isIncomplete = isIncomplete
    self.items = items
  }
}

/// `workspace/executeCommand`.
public struct ExecuteCommandParams: Hashable, Sendable, Codable {
  public var command: String
  public var arguments: [JSONValue]?

  public init(command: String, arguments: [JSONValue]?) {
    self.command = command
    self.arguments = arguments
  }
}

/// `workspace/applyEdit`, sent by the server.
public struct ApplyWorkspaceEditParams: Hashable, Sendable, Codable {
  public var label: String?
  public var edit: WorkspaceEdit
}

/// One file event of `workspace/didChangeWatchedFiles` (1 created,
/// 2 changed, 3 deleted).
public struct FileEvent: Hashable, Sendable, Codable {
  public var uri: String
  public var type: Int
  public init(uri: String, type: Int) {
    self.uri = uri
    self.type = type
  }
}

public struct DidChangeWatchedFilesParams: Hashable, Sendable, Codable {
  public var changes: [FileEvent]
  public init(changes: [FileEvent]) { self.changes = changes }
}

public struct DidChangeConfigurationParams: Hashable, Sendable, Codable {
  public var settings: JSONValue?
}

/// `$/cancelRequest`.
public struct CancelParams: Hashable, Sendable, Codable {
  public var id: JSONValue
}

/// `window/showMessage` and `window/logMessage` (1 error, 2 warning,
/// 3 info, 4 log).
public struct ShowMessageParams: Hashable, Sendable, Codable {
  public var type: Int
  public var message: String
  public init(type: Int, message: String) {
    self.type = type
    self.message = message
  }
}

/// `client/registerCapability`.
public struct RegistrationParams: Hashable, Sendable, Codable {
  public struct Registration: Hashable, Sendable, Codable {
    public var id: String
    public var method: String
    public var registerOptions: JSONValue?
    public init(id: String, method: String, registerOptions: JSONValue?) {
      self.id = id
      self.method = method
      self.registerOptions = registerOptions
    }
  }
  public var registrations: [Registration]
  public init(registrations: [Registration]) { self.registrations = registrations }
}
