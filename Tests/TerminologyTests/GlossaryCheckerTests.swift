import Matching
import Orthography
import Terminology
import Testing

@Suite struct GlossaryCheckerTests {
  func glossary(_ yaml: String) throws -> Glossary {
    Glossary(concepts: try GlossaryYAMLReader.read(yaml, file: "g.yaml"))
  }

  func codes(_ yaml: String) throws -> [String] {
    GlossaryChecker.check(try glossary(yaml)).map { "\($0.location.line):\($0.code.rawValue)" }
  }

  @Test func cleanGlossaryHasNoIssues() throws {
    let yaml = """
      - id: karabakh
        kind: place
        forms:
          en: { preferred: Karabakh, admitted: [Garabagh] }
          az: Qarabağ
          tr: Karabağ
        examples:
          match: ["Qarabağ'da yeni layihələr."]
          flag: [{ text: "New projects in Qarabağ.", lang: en }]
      """
    #expect(try codes(yaml) == [])
  }

  @Test func findsDuplicateFormsAcrossConcepts() throws {
    let yaml = """
      - id: a
        kind: person
        forms: { en: Aliyev }
      - id: b
        kind: person
        forms: { en: Aliyev }
      """
    #expect(try codes(yaml) == ["6:duplicate-form"])
  }

  @Test func findsKeyCollisions() throws {
    let yaml = """
      - id: a
        kind: place
        forms: { az: Naxçıvan }
      - id: b
        kind: place
        forms: { en: Nakhchivan }
      """
    #expect(try codes(yaml) == ["6:key-collision"])
  }

  @Test func findsConflictingStatusesAndTwoPreferred() throws {
    let yaml = """
      - id: a
        kind: place
        forms:
          en: { preferred: Baku, deprecated: [Baku, Baky] }
          az: { admitted: [Bakı] }
      """
    #expect(try codes(yaml) == ["4:conflicting-status", "5:missing-preferred"])
  }

  @Test func findsDuplicateConceptIDs() throws {
    let yaml = """
      - id: a
        kind: place
        forms: { en: Baku }
      - id: a
        kind: place
        forms: { az: Bakı }
      """
    #expect(try codes(yaml).contains("4:duplicate-concept"))
  }

  @Test func runsExamples() throws {
    let yaml = """
      - id: karabakh
        kind: place
        forms:
          en: Karabakh
          az: Qarabağ
        examples:
          match: ["Nothing about it here."]
          flag: [{ text: "Karabakh is a region.", lang: en }]
      """
    #expect(try codes(yaml) == ["7:example-failed", "8:example-failed"])
  }
}
