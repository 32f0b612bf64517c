import Foundation
import LanguageServerProtocol
import SozLanguageServer
import TestSupport

/// A language server in this process, on a scratch workspace holding a
/// copy of the repository's glossary, with every message it sends kept.
final class ServerHarness: @unchecked Sendable {
  static let repo = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  let root: URL
  let server: LanguageServer
  private let lock = NSLock()
  private var sent: [Message] = []

  init(debounce: TimeInterval = 0) throws {
    root = Scratch.root.appendingPathComponent("lsp-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: Self.repo.appendingPathComponent("glossaries"), to: root.appendingPathComponent("glossaries"))
    var options = LanguageServer.Options()
    options.debounce = debounce
    options.pollInterval = 0
    options.workingDirectory = root
    options.executable = nil
    options.version = "VERSION"
    var environment = ProcessInfo.processInfo.environment
    environment.removeValue(forKey: "SOZ_STORE")
    environment.removeValue(forKey: "SOZ_GLOSSARY")
    options.environment = environment
    let box = Box()
    server = LanguageServer(options: options) { box.harness?.keep($0) }
    box.harness = self
  }

  private final class Box: @unchecked Sendable { weak var harness: ServerHarness? }

  private func keep(_ m: Message) {
    lock.lock()
    sent.append(m)
    lock.unlock()
  }

  /// Everything sent so far, and forgets it.
  func take() -> [Message] {
    server.drain()
    lock.lock()
    defer { lock.unlock() }
    let out = sent
    sent = []
    return out
  }

  /// Feeds raw bytes through a framer, as the stdio loop does.
  @discardableResult
  func feed(_ bytes: String) -> LanguageServer.Next {
    var framer = MessageFramer()
    framer.append(Data(bytes.utf8))
    var next = LanguageServer.Next.continue
    while let frame = framer.next() { next = server.receive(frame) }
    return next
  }

  @discardableResult
  func send(_ json: String) -> LanguageServer.Next {
    feed("Content-Length: \(json.utf8.count)\r\n\r\n" + json)
  }

  func initialize(options: String = #"{"language":"en"}"#) {
    send(
      #"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"rootUri":"\#(DocumentURI.uri(forPath: root.path))","capabilities":{},"initializationOptions":\#(options)}}"#)
    send(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#)
    _ = take()
  }

  func uri(_ name: String) -> String { DocumentURI.uri(forPath: root.appendingPathComponent(name).path) }

  func open(_ name: String, _ text: String, version: Int = 1) {
    let escaped = String(decoding: (try? JSONEncoder().encode(text)) ?? Data(), as: UTF8.self)
    send(
      #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"\#(uri(name))","languageId":"markdown","version":\#(version),"text":\#(escaped)}}}"#)
  }
}

extension Message {
  /// The error code of a failure response.
  var errorCode: Int? {
    if case .response(_, _, let e?) = self { return e.code }
    return nil
  }
  var id: RequestID? {
    switch self {
    case .request(let id, _, _): return id
    case .response(let id, _, _): return id
    case .notification: return nil
    }
  }
  var method: String? {
    switch self {
    case .request(_, let m, _), .notification(let m, _): return m
    case .response: return nil
    }
  }
  var params: JSONValue? {
    switch self {
    case .request(_, _, let p), .notification(_, let p): return p
    case .response(_, let r, _): return r
    }
  }
}
