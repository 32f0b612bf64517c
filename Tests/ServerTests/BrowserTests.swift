import Foundation
import Testing
import TestSupport

/// The pages in a real browser: headless Chromium (Debian's `chromium`)
/// loads them, and the test reads the DOM it rendered and the size of the
/// phone-width screenshot it took. `Scripts/page-screenshots` keeps the
/// screenshots for people to look at.
@Suite(.serialized, .enabled(if: Chromium.path != nil, "chromium is not installed"))
struct BrowserTests {
  static var chromium: String? { Chromium.path }

  static func browser(_ arguments: [String]) throws -> (Int32, String) {
    let profile = Scratch.root.appendingPathComponent("chromium-\(UUID().uuidString)").path
    return try shell(
      [
        chromium ?? "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--user-data-dir=\(profile)", "--hide-scrollbars",
      ] + arguments)
  }

  /// The width and height a PNG file declares.
  static func pngSize(_ path: String) -> (Int, Int)? {
    guard let data = FileManager.default.contents(atPath: path), data.count > 24,
      data.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47])
    else { return nil }
    func be32(_ at: Int) -> Int { data[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
    return (be32(16), be32(20))
  }

  @Test func lookupPageRendersWithoutJavaScript() throws {
    let server = try ServerEndToEndTests.start()
    let url = server.base.absoluteString + "/?q=nakhichevan"
    let (status, dom) = try Self.browser(["--dump-dom", url])
    #expect(status == 0)
    #expect(!dom.contains("<script"))
    #expect(dom.contains("Naxçıvan"))
    #expect(dom.contains("<td lang=\"az\">Naxçıvan</td>"))
    #expect(dom.contains("<input id=\"q\" name=\"q\" type=\"search\" value=\"nakhichevan\""))
    let shot = Scratch.root.appendingPathComponent("lookup-phone.png").path
    let (shotStatus, _) = try Self.browser(["--window-size=390,844", "--screenshot=\(shot)", url])
    #expect(shotStatus == 0)
    let size = Self.pngSize(shot)
    #expect(size?.0 == 390 && size?.1 == 844)
    _ = server.stop()
  }

  @Test func lintPageHighlightsFindings() throws {
    let server = try ServerEndToEndTests.start()
    let text = "Officials visited Nakhichevan and Stepanakert."
    let url =
      server.base.absoluteString + "/lint?lang=en&text="
      + (text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text)
    let (status, dom) = try Self.browser(["--dump-dom", url])
    #expect(status == 0)
    #expect(dom.contains("<mark class=\"sev-warning\""))
    #expect(dom.contains("findings</h2>"))
    #expect(dom.contains(">Nakhichevan<a href=\"#f1\""))
    _ = server.stop()
  }
}

/// Where headless Chromium is, if installed.
enum Chromium {
  static var path: String? {
    ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }
}
