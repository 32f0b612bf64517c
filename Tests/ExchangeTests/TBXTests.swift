import Exchange
import Foundation
import Orthography
import Terminology
import Testing

extension Glossary {
  /// Concepts without locations, examples or sources (what the interchange
  /// formats carry), for comparing round trips.
  var portable: [Concept] {
    concepts.map { c in
      var c = c
      c.location = nil
      c.examples = []
      c.source = nil
      c.forms = c.forms.map { f in
        var f = f
        f.location = nil
        return f
      }
      return c
    }
  }
}

enum Shipped {
  static let glossary: Glossary = {
    do {
      return try GlossaryYAMLReader.readDirectory(Fixtures.repo.appendingPathComponent("glossaries"))
    } catch {
      fatalError("the shipped glossary does not parse: \(error)")
    }
  }()
}

@Suite struct TBXTests {
  static let sample = Glossary(concepts: [
    Concept(
      id: "khankendi", kind: .place, note: "City in Karabakh; \"Stepanakert\" is forbidden.",
      forms: [
        Form(text: "Khankendi", language: .en, status: .preferred),
        Form(text: "Stepanakert", language: .en, status: .forbidden, replacement: "Khankendi"),
        Form(text: "Xankəndi", language: .az, status: .preferred),
        Form(text: "Hankendi", language: .tr, status: .admitted),
        Form(text: "Ханкенди", language: .kk, status: .deprecated),
      ]),
    Concept(
      id: "44-day-war", kind: .event, forms: [Form(text: "44-day war", language: .en, status: .admitted)]),
  ])

  @Test(arguments: TBXVersion.allCases)
  func roundTripIsExactAndAFixedPoint(_ version: TBXVersion) throws {
    let once = TBXWriter.string(Self.sample, version: version)
    let back = try TBXReader.read(string: once)
    #expect(back.portable == Self.sample.portable)
    #expect(TBXWriter.string(back, version: version) == once)
  }

  @Test func conceptIdsAreXMLIds() {
    #expect(ConceptIdentifier.xmlID(for: "karabakh") == "karabakh")
    #expect(ConceptIdentifier.xmlID(for: "44-day-war") == "_44-day-war")
    #expect(ConceptIdentifier.xmlID(for: "a b:c_d") == "_a_x20_b_x3A_c__d")
    for id in ["karabakh", "44-day-war", "a b:c_d", "_x", "ə-1", "1_2"] {
      let x = ConceptIdentifier.xmlID(for: id)
      #expect(ConceptIdentifier.isNCName(x), "\(x)")
      #expect(ConceptIdentifier.conceptID(for: x) == id)
    }
  }

  @Test func forbiddenIsDeprecatedWithANote() {
    let v3 = TBXWriter.string(Self.sample, version: .v3)
    #expect(v3.contains("<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">"))
    #expect(
      v3.contains(
        """
                    <term>Stepanakert</term>
                    <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
                    <note>x-soz-status: forbidden</note>
                    <note>x-soz-replacement: Khankendi</note>
        """))
    #expect(v3.contains("<conceptEntry id=\"_44-day-war\">"))
    let v2 = TBXWriter.string(Self.sample, version: .v2)
    #expect(v2.contains("<martif type=\"TBX\" xml:lang=\"en\">"))
    #expect(v2.contains("<langSet xml:lang=\"kk\">"))
  }

  @Test func languageFilter() throws {
    let only = TBXWriter.string(Self.sample, version: .v3, languages: [.az])
    let back = try TBXReader.read(string: only)
    #expect(back.concepts.map(\.id) == ["khankendi"])
    #expect(back.concepts[0].forms.map(\.text) == ["Xankəndi"])
  }

  @Test func anEmptyV3ExportHasNoBody() throws {
    let empty = TBXWriter.string(Self.sample, version: .v3, languages: [.ru])
    #expect(!empty.contains("<body>"))
    #expect(try TBXReader.read(string: empty).concepts.isEmpty)
    #expect(TBXWriter.isEmpty(Self.sample, languages: [.ru]))
    #expect(!TBXWriter.isEmpty(Self.sample, languages: nil))
  }

  @Test func readsOtherToolsTBX() throws {
    let v2 = try TBXReader.read(path: Fixtures.path("translate-toolkit.tbx"))
    #expect(v2.concepts.count == 2)
    #expect(v2.concepts[0].forms.map(\.language) == [.en, .az, .kk])
    #expect(v2.concepts[0].forms[0].status == .preferred)
    #expect(v2.concepts[0].note?.contains("From the Akorda glossary") == true)
    let basic = try TBXReader.read(path: Fixtures.path("tbx-basic-dca.tbx"))
    #expect(basic.concepts.map(\.id) == ["c1"])
    let forms = basic.concepts[0].forms
    #expect(forms.map(\.status) == [.preferred, .preferred, .admitted, .deprecated, .preferred])
    #expect(forms.map(\.language) == [.az, .en, .en, .en, .kk])
    #expect(
      basic.concepts[0].note == [
        "subjectField: geography", "definition: Region of Azerbaijan.",
        "Qarabağ (az): partOfSpeech: noun",
        "Garabagh (en): Spelling used by Azerbaijani state media.",
        "Garabagh (en): origination 2025-01-01",
      ].joined(separator: "\n\n"))
    let omegat = try TBXReader.read(path: Fixtures.path("omegat-ntig.tbx"))
    #expect(omegat.concepts[0].forms.map(\.text) == ["Shusha", "Şuşa"])
    #expect(omegat.concepts[0].forms[1].status == .deprecated)
  }

  @Test func shippedGlossaryRoundTripsInEveryGlossaryFormat() throws {
    let g = Shipped.glossary
    for version in TBXVersion.allCases {
      let once = TBXWriter.string(g, version: version)
      let back = try TBXReader.read(string: once)
      #expect(back.portable == g.portable, "TBX \(version)")
      #expect(TBXWriter.string(back, version: version) == once)
    }
    let tmx = GlossaryTMX.string(g)
    let back = try GlossaryTMX.read(string: tmx)
    #expect(back.portable == g.portable, "glossary TMX")
    #expect(GlossaryTMX.string(back) == tmx)
  }
}
