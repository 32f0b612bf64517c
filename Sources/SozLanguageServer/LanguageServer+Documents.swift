import Foundation
import LanguageServerProtocol
import Linting
import SozCore

/// An open document and what its last lint found.
struct OpenDocument {
  var document: TextDocument
  var format: Document.Format
  /// The workspace root whose glossary checks it.
  var root: String
  /// The last lint's result for this document, when it was for `version`.
  var linted: Linted?

  struct Linted {
    var version: Int
    var findings: [Finding]
    var map: PositionMap
    var diagnostics: [Diagnostic]
  }

  /// The findings of the current version, if it has been linted.
  var currentFindings: Linted? {
    linted.flatMap { $0.version == document.version ? $0 : nil }
  }
}

/// A document as the lint queue sees it.
struct LintInput: Sendable {
  var uri: String
  var version: Int
  var text: String
  var format: Document.Format
  var path: String?
}

extension LanguageServer {
  /// The format of a document: from its language id, else its name.
  static func format(languageId: String, uri: String) -> Document.Format {
    switch languageId.lowercased() {
    case "markdown", "mdx", "quarto", "rmd": return .markdown
    case "html", "xhtml": return .html
    case "plaintext", "text", "txt": return .plain
    default: return Document.format(forPath: DocumentURI.path(uri) ?? uri)
    }
  }

  /// The workspace root of a document: the deepest folder holding it, else
  /// its own directory, else (no file) the first folder.
  func root(of uri: String) -> String {
    guard let path = DocumentURI.path(uri) else { return (folders.first ?? options.workingDirectory).path }
    let p = URL(fileURLWithPath: path).standardizedFileURL.path
    let holding = folders.map { $0.standardizedFileURL.path }.filter { p.hasPrefix($0 == "/" ? "/" : $0 + "/") }
    return holding.max { $0.count < $1.count }
      ?? URL(fileURLWithPath: p).deletingLastPathComponent().path
  }

  func didOpen(_ params: DidOpenTextDocumentParams) {
    let item = params.textDocument
    documents[item.uri] = OpenDocument(
      document: TextDocument(uri: item.uri, languageId: item.languageId, version: item.version, text: item.text),
      format: Self.format(languageId: item.languageId, uri: item.uri), root: root(of: item.uri))
    latestVersions.withLock { $0[item.uri] = item.version }
    scheduleLint(root(of: item.uri))
  }

  func didChange(_ params: DidChangeTextDocumentParams) {
    let uri = params.textDocument.uri
    guard var open = documents[uri] else {
      log("didChange for '\(uri)', which is not open", type: 2)
      return
    }
    for change in params.contentChanges { open.document.apply(change) }
    open.document.version = params.textDocument.version
    documents[uri] = open
    latestVersions.withLock { $0[uri] = params.textDocument.version }
    scheduleLint(open.root)
  }

  func didClose(_ params: DidCloseTextDocumentParams) {
    let uri = params.textDocument.uri
    guard let open = documents.removeValue(forKey: uri) else { return }
    latestVersions.withLock { _ = $0.removeValue(forKey: uri) }
    output(.notify("textDocument/publishDiagnostics", PublishDiagnosticsParams(uri: uri, version: nil, diagnostics: [])))
    // `inconsistent` in the others may have counted it.
    scheduleLint(open.root)
  }

  func didSave(_ params: DidSaveTextDocumentParams) {
    if let path = DocumentURI.path(params.textDocument.uri) { filesChanged([path]) }
  }

  /// Lints the open documents of `root` once they have been quiet for the
  /// debounce delay (a later change restarts the wait).
  func scheduleLint(_ root: String, delay: TimeInterval? = nil) {
    lintGeneration[root, default: 0] += 1
    let generation = lintGeneration[root]
    pendingLints.withLock { $0 += 1 }
    queue.asyncAfter(deadline: .now() + (delay ?? debounce)) { [self] in
      defer { pendingLints.withLock { $0 -= 1 } }
      guard lintGeneration[root] == generation, phase == .running else { return }
      let inputs = documents.values.filter { $0.root == root }.map {
        LintInput(
          uri: $0.document.uri, version: $0.document.version, text: $0.document.text, format: $0.format,
          path: DocumentURI.path($0.document.uri))
      }
      guard !inputs.isEmpty else { return }
      pendingLints.withLock { $0 += 1 }
      lintQueue.async {
        self.lint(inputs, root: root)
        // Counted down on the state queue, after the publication.
        self.queue.async { self.pendingLints.withLock { $0 -= 1 } }
      }
    }
  }

  /// On the lint queue: lints the documents together (so `inconsistent`
  /// sees them all) unless one has changed since, and hands the
  /// diagnostics to the state queue.
  func lint(_ inputs: [LintInput], root: String) {
    let latest = latestVersions.current
    guard inputs.allSatisfy({ latest[$0.uri] == $0.version }) else { return }  // a newer lint is coming
    guard let session = session(root) else {
      queue.async { self.publish(inputs.map { ($0, [], PositionMap($0.text)) }) }
      return
    }
    let checked = inputs.filter { !session.ignores($0.path) }
    let docs = checked.map { Document(path: $0.uri, text: $0.text, format: $0.format) }
    let findings = session.linter.lint(docs, configuration: session.configuration)
    let byFile = Dictionary(grouping: findings, by: \.location.file)
    let results = inputs.map { ($0, byFile[$0.uri] ?? [], PositionMap($0.text)) }
    queue.async { self.publish(results) }
  }

