import Foundation
import Linting
import Orthography
import Terminology
import Testing

/// The corpus: clean articles lint clean; planted articles produce exactly
/// the findings their `.expected` files list (line:col, form as written,
/// the preferred form the suggestion must use).
@Suite struct CorpusGoldenTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let linter = Linter(
    glossary: (try? GlossaryYAMLReader.readDirectory(root.appendingPathComponent("glossaries")))
      ?? Glossary())

  static func articles(_ set: String) -> [String] {
    let dir = root.appendingPathComponent("corpus/articles/\(set)")
    let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)
    var paths: [String] = []
    while let url = walker?.nextObject() as? URL {
      if url.pathExtension == "md" { paths.append(url.path) }
    }
    return paths.sorted()
  }

  static func lint(_ path: String) throws -> [Finding] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let lang = LanguageTag(URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent)
    return linter.lint(
      [Document(path: path, text: text)], configuration: LintConfiguration(language: lang))
  }

  @Test(arguments: articles("clean"))
  func cleanArticleIsClean(_ path: String) throws {
    let findings = try Self.lint(path)
    #expect(findings.isEmpty, "\(findings.map { "\($0.location.line):\($0.location.column) \($0.rule) \($0.message)" })")
  }

  @Test(arguments: articles("planted"))
  func plantedArticleFindsEveryVariant(_ path: String) throws {
    let expected = try String(contentsOfFile: path.replacingOccurrences(of: ".md", with: ".expected"), encoding: .utf8)
      .split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    let findings = try Self.lint(path).filter { $0.rule != "inconsistent" }
    let byPlace = Dictionary(grouping: findings) { "\($0.location.line):\($0.location.column)" }
    for row in expected where row.count == 3 {
      guard let found = byPlace[row[0]]?.first else {
        Issue.record("\(row[0]): '\(row[1])' not reported (want '\(row[2])')")
        continue
      }
      #expect(found.match.hasPrefix(row[1]), "\(row[0]): matched '\(found.match)', want '\(row[1])'")
      #expect(
        found.suggestions.first?.hasPrefix(row[2]) == true,
        "\(row[0]): suggested \(found.suggestions), want '\(row[2])'")
    }
    let extra = Set(byPlace.keys).subtracting(expected.map { $0[0] })
    #expect(extra.isEmpty, "unexpected findings: \(findings.filter { extra.contains("\($0.location.line):\($0.location.column)") }.map(\.message))")
  }
}
