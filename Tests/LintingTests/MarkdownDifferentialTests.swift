import Foundation
import Linting
import Testing

/// Söz's hand-written Markdown masks against a real CommonMark parser:
/// cmark-gfm 0.29 (Debian `cmark-gfm`, GitHub's reference implementation)
/// with `--sourcepos`. Every letter cmark-gfm puts in a text node (prose)
/// must be prose to Söz, and every letter it puts anywhere else (code
/// spans and blocks, link and image destinations and titles, autolinks,
/// HTML) must be blanked — compared letter by letter on real Markdown: the
/// corpus articles, this repository's README and documentation, and the
/// constructed cases below. Front matter is not CommonMark (cmark-gfm reads
/// it as a heading), so its lines are left out of the comparison.
///
/// Skipped with one line without cmark-gfm; in CI (`SOZ_CI=1`), which
/// installs it through Scripts/setup, it must run.
@Suite(.enabled(if: MarkdownCMark.runnable))
struct MarkdownDifferentialTests {
  typealias CMark = MarkdownCMark
  static let repo = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// Constructed cases: the CommonMark constructs whose edges hand masks
  /// get wrong.
  static let constructed: [String] = [
    "See `Qarabag code` and ``Nax`cıvan`` and [Karabakh](https://x.az/qarabag \"Garabagh title\") here.\n",
    "An image ![Shusha view](shusha.png 'Shusha') and <https://garabagh.az/path> and <info@naxcivan.az>.\n",
    "A reference [Karabakh][kb] and [Shusha] and [Ganja][].\n\n[kb]: https://x.az/karabakh \"Karabakh title\"\n[Shusha]: <https://x.az/shusha>\n[Ganja]: https://x.az/ganja\n",
    "    indented Naxcivan code\n\nProse Baku.\n\n```swift\nlet garabagh = 1\n```\n\n~~~\nTildes Qarabag\n~~~\n",
    "Inline <span class=\"Qarabag\">Karabakh</span> and <!-- Garabagh comment --> end.\n",
    "<div class=\"note\">\nBlock HTML Garabagh\n</div>\n\nAfter Baku.\n",
    "Escaped \\`not code Qarabag\\` and \\[not a link](Garabagh).\n",
    "* list `Naxcivan` item\n* [Baku](https://baku.az) item\n\n> quote `Ganja` and Shusha\n",
    "Setext Karabakh\n===============\n\nText with *emphasis Shusha* and **strong Baku**.\n",
    "A [link with `code Ganja` inside](https://x.az) and [nested [brackets] Baku](https://y.az).\n",
    "Unclosed `backtick Qarabag and more prose Baku.\n",
    "| Name | Code |\n| --- | --- |\n| Karabakh | `Garabagh` |\n",
  ]

  static func realFiles() -> [URL] {
    var urls: [URL] = []
    for dir in ["corpus/articles", "Documentation"] {
      let base = repo.appendingPathComponent(dir)
      let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
      while let url = walker?.nextObject() as? URL {
        if url.pathExtension == "md" { urls.append(url) }
      }
    }
    urls.append(repo.appendingPathComponent("README.md"))
    return urls.sorted { $0.path < $1.path }
  }