  /// Publishes each document's diagnostics when its text is still the one
  /// linted and they changed (or its version did).
  func publish(_ results: [(LintInput, [Finding], PositionMap)]) {
    let maps = Dictionary(results.map { ($0.0.uri, $0.2) }) { a, _ in a }
    let all = DiagnosticMapper.diagnostics(results.flatMap(\.1), maps: maps)
    for (input, findings, map) in results {
      guard var open = documents[input.uri], open.document.version == input.version else { continue }
      var diagnostics = all[input.uri] ?? []
      if !relatedInformation {
        for i in diagnostics.indices { diagnostics[i].relatedInformation = nil }
      }
      let previous = open.linted
      open.linted = .init(version: input.version, findings: findings, map: map, diagnostics: diagnostics)
      documents[input.uri] = open
      if previous?.version == input.version, previous?.diagnostics == diagnostics { continue }
      output(
        .notify(
          "textDocument/publishDiagnostics",
          PublishDiagnosticsParams(uri: input.uri, version: input.version, diagnostics: diagnostics)))
    }
  }

  // MARK: - Glossary sessions (lint queue)

  /// The glossary of `root`, opened on first use; nil (with a message to
  /// the client, once per failure) when it cannot be opened.
  func session(_ root: String) -> GlossarySession? {
    switch sessions.current[root] {
    case .ready(let s)?: return s
    case .failed?: return nil
    case nil: return open(root)
    }
  }

  /// Opens (or reopens) the glossary of `root`.
  @discardableResult
  func open(_ root: String) -> GlossarySession? {
    let settings = queue.sync { client }
    do {
      let s = try GlossarySession(
        root: URL(fileURLWithPath: root), client: settings, environment: options.environment,
        executable: options.executable)
      sessions.withLock { $0[root] = .ready(s) }
      return s
    } catch {
      let message = "soz: \(error.description)"
      let old = sessions.withLock { state -> SessionState? in
        defer { state[root] = .failed(message) }
        return state[root]
      }
      if case .failed(message)? = old {} else { show(message, type: 1) }
      return nil
    }
  }

  /// Reopens the glossaries `paths` belong to (or whose opening failed)
  /// and re-lints their documents.
  func filesChanged(_ paths: [String]) {
    lintQueue.async { [self] in
      var roots: [String] = []
      for (root, state) in sessions.current {
        switch state {
        case .ready(let s) where paths.contains(where: s.concerns) && !s.isCurrent: roots.append(root)
        case .failed: roots.append(root)
        default: break
        }
      }
      for root in roots { open(root) }
      let reopened = roots
      if !reopened.isEmpty { queue.async { for root in reopened { self.scheduleLint(root, delay: 0) } } }
    }
  }

  /// New settings from the client: every glossary is reopened with them.
  func configurationChanged(_ settings: JSONValue?) {
    guard let settings, settings != .null, settings != .object([:]) else { return }
    var problems: [String] = []
    var new = ClientSettings(settings, problems: &problems)
    if !problems.isEmpty { log("settings: " + problems.joined(separator: "; "), type: 2) }
    new.store = new.store ?? client.store
    new.glossary = new.glossary ?? client.glossary
    new.config = new.config ?? client.config
    guard new != client else { return }
    client = new
    if let d = new.debounce { debounce = d }
    reopenAll()
  }

  func reopenAll() {
    let roots = Set(documents.values.map(\.root))
    lintQueue.async { [self] in
      sessions.withLock { $0.removeAll() }
      for root in roots { open(root) }
      queue.async { for root in roots { self.scheduleLint(root, delay: 0) } }
    }
  }

  func foldersChanged(_ params: JSONValue?) {
    let event = params?["event"]
    let added = (event?["added"]?.arrayValue ?? []).compactMap { $0["uri"]?.stringValue.flatMap(DocumentURI.path) }
    let removed = Set((event?["removed"]?.arrayValue ?? []).compactMap { $0["uri"]?.stringValue.flatMap(DocumentURI.path) })
    folders = folders.filter { !removed.contains($0.path) } + added.map(URL.init(fileURLWithPath:))
    for uri in documents.keys { documents[uri]?.root = root(of: uri) }
    reopenAll()
  }

  /// Checks the glossary files every ``Options/pollInterval`` seconds, for
  /// clients that do not report file changes.
  func startPolling() {
    guard options.pollInterval > 0 else { return }
    let t = DispatchSource.makeTimerSource(queue: lintQueue)
    t.schedule(deadline: .now() + options.pollInterval, repeating: options.pollInterval)
    t.setEventHandler { [weak self] in
      guard let self else { return }
      if let gone = self.options.onClientGone, let pid = self.queue.sync(execute: { self.clientProcess }),
        kill(pid, 0) != 0, errno == ESRCH
      {
        gone()
      }
      var stale: [String] = []
      for (root, state) in self.sessions.current {
        if case .ready(let s) = state, !s.isCurrent { stale.append(root) }
      }
      for root in stale { self.open(root) }
      let reopened = stale
      if !reopened.isEmpty { self.queue.async { for root in reopened { self.scheduleLint(root, delay: 0) } } }
    }
    timer = t
    t.resume()
  }
}
