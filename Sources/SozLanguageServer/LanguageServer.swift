import Foundation
import LanguageServerProtocol
import Linting
import SozCore

/// Söz's language server: the protocol's state machine, handing each
/// message to the use case it asks for.
///
/// Threads:
/// - the caller's thread reads messages (``receive(_:)``); it records
///   `$/cancelRequest` at once, so a request still waiting is answered
///   with `RequestCancelled` instead of being run;
/// - a serial state queue owns the open documents and answers requests in
///   order;
/// - a serial lint queue opens each workspace folder's glossary (once) and
///   lints; a document's diagnostics are debounced and computed for its
///   latest version only (a lint whose documents changed meanwhile is
///   dropped, and a newer one follows).
///
/// Nothing a client sends can stop it but `exit`: a malformed message is
/// answered with a JSON-RPC error and the server reads on.
public final class LanguageServer: @unchecked Sendable {
  /// How the server is set up (from the command line).
  public struct Options: Sendable {
    /// Settings given on the command line (`--store`, `--glossary`,
    /// `--config`), under the client's `initializationOptions`.
    public var client = ClientSettings()
    /// How long a document must stay unchanged before it is linted.
    public var debounce: TimeInterval = 0.025
    /// How often the glossary files are checked for changes (0: never;
    /// clients that watch files tell the server anyway).
    public var pollInterval: TimeInterval = 2
    public var environment: [String: String] = ProcessInfo.processInfo.environment
    public var workingDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    public var executable: URL? = Workspace.executable
    /// The version `initialize` reports.
    public var version = "0.1.0"
    /// Called when the process that `initialize` named as the client
    /// (`processId`) is gone: the protocol says the server should exit
    /// then. Nil: not watched (tests replaying recorded sessions).
    public var onClientGone: (@Sendable () -> Void)? = nil

    public init() {}
  }

  enum Phase { case uninitialized, running, shutDown }

  let options: Options
  let output: @Sendable (Message) -> Void
  let queue = DispatchQueue(label: "soz.lsp.state")
  let lintQueue = DispatchQueue(label: "soz.lsp.lint")
  let cancelled = Locked<Set<RequestID>>([])
  /// The latest version of each open document (read by the lint queue to
  /// drop work on stale text).
  let latestVersions = Locked<[String: Int]>([:])
  /// Each workspace root's glossary, opened on the lint queue.
  let sessions = Locked<[String: SessionState]>([:])
  /// Lints scheduled and not yet published (or dropped).
  let pendingLints = Locked(0)

  // State queue only.
  var phase = Phase.uninitialized
  var documents: [String: OpenDocument] = [:]
  var folders: [URL] = []
  var client = ClientSettings()
  var debounce: TimeInterval
  var markdownHover = true
  var relatedInformation = true
  var lintGeneration: [String: Int] = [:]
  var nextOutgoingID = 1
  var timer: DispatchSourceTimer?
  var shutdownReceived = false
  var clientProcess: Int32?
  var watchesFiles = false

  enum SessionState {
    case ready(GlossarySession)
    case failed(String)
  }

  /// - Parameter output: sends one message to the client; called from
  ///   several threads (it must serialize its writes).
  public init(options: Options = Options(), output: @escaping @Sendable (Message) -> Void) {
    self.options = options
    self.output = output
    client = options.client
    debounce = options.client.debounce ?? options.debounce
  }

  /// What the reader should do after a message.
  public enum Next: Equatable, Sendable {
    case `continue`
    /// `exit` arrived: end the process with this status (0 after
    /// `shutdown`, 1 without, as the protocol says).
    case exit(Int32)
  }

  /// Takes one frame from the reader's thread.
  public func receive(_ frame: MessageFramer.Frame) -> Next {
    switch frame {
    case .malformed(let problem):
      output(.failure(nil, .parseError("malformed header: \(problem)")))
      return .continue
    case .body(let body):
      do {
        return receive(try Message.decode(body))
      } catch {
        output(.failure(error.id, error.error))
        return .continue
      }
    }
  }

  /// Takes one message from the reader's thread.
  public func receive(_ message: Message) -> Next {
    switch message {
    case .notification("$/cancelRequest", let params):
      if let id = params?["id"].flatMap(RequestID.init) { _ = cancelled.withLock { $0.insert(id) } }
      return .continue
    case .notification("exit", _):
      // Everything before `exit` is handled first.
      return queue.sync {
        timer?.cancel()
        return .exit(shutdownReceived ? 0 : 1)
      }
    default:
      queue.async { self.handle(message) }
      return .continue
    }
  }