  /// Per line (1-based), the byte-column ranges (1-based, inclusive) of
  /// cmark-gfm's text nodes.
  static func textRanges(_ markdown: String) throws -> ([Int: [ClosedRange<Int>]], Set<Int>) {
    let input = FileManager.default.temporaryDirectory.appendingPathComponent("soz-md-\(UUID().uuidString).md")
    try Data(markdown.utf8).write(to: input)
    defer { try? FileManager.default.removeItem(at: input) }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: try #require(CMark.path, "cmark-gfm not found (Scripts/setup installs it)"))
    p.arguments = ["--to", "xml", "--sourcepos", "-e", "table", "-e", "autolink", input.path]
    let pipe = Pipe()
    p.standardOutput = pipe
    try p.run()
    let xml = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    var ranges: [Int: [ClosedRange<Int>]] = [:]
    var htmlBlocks: Set<Int> = []
    // <text sourcepos="L1:C1-L2:C2" …>text</text>: text nodes lie on one
    // line.
    let text = try NSRegularExpression(
      pattern: #"<text sourcepos="(\d+):(\d+)-(\d+):(\d+)"[^>]*>([^<]*)</text>"#)
    // Söz reads the text between an HTML block's tags as prose (it is
    // rendered); cmark-gfm keeps the block raw: those lines are not
    // compared (the tags' masking is MaskTests' business).
    let html = try NSRegularExpression(pattern: #"<html_block sourcepos="(\d+):\d+-(\d+):\d+""#)
    let s = String(decoding: xml, as: UTF8.self)
    func int(_ m: NSTextCheckingResult, _ i: Int) -> Int { Int(s[Range(m.range(at: i), in: s)!])! }
    for m in html.matches(in: s, range: NSRange(s.startIndex..., in: s)) {
      htmlBlocks.formUnion(int(m, 1)...max(int(m, 1), int(m, 2)))
    }
    for m in text.matches(in: s, range: NSRange(s.startIndex..., in: s)) {
      let (l1, c1, l2, c2) = (int(m, 1), int(m, 2), int(m, 3), int(m, 4))
      guard l1 == l2, c1 <= c2 else { continue }
      ranges[l1, default: []].append(c1...c2)
    }
    return (ranges, htmlBlocks)
  }

  /// Letters where Söz and cmark-gfm disagree: (line, column, letter,
  /// what cmark-gfm says it is).
  static func disagreements(_ markdown: String) throws -> [String] {
    let doc = Document(path: "x.md", text: markdown, format: .markdown)
    let (ranges, htmlLines) = try textRanges(doc.text)
    let skipLines = frontMatterLines(doc.text).union(htmlLines)
    var result: [String] = []
    let textLines = doc.text.split(separator: "\n", omittingEmptySubsequences: false)
    let proseLines = doc.prose.split(separator: "\n", omittingEmptySubsequences: false)
    // URLs and e-mail addresses are masked in every format by design (an
    // autolink's text is its address): what plain text masks is skipped.
    let plain = Document(path: "x.txt", text: markdown, format: .plain).prose
    let plainLines = plain.split(separator: "\n", omittingEmptySubsequences: false)
    for (i, ((line, prose), unmarked)) in zip(zip(textLines, proseLines), plainLines).enumerated()
    where !skipLines.contains(i + 1) {
      var column = 1
      for ((c, p), u) in zip(zip(line, prose), unmarked) {
        defer { column += c.utf8.count }
        guard c.isLetter, c == u else { continue }
        let cmarkProse = ranges[i + 1]?.contains { $0.contains(column) } ?? false
        let sozProse = c == p
        if cmarkProse != sozProse {
          result.append("\(i + 1):\(column) '\(c)': cmark-gfm \(cmarkProse ? "prose" : "markup"), Söz \(sozProse ? "prose" : "masked") in «\(line.prefix(80))»")
        }
      }
    }
    return result
  }

  /// The lines of a leading YAML (---) or TOML (+++) front matter block.
  static func frontMatterLines(_ text: String) -> Set<Int> {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard let first = lines.first, first == "---" || first == "+++" else { return [] }
    guard let end = lines.dropFirst().firstIndex(of: first) else { return [] }
    return Set(1...(end + 1))
  }

  @Test(arguments: constructed) func constructedCase(_ markdown: String) throws {
    let found = try Self.disagreements(markdown)
    #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
  }

  @Test func realMarkdown() throws {
    var all: [String] = []
    for url in Self.realFiles() {
      let text = try String(contentsOf: url, encoding: .utf8)
      all += try Self.disagreements(text).map { "\(url.lastPathComponent):\($0)" }
    }
    #expect(all.isEmpty, "\(all.count) letters differ:\n\(all.prefix(40).joined(separator: "\n"))")
  }
}

/// Where cmark-gfm is, and whether the comparison runs.
enum MarkdownCMark {
  static let path: String? = ["/usr/bin/cmark-gfm", "/usr/local/bin/cmark-gfm"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

  static let runnable: Bool = {
    if path != nil || ProcessInfo.processInfo.environment["SOZ_CI"] == "1" { return true }
    print("markdown: cmark-gfm not found (Debian cmark-gfm; Scripts/setup): the masks were not compared with a CommonMark parser")
    return false
  }()

}
