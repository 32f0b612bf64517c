import Foundation
import LanguageServerProtocol
import Testing

/// Recorded sessions of real editors with `soz lsp --log` (client messages
/// `-->`, server messages `<--`; the workspace's path is written WORKSPACE and
/// the server's version VERSION):
/// the client's side is fed to the server again and its answers must be
/// what was recorded, message for message.
@Suite struct ReplayTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

  @Test(arguments: ["neovim-0.7.2.log"])
  func replay(_ name: String) throws {
    let h = try ServerHarness()
    let text = try String(contentsOf: Self.fixtures.appendingPathComponent(name), encoding: .utf8)
    func localize(_ line: Substring) -> String {
      String(line.dropFirst(4))
        .replacingOccurrences(of: "\\/WORKSPACE", with: h.root.path.replacingOccurrences(of: "/", with: "\\/"))
        .replacingOccurrences(of: "/WORKSPACE", with: h.root.path)
    }
    var expected: [Message] = []
    var actual: [Message] = []
    for line in text.split(separator: "\n") {
      if line.hasPrefix("--> ") {
        let body = Data(localize(line).utf8)
        if case .exit = h.server.receive(.body(body)) { break }
        actual += h.take()
      } else if line.hasPrefix("<-- ") {
        expected.append(try Message.decode(Data(localize(line).utf8)))
      }
    }
    actual += h.take()
    #expect(actual.count == expected.count)
    for (a, e) in zip(actual, expected) {
      #expect(a == e)
    }
  }
}