  /// The end of input without `exit`: the status the process ends with.
  public func endOfInput() -> Int32 {
    queue.sync {
      timer?.cancel()
      return shutdownReceived ? 0 : 1
    }
  }

  /// Waits until every message received so far is handled and every lint
  /// started has published (for tests and benchmarks).
  public func drain() {
    repeat {
      queue.sync {}
      lintQueue.sync {}
      queue.sync {}
      if pendingLints.current > 0 { usleep(1000) }
    } while pendingLints.current > 0
  }

  // MARK: - Dispatch (state queue)

  func handle(_ message: Message) {
    switch message {
    case .request(let id, let method, let params):
      if cancelled.withLock({ $0.remove(id) }) != nil {
        output(.failure(id, .requestCancelled))
        return
      }
      respond(id) { () throws(ResponseError) -> JSONValue? in try request(method, params, id: id) }
    case .notification(let method, let params):
      notification(method, params)
    case .response:
      break  // answers to registerCapability and showMessage: nothing to do
    }
  }

  /// Runs a request's handler and sends its result or error (unless it
  /// answers later itself: nil).
  func respond(_ id: RequestID, _ body: () throws(ResponseError) -> JSONValue?) {
    do {
      if let result = try body() {
        let wasCancelled = cancelled.withLock { $0.remove(id) } != nil
        output(wasCancelled ? .failure(id, .requestCancelled) : .response(id: id, result: result, error: nil))
      }
    } catch {
      cancelled.withLock { _ = $0.remove(id) }
      output(.failure(id, error))
    }
  }

  func request(_ method: String, _ params: JSONValue?, id: RequestID) throws(ResponseError) -> JSONValue? {
    switch (phase, method) {
    case (.uninitialized, "initialize"):
      return try encode(initialize(try decode(InitializeParams.self, params)))
    case (.uninitialized, _):
      throw .serverNotInitialized
    case (.shutDown, _):
      throw .invalidRequest("the server is shutting down: only 'exit' is accepted")
    case (.running, "initialize"):
      throw .invalidRequest("the server is already initialized")
    case (.running, "shutdown"):
      phase = .shutDown
      shutdownReceived = true
      timer?.cancel()
      return .null
    case (.running, "textDocument/hover"):
      return try encodeOptional(hover(try decode(TextDocumentPositionParams.self, params)))
    case (.running, "textDocument/completion"):
      return try encode(completion(try decode(TextDocumentPositionParams.self, params)))
    case (.running, "textDocument/codeAction"):
      return try encode(codeActions(try decode(CodeActionParams.self, params)))
    case (.running, "workspace/executeCommand"):
      try executeCommand(try decode(ExecuteCommandParams.self, params), id: id)
      return nil
    default:
      throw .methodNotFound(method)
    }
  }

  func notification(_ method: String, _ params: JSONValue?) {
    guard phase == .running else { return }
    do {
      switch method {
      case "initialized": if watchesFiles { registerFileWatchers() }
      case "textDocument/didOpen": didOpen(try decode(DidOpenTextDocumentParams.self, params))
      case "textDocument/didChange": didChange(try decode(DidChangeTextDocumentParams.self, params))
      case "textDocument/didClose": didClose(try decode(DidCloseTextDocumentParams.self, params))
      case "textDocument/didSave": didSave(try decode(DidSaveTextDocumentParams.self, params))
      case "workspace/didChangeWatchedFiles":
        filesChanged(try decode(DidChangeWatchedFilesParams.self, params).changes.compactMap { DocumentURI.path($0.uri) })
      case "workspace/didChangeConfiguration":
        configurationChanged(try decode(DidChangeConfigurationParams.self, params).settings)
      case "workspace/didChangeWorkspaceFolders": foldersChanged(params)
      default: break  // $/setTrace, $/progress and the like
      }
    } catch {
      // A notification has no response: say it in the client's log.
      log("ignored '\(method)': \(error.message)", type: 1)
    }
  }

  // MARK: - Lifecycle

