import Orthography
import Terminology
import Testing

@Suite struct GlossaryYAMLReaderTests {
  @Test func readsEveryPartOfAnEntry() throws {
    let yaml = """
      - id: nakhchivan
        kind: place
        note: Exclave of Azerbaijan.
        forms:
          en: { preferred: Nakhchivan, admitted: [Nakhichevan], deprecated: [Nakhchyvan] }
          az: Naxçıvan
          tr:
            preferred: Nahçıvan
            forbidden: { Nahcivan: Nahçıvan }
          kk-Latn:
            preferred: Nahchyvan
            forbidden: [Nakhshivan]
        examples:
          match: ["Nakhchivan hosted the summit."]
          flag: [{ text: "Naxçıvan hosted the summit.", lang: en }]
      """
    let concepts = try GlossaryYAMLReader.read(yaml, file: "places.yaml")
    let c = try #require(concepts.first)
    #expect(c.id == "nakhchivan")
    #expect(c.kind == .place)
    #expect(c.note == "Exclave of Azerbaijan.")
    #expect(c.location == SourceLocation(file: "places.yaml", line: 1, column: 3))
    let summary = c.forms.map { "\($0.language):\($0.status):\($0.text):\($0.replacement ?? "-")" }
    #expect(
      summary == [
        "en:preferred:Nakhchivan:-", "en:admitted:Nakhichevan:-", "en:deprecated:Nakhchyvan:-",
        "az:preferred:Naxçıvan:-", "tr:preferred:Nahçıvan:-", "tr:forbidden:Nahcivan:Nahçıvan",
        "kk-Latn:preferred:Nahchyvan:-", "kk-Latn:forbidden:Nakhshivan:-",
      ])
    #expect(c.forms[3].location?.line == 6)
    #expect(c.examples.map(\.expectation) == [.match, .flag])
    #expect(c.examples[1].language == .en)
  }

  /// Generated entries record where their forms come from (issue 11,
  /// the shipped glossary); the writer keeps it.
  @Test func readsAndWritesTheSource() throws {
    let yaml = "- id: x\n  kind: place\n  source: \"CLDR 42 (ICU 72.1)\"\n  forms:\n    en: X\n"
    let c = try GlossaryYAMLReader.read(yaml, file: "f.yaml")
    #expect(c[0].source == "CLDR 42 (ICU 72.1)")
    let again = try GlossaryYAMLReader.read(GlossaryYAMLWriter.write(c), file: "g.yaml")
    #expect(again[0].source == "CLDR 42 (ICU 72.1)")
    #expect(try GlossaryYAMLReader.read("- id: y\n  kind: place\n  forms:\n    en: Y\n", file: "f.yaml")[0].source == nil)
  }

  @Test func normalizesFormsToNFC() throws {
    let yaml = "- id: x\n  kind: term\n  forms:\n    tr: \"Tu\u{308}rkiye\"\n"
    let c = try GlossaryYAMLReader.read(yaml, file: "f.yaml")
    #expect(c[0].forms[0].text == "Türkiye")
    #expect(c[0].forms[0].text.unicodeScalars.count == 7)
  }

  struct BadCase: CustomTestStringConvertible, Sendable {
    var yaml: String
    var line: Int
    var message: String
    var testDescription: String { message }
  }

  @Test(arguments: [
    BadCase(yaml: "- id: a\n  kind: town\n  forms: {en: A}\n", line: 2, message: "unknown kind 'town'"),
    BadCase(yaml: "- id: a\n  kind: place\n  forms:\n    english: A\n", line: 4, message: "invalid language tag 'english'"),
    BadCase(yaml: "- id: a\n  kind: place\n  forms:\n    en: {preferred: A, admited: [B]}\n", line: 4, message: "unknown key 'admited'"),
    BadCase(yaml: "- kind: place\n  forms: {en: A}\n", line: 1, message: "entry has no 'id'"),
    BadCase(yaml: "- id: a\n  kind: place\n", line: 1, message: "entry 'a' needs 'forms'"),
    BadCase(yaml: "- id: a\n  kind: [place\n", line: 3, message: "invalid YAML"),
    BadCase(yaml: "- id: a\n  id: b\n  kind: place\n  forms: {en: A}\n", line: 1, message: "duplicate key 'id'"),
  ])
  func reportsProblemsWithTheirLine(_ bad: BadCase) {
    #expect {
      _ = try GlossaryYAMLReader.read(bad.yaml, file: "bad.yaml")
    } throws: { error in
      guard let e = error as? GlossaryError else { return false }
      return e.location.file == "bad.yaml" && e.location.line == bad.line
        && e.message.contains(bad.message)
    }
  }
}
