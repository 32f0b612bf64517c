import Alignment
import Matching
import Orthography
import Terminology
import Testing

/// Proposals written as glossary YAML read back the same, and merge into a
/// glossary only when nothing conflicts.
@Suite struct PatchTests {
  static let file = """
    # places
    - id: karabakh
      kind: place
      note: >-
        The region. "Garabagh" is admitted.
      forms:
        en: { preferred: Karabakh, admitted: [Garabagh] }
        az: Qarabağ
      examples:
        match: ["Reconstruction in Karabakh continues."]

    # another
    - id: baku
      kind: place
      forms:
        en: Baku
        az: Bakı

    """

  func glossary() throws -> Glossary {
    Glossary(concepts: try GlossaryYAMLReader.read(Self.file, file: "places.yaml"))
  }

  @Test func writerRoundTrips() throws {
    let concepts = try GlossaryYAMLReader.read(Self.file, file: "places.yaml") + [
      Concept(
        id: "tricky", kind: .term, note: "Quotes \"and\" colons: yes\nnew line",
        forms: [
          Form(text: "a: b", language: .en, status: .preferred),
          Form(text: "Yes", language: .en, status: .admitted),
          Form(text: "x", language: .en, status: .forbidden, replacement: "a: b"),
        ], examples: [Example(text: "a: b here", expectation: .match, language: .en)]),
    ]
    let text = GlossaryYAMLWriter.write(concepts)
    let again = try GlossaryYAMLReader.read(text, file: "w.yaml")
    #expect(again.map(\.id) == concepts.map(\.id))
    for (a, b) in zip(again, concepts) {
      #expect(a.note == b.note)
      #expect(Set(a.forms.map { "\($0.language) \($0.status) \($0.text) \($0.replacement ?? "")" })
        == Set(b.forms.map { "\($0.language) \($0.status) \($0.text) \($0.replacement ?? "")" }))
      #expect(a.examples.map(\.text) == b.examples.map(\.text))
    }
  }

  @Test func applyAddsFormsInPlaceAndNewConceptsToTheirFile() throws {
    let patchText = GlossaryYAMLWriter.write([
      Concept(id: "karabakh", kind: .place, forms: [Form(text: "Qarabakh", language: .en, status: .admitted)]),
      Concept(id: "kyzylorda", kind: .place, forms: [Form(text: "Kyzylorda", language: .en, status: .preferred)]),
    ])
    let patch = try GlossaryYAMLReader.read(patchText, file: "patch.yaml")
    let merge = try GlossaryPatch.apply(
      patch, to: try glossary(), files: ["places.yaml": Self.file], newFile: "aligned.yaml")
    #expect(merge.formsAdded == 2)
    #expect(merge.conceptsAdded == 1)
    let places = try #require(merge.files["places.yaml"])
    #expect(places.contains("en: { preferred: Karabakh, admitted: [Garabagh, Qarabakh] }"))
    #expect(places.contains("# another"))
    #expect(places.contains("    The region. \"Garabagh\" is admitted."))
    let merged = try GlossaryYAMLReader.read(places, file: "places.yaml")
      + GlossaryYAMLReader.read(try #require(merge.files["aligned.yaml"]), file: "aligned.yaml")
    #expect(GlossaryChecker.check(Glossary(concepts: merged)).isEmpty)
    #expect(merged.first { $0.id == "karabakh" }?.examples.count == 1)
    // Applying the result again changes nothing.
    let twice = try GlossaryPatch.apply(
      patch, to: Glossary(concepts: merged), files: ["places.yaml": places], newFile: "aligned.yaml")
    #expect(twice.formsAdded == 0)
    #expect(twice.files.isEmpty)
  }

  @Test(arguments: [
    ("- id: karabakh\n  kind: place\n  forms:\n    en: { admitted: [Baku] }\n", "duplicate-form"),
    ("- id: karabakh\n  kind: place\n  forms:\n    en: { deprecated: [Garabagh] }\n", "already admitted"),
    ("- id: karabakh\n  kind: place\n  forms:\n    az: { preferred: Qarabag }\n", "already prefers"),
    ("- id: karabakh\n  kind: person\n  forms:\n    en: { admitted: [Qarabakh] }\n", "is a person in the patch"),
  ])
  func conflictsAreRefused(patchText: String, expected: String) throws {
    let patch = try GlossaryYAMLReader.read(patchText, file: "patch.yaml")
    #expect {
      _ = try GlossaryPatch.apply(patch, to: try glossary(), files: ["places.yaml": Self.file], newFile: "aligned.yaml")
    } throws: { error in
      (error as? GlossaryPatchError)?.description.contains(expected) == true
    }
  }
}
