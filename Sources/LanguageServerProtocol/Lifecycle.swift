/// `initialize`: who the client is, what it can do, where the workspace is.
public struct InitializeParams: Hashable, Sendable, Codable {
  public struct ClientInfo: Hashable, Sendable, Codable {
    public var name: String
    public var version: String?
  }
  public struct WorkspaceFolder: Hashable, Sendable, Codable {
    public var uri: String
    public var name: String
  }
  public var processId: Int?
  public var clientInfo: ClientInfo?
  public var rootPath: String?
  public var rootUri: String?
  public var workspaceFolders: [WorkspaceFolder]?
  /// The client's settings for this server (free-form).
  public var initializationOptions: JSONValue?
  /// Kept as JSON: only a few members are read.
  public var capabilities: JSONValue?

  public init(
    rootUri: String? = nil, workspaceFolders: [WorkspaceFolder]? = nil,
    initializationOptions: JSONValue? = nil, capabilities: JSONValue? = nil
  ) {
    self.rootUri = rootUri
    self.workspaceFolders = workspaceFolders
    self.initializationOptions = initializationOptions
    self.capabilities = capabilities
  }

  /// The capability at `path` (`["textDocument", "hover", "contentFormat"]`).
  public func capability(_ path: [String]) -> JSONValue? {
    var value = capabilities
    for key in path { value = value?[key] }
    return value
  }
}

/// What the server can do, as `initialize` answers it.
public struct ServerCapabilities: Hashable, Sendable, Codable {
  public struct TextDocumentSync: Hashable, Sendable, Codable {
    public var openClose: Bool
    /// 1 full, 2 incremental.
    public var change: Int
    public var save: JSONValue?
  }
  public struct CompletionOptions: Hashable, Sendable, Codable {
    public var triggerCharacters: [String]?
    public var resolveProvider: Bool
  }
  public struct CodeActionOptions: Hashable, Sendable, Codable {
    public var codeActionKinds: [String]
    public var resolveProvider: Bool
  }
  public struct ExecuteCommandOptions: Hashable, Sendable, Codable {
    public var commands: [String]
    public init(commands: [String]) { self.commands = commands }
  }
  public var positionEncoding: String?
  public var textDocumentSync: TextDocumentSync
  public var hoverProvider: Bool
  public var completionProvider: CompletionOptions?
  public var codeActionProvider: CodeActionOptions?
  public var executeCommandProvider: ExecuteCommandOptions?

  public init(
    textDocumentSync: TextDocumentSync, hoverProvider: Bool, completionProvider: CompletionOptions?,
    codeActionProvider: CodeActionOptions?, executeCommandProvider: ExecuteCommandOptions?
  ) {
    self.positionEncoding = "utf-16"
    self.textDocumentSync = textDocumentSync
    self.hoverProvider = hoverProvider
    self.completionProvider = completionProvider
    self.codeActionProvider = codeActionProvider
    self.executeCommandProvider = executeCommandProvider
  }
}

extension ServerCapabilities.TextDocumentSync {
  public init(openClose: Bool, change: Int, includeText: Bool) {
    self.openClose = openClose
    self.change = change
    self.save = .object(["includeText": .bool(includeText)])
  }
}

extension ServerCapabilities.CompletionOptions {
  public init(triggerCharacters: [String]?) {
    self.triggerCharacters = triggerCharacters
    self.resolveProvider = false
  }
}

extension ServerCapabilities.CodeActionOptions {
  public init(codeActionKinds: [String]) {
    self.codeActionKinds = codeActionKinds
    self.resolveProvider = false
  }
}

/// The answer to `initialize`.
public struct InitializeResult: Hashable, Sendable, Codable {
  public struct ServerInfo: Hashable, Sendable, Codable {
    public var name: String
    public var version: String?
  }
  public var capabilities: ServerCapabilities
  public var serverInfo: ServerInfo

  public init(capabilities: ServerCapabilities, name: String, version: String?) {
    self.capabilities = capabilities
    self.serverInfo = ServerInfo(name: name, version: version)
  }
}
