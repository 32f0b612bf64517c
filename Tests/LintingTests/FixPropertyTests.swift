import Foundation
import Linting
import PropertyBased
import Terminology
import Testing

/// Pieces of Markdown to assemble random articles from: prose with names
/// to fix, and every kind of markup that must survive a fix byte for byte.
private let prosePieces = [
  "Nakhichevan hosted the forum.", "Talks on Naxçıvan and Nakhichevan.", "Plain words here.",
  "İlham Əliyev spoke.", "Nakhichevan's port", "— Nakhichevan —",
]
private let markupPieces = [
  "`Nakhichevan`", "``Nakhichevan ` x``", "[link](https://x.az/nakhichevan)",
  "[story][nakhichevan-ref]", "<https://apa.az/nakhichevan>", "https://report.az/nakhichevan?a=1",
  "nakhichevan.desk@example.az", "<span title=\"Nakhichevan\">", "</span>",
  "<code>Nakhichevan</code>", "<!-- Nakhichevan -->",
]
private let blockPieces = [
  "```\nNakhichevan = 1\n```", "    Nakhichevan indented code", "[nakhichevan-ref]: https://x.az/nakhichevan",
  "<script>let n = 'Nakhichevan'</script>",
]

@Suite("Fix properties")
struct FixPropertyTests {
  static let glossary = Glossary(concepts: [
    Concept(
      id: "nakhchivan", kind: .place,
      forms: [
        Form(text: "Nakhchivan", language: .en, status: .preferred),
        Form(text: "Nakhichevan", language: .en, status: .deprecated),
        Form(text: "Naxçıvan", language: .az, status: .preferred),
      ])
  ])
  let linter = Linter(glossary: glossary)

  /// Assembles an article: optional front matter, then paragraphs of
  /// prose and inline markup, and blocks.
  static func article(_ picks: [Int], frontMatter: Bool) -> (String, [String]) {
    var text = frontMatter ? "---\nslug: nakhichevan-report\n---\n" : ""
    var kept: [String] = frontMatter ? ["slug: nakhichevan-report"] : []
    for (i, p) in picks.enumerated() {
      switch p % 3 {
      case 0: text += prosePieces[p / 3 % prosePieces.count] + " "
      case 1:
        let m = markupPieces[p / 3 % markupPieces.count]
        text += m + " "
        kept.append(m)
      default:
        let b = blockPieces[p / 3 % blockPieces.count]
        text += "\n\n" + b + "\n\n"
        kept.append(b)
      }
      if i % 5 == 4 { text += "\n" }
    }
    return (text, kept)
  }

  @Test("a fix changes nothing outside a finding's span, and no markup")
  func fixesStayInsideFindings() async {
    let input = Gen<Int>.int(in: 0...200).array(of: 1...25)
    await propertyCheck(count: 200, input: input) { picks in
      let (text, kept) = Self.article(picks, frontMatter: picks.first.map { $0 % 2 == 0 } ?? false)
      let doc = Document(path: "a.md", text: text)
      let findings = linter.lint([doc], configuration: LintConfiguration(language: .en))
      let (fixed, applied) = Fixer.apply(findings, to: doc.text)
      // Outside the applied spans, the text is unchanged, in order: walk
      // the spans from the start, comparing the stretches between them.
      let original = Array(doc.text)
      let result = Array(fixed)
      var shift = 0
      var from = 0
      var same = true
      for f in applied.sorted(by: { $0.span.lowerBound < $1.span.lowerBound }) {
        let stretch = original[from..<f.span.lowerBound]
        let there = (from + shift)..<(f.span.lowerBound + shift)
        same = same && there.upperBound <= result.count && Array(result[there]) == Array(stretch)
        shift += f.suggestions[0].count - f.span.count
        from = f.span.upperBound
      }
      same = same && Array(result[min(result.count, from + shift)...]) == Array(original[from...])
      #expect(same, "text changed outside findings:\n\(text)\n→\n\(fixed)")
      // Every piece of markup survives byte for byte.
      for k in kept { #expect(fixed.contains(k), "markup changed: \(k)\n\(fixed)") }
      // And a fixed text has nothing left to fix.
      let again = linter.lint([Document(path: "a.md", text: fixed)], configuration: LintConfiguration(language: .en))
      #expect(Fixer.apply(again, to: fixed).1.isEmpty, "not idempotent:\n\(fixed)")
    }
  }
}