  func initialize(_ params: InitializeParams) -> InitializeResult {
    phase = .running
    var problems: [String] = []
    var settings = ClientSettings(params.initializationOptions, problems: &problems)
    settings.store = settings.store ?? options.client.store
    settings.glossary = settings.glossary ?? options.client.glossary
    settings.config = settings.config ?? options.client.config
    client = settings
    debounce = settings.debounce ?? options.client.debounce ?? options.debounce
    if !problems.isEmpty { log("initializationOptions: " + problems.joined(separator: "; "), type: 2) }
    let formats = params.capability(["textDocument", "hover", "contentFormat"])?.arrayValue?.compactMap(\.stringValue)
    markdownHover = formats?.first.map { $0 == "markdown" } ?? true
    relatedInformation =
      params.capability(["textDocument", "publishDiagnostics", "relatedInformation"])?.boolValue ?? true
    clientProcess = params.processId.map(Int32.init)
    folders = (params.workspaceFolders ?? []).compactMap { DocumentURI.path($0.uri) }.map(URL.init(fileURLWithPath:))
    if folders.isEmpty, let root = params.rootUri.flatMap(DocumentURI.path) ?? params.rootPath {
      folders = [URL(fileURLWithPath: root)]
    }
    if folders.isEmpty { folders = [options.workingDirectory] }
    // Registered once `initialized` arrives: no request may precede the
    // answer to `initialize`.
    watchesFiles = params.capability(["workspace", "didChangeWatchedFiles", "dynamicRegistration"])?.boolValue == true
    startPolling()
    return InitializeResult(
      capabilities: ServerCapabilities(
        textDocumentSync: .init(openClose: true, change: 2, includeText: false), hoverProvider: true,
        completionProvider: .init(triggerCharacters: nil),
        codeActionProvider: .init(codeActionKinds: [CodeAction.quickFix, Self.fixAllKind]),
        executeCommandProvider: ServerCapabilities.ExecuteCommandOptions(commands: [Self.addToGlossaryCommand])),
      name: "soz", version: options.version)
  }

  /// Asks the client to report changes to glossary files and settings.
  func registerFileWatchers() {
    let globs = ["**/*.yaml", "**/*.yml", "**/*.tsv", "**/*.csv", "**/*.tbx", "**/*.tmx"]
    let watchers = JSONValue.array(globs.map { .object(["globPattern": .string($0)]) })
    let params = RegistrationParams(registrations: [
      .init(id: "soz-glossary-files", method: "workspace/didChangeWatchedFiles",
        registerOptions: .object(["watchers": watchers]))
    ])
    sendRequest("client/registerCapability", params)
  }

  func sendRequest<T: Encodable>(_ method: String, _ params: T) {
    let id = RequestID.string("soz-\(nextOutgoingID)")
    nextOutgoingID += 1
    output(.request(id: id, method: method, params: try? JSONValue(encoding: params)))
  }

  /// `window/logMessage` (1 error, 2 warning, 3 info, 4 log).
  func log(_ message: String, type: Int) {
    output(.notify("window/logMessage", ShowMessageParams(type: type, message: message)))
  }

  /// `window/showMessage`.
  func show(_ message: String, type: Int) {
    output(.notify("window/showMessage", ShowMessageParams(type: type, message: message)))
  }

  // MARK: - Coding

  func decode<T: Decodable>(_ type: T.Type, _ params: JSONValue?) throws(ResponseError) -> T {
    do {
      return try (params ?? .object([:])).decode(T.self)
    } catch let DecodingError.keyNotFound(key, context) {
      throw .invalidParams("missing '\((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))'")
    } catch let DecodingError.typeMismatch(_, context) {
      throw .invalidParams("'\(context.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong type")
    } catch let DecodingError.valueNotFound(_, context) {
      throw .invalidParams("'\(context.codingPath.map(\.stringValue).joined(separator: "."))' is null")
    } catch {
      throw .invalidParams("invalid params: \(error)")
    }
  }

  func encode<T: Encodable>(_ value: T) throws(ResponseError) -> JSONValue {
    do {
      return try JSONValue(encoding: value)
    } catch {
      throw .internalError("cannot encode the result: \(error)")
    }
  }

  func encodeOptional<T: Encodable>(_ value: T?) throws(ResponseError) -> JSONValue {
    guard let value else { return .null }
    return try encode(value)
  }

  static let addToGlossaryCommand = "soz.addToGlossary"
  static let fixAllKind = "source.fixAll.soz"
}
