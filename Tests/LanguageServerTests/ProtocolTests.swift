import Foundation
import LanguageServerProtocol
import Testing

/// The message layer on its own: frames, JSON-RPC messages, documents.
@Suite struct ProtocolTests {
  @Test func aBrokenHeaderCostsOneMessage() {
    var f = MessageFramer()
    let good = MessageFramer.frame(Data(#"{"jsonrpc":"2.0","method":"a"}"#.utf8))
    f.append(Data("Content-Length: abc\r\n\r\n{}".utf8) + good)
    #expect(f.next() == .malformed("Content-Length is not a number: 'abc'"))
    #expect(f.next() == .body(Data(#"{"jsonrpc":"2.0","method":"a"}"#.utf8)))
    f.append(Data("Content-Type: x\r\n\r\n".utf8) + good)
    #expect(f.next() == .malformed("a header without Content-Length"))
    #expect(f.next() == .body(Data(#"{"jsonrpc":"2.0","method":"a"}"#.utf8)))
    #expect(f.next() == nil)
    f.append(Data(repeating: 0x41, count: 9000))
    if case .malformed? = f.next() {} else { Issue.record("an endless header is malformed") }
    f.append(good)
    #expect(f.next() == .body(Data(#"{"jsonrpc":"2.0","method":"a"}"#.utf8)))
  }

  @Test func headerNamesAnyCaseAndContentType() {
    var f = MessageFramer()
    f.append(Data("content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}".utf8))
    #expect(f.next() == .body(Data("{}".utf8)))
  }

  @Test(arguments: [
    ("not json", -32700), ("[1,2]", -32600), (#"{"id":1,"method":"x"}"#, -32600),
    (#"{"jsonrpc":"2.0","id":{},"method":"x"}"#, -32600), (#"{"jsonrpc":"2.0","id":1,"method":3}"#, -32600),
    (#"{"jsonrpc":"2.0","id":1,"method":"x","params":3}"#, -32600), (#"{"jsonrpc":"2.0","id":1}"#, -32600),
  ])
  func malformedMessagesAreTyped(body: String, code: Int) {
    do {
      _ = try Message.decode(Data(body.utf8))
      Issue.record("decoded '\(body)'")
    } catch {
      #expect(error.error.code == code, "\(body)")
    }
  }

  @Test func messagesRoundTrip() throws {
    let messages: [Message] = [
      .request(id: .number(7), method: "textDocument/hover", params: .object(["a": .array([.int(1), .double(1.5)])])),
      .request(id: .string("x"), method: "shutdown", params: nil),
      .notification(method: "exit", params: nil),
      .response(id: .number(1), result: .null, error: nil),
      .failure(.number(2), .methodNotFound("nope")),
    ]
    for m in messages {
      #expect(try Message.decode(m.encoded()) == m)
    }
    // A null result is written out (shutdown's answer), never dropped.
    #expect(String(decoding: Message.response(id: .number(1), result: nil, error: nil).encoded(), as: UTF8.self)
      == #"{"id":1,"jsonrpc":"2.0","result":null}"#)
  }

  @Test func incrementalChangesCountUTF16AndAnyLineEnd() {
    var d = TextDocument(uri: "file:///a.md", languageId: "markdown", version: 1, text: "a😀b\r\nQarabağ\rx\ny")
    // After the emoji (two UTF-16 units): insert before 'b'.
    d.apply(.init(range: TextRange(start: .init(line: 0, character: 3), end: .init(line: 0, character: 3)), text: "-"))
    #expect(d.text == "a😀-b\r\nQarabağ\rx\ny")
    d.apply(.init(range: TextRange(start: .init(line: 1, character: 6), end: .init(line: 1, character: 7)), text: "g"))
    #expect(d.text == "a😀-b\r\nQarabag\rx\ny")
    // Line 2 starts after the lone CR; a character past the end is the end.
    d.apply(.init(range: TextRange(start: .init(line: 2, character: 0), end: .init(line: 2, character: 99)), text: "z"))
    #expect(d.text == "a😀-b\r\nQarabag\rz\ny")
    d.apply(.init(range: TextRange(start: .init(line: 9, character: 0), end: .init(line: 9, character: 0)), text: "!"))
    #expect(d.text == "a😀-b\r\nQarabag\rz\ny!")
    d.apply(.init(text: "whole"))
    #expect(d.text == "whole")
  }

  @Test func fileURIs() {
    #expect(DocumentURI.path("file:///tmp/a%20b/q%C9%99b%C9%99l%C9%99.md") == "/tmp/a b/qəbələ.md")
    #expect(DocumentURI.path("file://localhost/tmp/x.md") == "/tmp/x.md")
    #expect(DocumentURI.path("untitled:Untitled-1") == nil)
    #expect(DocumentURI.uri(forPath: "/tmp/a b/qəbələ.md") == "file:///tmp/a%20b/q%C9%99b%C9%99l%C9%99.md")
  }
}
