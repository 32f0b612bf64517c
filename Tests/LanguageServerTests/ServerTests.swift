import Foundation
import LanguageServerProtocol
import SozLanguageServer
import Testing

/// The server's protocol duties, in this process: every malformed or
/// untimely message gets its JSON-RPC error and the server reads on;
/// cancellation; shutdown and exit.
@Suite struct ServerTests {
  @Test func malformedMessagesAreAnsweredAndServingGoesOn() throws {
    let h = try ServerHarness()
    h.send(#"{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{}}"#)
    #expect(h.take().map(\.errorCode) == [ResponseError.serverNotInitializedCode])
    h.initialize()
    h.feed("Content-Length: 8\r\n\r\nnot json")
    h.feed("Content-Length: x\r\n\r\n")
    h.send("[]")
    h.send(#"{"jsonrpc":"2.0","id":2,"method":"soz/nonsense"}"#)
    h.send(#"{"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"position":{"line":0,"character":0}}}"#)
    h.send(#"{"jsonrpc":"2.0","id":4,"method":"textDocument/hover","params":{"textDocument":{"uri":7},"position":{"line":0,"character":0}}}"#)
    h.send(#"{"jsonrpc":"2.0","id":5,"method":"initialize","params":{"capabilities":{}}}"#)
    h.send(#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":"nope"}}"#)
    let answers = h.take()
    #expect(answers.compactMap(\.errorCode) == [-32700, -32700, -32600, -32601, -32602, -32602, -32600])
    #expect(answers.filter { $0.errorCode != nil }.map(\.id) == [nil, nil, nil, .number(2), .number(3), .number(4), .number(5)])
    if case .response(_, _, let e?) = answers[4] { #expect(e.message == "missing 'textDocument'") }
    // The bad notification is reported in the client's log, not answered.
    #expect(answers.last?.method == "window/logMessage")
    // Still serving.
    h.open("a.md", "Officials from Turkey visited Nakhichevan on Monday.\n")
    let published = h.take().filter { $0.method == "textDocument/publishDiagnostics" }
    #expect(published.first?.params?["diagnostics"]?.arrayValue?.count == 2)
  }

  @Test func aCancelledRequestIsAnsweredCancelled() throws {
    let h = try ServerHarness()
    h.initialize()
    h.open("a.md", "Nakhichevan.\n")
    _ = h.take()
    // The cancellation is seen by the reader before the request is run.
    h.send(#"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":9}}"#)
    h.send(#"{"jsonrpc":"2.0","id":9,"method":"textDocument/hover","params":{"textDocument":{"uri":"\#(h.uri("a.md"))"},"position":{"line":0,"character":2}}}"#)
    h.send(#"{"jsonrpc":"2.0","id":10,"method":"textDocument/hover","params":{"textDocument":{"uri":"\#(h.uri("a.md"))"},"position":{"line":0,"character":2}}}"#)
    let answers = h.take()
    #expect(answers.map(\.errorCode) == [ResponseError.requestCancelledCode, nil])
    #expect(answers[1].params?["contents"]?["value"]?.stringValue?.contains("| az | Naxçıvan |") == true)
  }

  @Test func shutdownThenExitIsZeroExitAloneIsOne() throws {
    let h = try ServerHarness()
    h.initialize()
    h.send(#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#)
    h.send(#"{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{}}"#)
    let answers = h.take()
    #expect(answers.first == .response(id: .number(1), result: .null, error: nil))
    #expect(answers.last?.errorCode == ResponseError.invalidRequestCode)
    #expect(h.send(#"{"jsonrpc":"2.0","method":"exit"}"#) == .exit(0))

    let g = try ServerHarness()
    g.initialize()
    #expect(g.send(#"{"jsonrpc":"2.0","method":"exit"}"#) == .exit(1))
    #expect(g.server.endOfInput() == 1)
  }

  @Test func positionsAreUTF16AndFixesKeepSuffixes() throws {
    let h = try ServerHarness()
    h.initialize(options: #"{"language":"az"}"#)
    // An emoji (two UTF-16 units) and a CR LF before the name.
    h.open("az.md", "😀 Bakı.\r\nKarabağ'da yollar yenidən qurulur.\n")
    let published = h.take().first { $0.method == "textDocument/publishDiagnostics" }
    let d = published?.params?["diagnostics"]?.arrayValue?.first
    #expect(d?["range"] == .object([
      "start": .object(["line": .int(1), "character": .int(0)]),
      "end": .object(["line": .int(1), "character": .int(10)]),
    ]))
    #expect(d?["data"]?["suggestions"] == .array([.string("Qarabağda")]))
  }

  @Test func settingsFromInitializationOptionsAndSozYAML() throws {
    let h = try ServerHarness()
    try "rules: { variant: error }\n".write(
      to: h.root.appendingPathComponent(".soz.yaml"), atomically: true, encoding: .utf8)
    h.initialize(options: #"{"language":"en","rules":{"near-miss":"off"},"houseStyle":{"karabakh":"Garabagh"}}"#)
    h.open("a.md", "Karabakh and Nakhichevan.\n")
    let diagnostics = h.take().first { $0.method == "textDocument/publishDiagnostics" }?.params?["diagnostics"]?.arrayValue ?? []
    // The house style prefers Garabagh (so Karabakh is flagged), and
    // .soz.yaml raises variant to error.
    #expect(diagnostics.compactMap { $0["data"]?["suggestions"]?.arrayValue?.first?.stringValue } == ["Garabagh", "Nakhchivan"])
    #expect(diagnostics.compactMap { $0["severity"]?.intValue } == [1, 1])
  }
}
