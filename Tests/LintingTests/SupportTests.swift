import Foundation
import Linting
import Orthography
import Terminology
import Testing

@Suite struct SupportTests {
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

  func lint(_ text: String, path: String = "a.md", _ c: LintConfiguration = .init(language: .en)) -> [Finding] {
    linter.lint([Document(path: path, text: text)], configuration: c)
  }

  @Test(arguments: [
    "Nakhichevan. <!-- soz-ignore-line -->",
    "<!-- soz-ignore-next-line variant -->\nNakhichevan.",
    "<!-- soz-disable -->\nNakhichevan.\nNakhichevan.\n<!-- soz-enable -->",
  ])
  func suppressionCommentsSilence(_ text: String) {
    #expect(lint(text).isEmpty)
  }

  @Test func suppressionForAnotherRuleDoesNotSilence() {
    #expect(lint("<!-- soz-ignore-next-line casing -->\nNakhichevan.").count == 1)
    #expect(lint("<!-- soz-disable -->\nx\n<!-- soz-enable -->\nNakhichevan.").count == 1)
  }

  @Test func severitiesCanBeChangedOrTurnedOff() {
    let error = LintConfiguration(language: .en, severities: ["variant": .some(.error)])
    #expect(lint("Nakhichevan.", error).first?.severity == .error)
    let off = LintConfiguration(language: .en, severities: ["variant": Severity?.none])
    #expect(lint("Nakhichevan.", off).isEmpty)
  }

  @Test func fixerAppliesUnambiguousSuggestions() {
    let text = "Nakhichevan and Naxçıvan's port.\nNakhchivan."
    let findings = lint(text, path: "a.txt")
    let (fixed, applied) = Fixer.apply(findings, to: text)
    #expect(fixed == "Nakhchivan and Nakhchivan's port.\nNakhchivan.")
    #expect(applied.count == 2)
    let diff = Fixer.unifiedDiff(path: "a.txt", old: text, new: fixed)
    #expect(
      diff == """
        --- a/a.txt
        +++ b/a.txt
        @@ -1,2 +1,2 @@
        -Nakhichevan and Naxçıvan's port.
        +Nakhchivan and Nakhchivan's port.
         Nakhchivan.
        \\ No newline at end of file

        """)
  }

  @Test func fixerSkipsTextThatChanged() {
    var f = lint("Nakhichevan.", path: "a.txt")
    f[0].match = "something else"
    #expect(Fixer.apply(f, to: "Nakhichevan.").1.isEmpty)
  }

  @Test func rulesDocumentationIsCurrent() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let committed = try String(
      contentsOf: root.appendingPathComponent("Documentation/Rules.md"), encoding: .utf8)
    #expect(committed == RuleInfo.documentation, "regenerate: soz lint --list-rules > Documentation/Rules.md")
  }
}

/// A file that is one long line is cut into overlapping chunks: the
/// findings are those of the same text broken into lines.
@Suite struct LongLineTests {
  static let glossary = Glossary(concepts: [
    Concept(
      id: "nakhchivan", kind: .place,
      forms: [
        Form(text: "Nakhchivan", language: .en, status: .preferred),
        Form(text: "Nakhichevan", language: .en, status: .deprecated),
        Form(text: "Naxçıvan", language: .az, status: .preferred),
      ]),
    Concept(
      id: "karabakh", kind: .place,
      forms: [
        Form(text: "Karabakh", language: .en, status: .preferred),
        Form(text: "Nagorno-Karabakh", language: .en, status: .deprecated),
        Form(text: "Nagorno Karabakh Autonomous Oblast", language: .en, status: .deprecated),
      ]),
  ])

  @Test func aSingleLineFileHasTheFindingsOfItsLines() {
    let sentences = [
      "Officials visited Nakhichevan on Monday.", "The Nagorno Karabakh Autonomous Oblast was abolished.",
      "Talks in Nakhchivan went on.", "Nagorno-Karabakh is a former name.", "Nothing to see here at all.",
      "Naxçıvan is the Azerbaijani spelling.",
    ]
    // About 600 kB: two cuts at least, names across some of them.
    var parts: [String] = []
    var i = 0
    while parts.reduce(0, { $0 + $1.utf8.count + 1 }) < 600_000 {
      parts.append(sentences[i % sentences.count] + String(repeating: " filler", count: i % 7))
      i += 1
    }
    let linter = Linter(glossary: Self.glossary)
    let config = LintConfiguration(language: .en)
    let lines = linter.lint([Document(path: "a.txt", text: parts.joined(separator: "\n"))], configuration: config)
    let oneLine = linter.lint([Document(path: "a.txt", text: parts.joined(separator: " "))], configuration: config)
    #expect(lines.count > 1000)
    #expect(oneLine.count == lines.count)
    #expect(oneLine.map(\.span) == lines.map(\.span))
    #expect(oneLine.map(\.rule) == lines.map(\.rule))
    #expect(oneLine.map(\.suggestions) == lines.map(\.suggestions))
  }
}
