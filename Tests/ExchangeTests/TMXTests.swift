import Exchange
import Foundation
import Orthography
import PropertyBased
import Terminology
import Testing

/// Fixture paths and helpers shared by the Exchange tests.
enum Fixtures {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")
  static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
  static let repo = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

extension TranslationUnit {
  /// The unit without where it was read (for comparing round trips).
  var unlocated: TranslationUnit {
    var u = self
    u.location = nil
    return u
  }
}

@Suite struct TMXTests {
  static func tag(_ s: String) -> LanguageTag { LanguageTag(s)! }

  @Test func readsOmegaTProjectSave() throws {
    let (header, units) = try TMXReader.read(path: Fixtures.path("omegat-project_save.tmx"))
    #expect(header.version == "1.1")
    #expect(header.attribute("creationtool") == "OmegaT")
    #expect(header.sourceLanguage == .en)
    #expect(units.count == 3)
    #expect(units[0].variants.map(\.language) == [.en, .az])
    let az = units[0].variant(.az)!
    #expect(az.text == "Zirvə Naxçıvanda keçirilib.")
    #expect(az.attributes.map(\.name) == ["changeid", "changedate", "creationid", "creationdate"])
    #expect(az.attributes[1].value == "20250314T101500Z")
    #expect(units[1].variants[0].text == "Karabakh & East Zangezur")
    #expect(units[2].properties.map(\.name) == ["file", "prev"])
    #expect(units[2].location?.line == 24)
  }

  @Test func readsTranslateToolkitAndNormalizesTags() throws {
    let (header, units) = try TMXReader.read(path: Fixtures.path("translate-toolkit.tmx"))
    #expect(header.attribute("o-tmf") == "UTF-8")
    #expect(units[0].variants.map(\.language) == [.en, .kk])
    #expect(units[1].variants.map(\.language) == [.en, .kkLatn])
    #expect(units[0].notes.map(\.value) == ["From the Akorda press release."])
  }

  @Test func readsOkapiInlineCodes() throws {
    let (header, units) = try TMXReader.read(path: Fixtures.path("okapi-rainbow.tmx"))
    #expect(header.sourceLanguage == Self.tag("en-US"))
    #expect(units.map(\.id) == ["APCCID_1", "APCCID_2"])
    let en = units[0].variants[0]
    #expect(en.language == Self.tag("en-US"))
    #expect(en.text == "The Organization of Turkic States met in Shusha.")
    #expect(
      en.markup
        == "The <bpt i=\"1\" x=\"1\">&lt;b&gt;</bpt>Organization of Turkic States<ept i=\"1\">&lt;/b&gt;</ept> met in <ph x=\"2\">&lt;br/&gt;</ph>Shusha."
    )
    #expect(units[0].variants[1].text == "Türk Devletleri Teşkilatı Şuşa'da toplandı.")
    #expect(units[1].variants[1].text == "Türkiye'ye bakın")
    #expect(units[0].properties.map(\.value) == ["agenda.docx", "P147242AD-tu1"])
    #expect(units[0].attribute("creationdate") == "20240902T084512Z")
  }

  @Test func readsTradosUTF16WithInlineTags() throws {
    let (header, units) = try TMXReader.read(path: Fixtures.path("trados-utf16.tmx"))
    #expect(header.attribute("creationid") == "NEWSROOM\\translator1")
    #expect(header.properties.map(\.name) == ["x-Recognizers", "x-TMName"])
    #expect(units.count == 2)
    let az = units[0].variants[1]
    #expect(az.language == Self.tag("az-AZ"))
    #expect(az.text == "Prezident İlham Əliyev nümayəndə heyətini Bakıda qəbul edib.")
    #expect(az.markup?.contains("<bpt i=\"1\" type=\"1\" x=\"1\"/>İlham Əliyev<ept i=\"1\"/>") == true)
    #expect(units[0].attribute("usagecount") == "3")
    #expect(units[0].attribute("lastusagedate") == "20240615T080000Z")
    #expect(units[0].properties.first?.value == "AZERTAC")
    #expect(units[1].variants[0].text == "Nakhchivan Autonomous Republic")
    #expect(units[1].location?.line == 18)
  }

  /// Other tools' files lose nothing through Söz: read, write, read gives
  /// the same units, and Söz's own output is a fixed point.
  @Test(arguments: [
    "omegat-project_save.tmx", "translate-toolkit.tmx", "okapi-rainbow.tmx", "trados-utf16.tmx",
  ])
  func roundTripPreservesEverything(_ name: String) throws {
    let (header, units) = try TMXReader.read(path: Fixtures.path(name))
    let once = TMXWriter.string(header: header, units: units)
    let again = try TMXReader(string: once)
    var reread: [TranslationUnit] = []
    while let u = try again.next() { reread.append(u) }
    #expect(reread.map(\.unlocated) == units.map(\.unlocated))
    #expect(again.header.attributes.count >= header.attributes.count)
    let twice = TMXWriter.string(header: again.header, units: reread)
    #expect(twice == once)
  }

  struct Hostile: CustomTestStringConvertible, Sendable {
    var file: String
    var kind: ExchangeError.Kind
    var line: Int
    var testDescription: String { file }
  }

  static let hostile: [Hostile] = [
    Hostile(file: "billion-laughs.tmx", kind: .entityDeclaration, line: 3),
    Hostile(file: "external-entity-file.tmx", kind: .entityDeclaration, line: 3),
    Hostile(file: "external-entity-http.tmx", kind: .entityDeclaration, line: 3),
    Hostile(file: "external-dtd-undefined-entity.tmx", kind: .undefinedEntity, line: 6),
    Hostile(file: "random-bytes.tmx", kind: .encoding, line: 1),
    Hostile(file: "truncated.tmx", kind: .truncated, line: 13),
    Hostile(file: "invalid-utf8.tmx", kind: .encoding, line: 17),
    Hostile(file: "mismatched-tags.tmx", kind: .mismatchedTag, line: 17),
  ]

  @Test(arguments: hostile)
  func hostileFileIsALocatedErrorQuickly(_ h: Hostile) {
    let started = Date()
    do {
      _ = try TMXReader.read(path: Fixtures.path(h.file), displayName: h.file)
      Issue.record("\(h.file) was accepted")
    } catch {
      #expect(error.kind == h.kind, "\(error)")
      #expect(error.location.file == h.file)
      #expect(error.location.line == h.line, "\(error)")
      #expect(error.location.column >= 1)
    }
    #expect(Date().timeIntervalSince(started) < 1)
  }

  @Test func notTMXIsInvalidContent() {
    #expect(throws: ExchangeError.self) { try TMXReader(string: "<xliff version=\"1.2\"/>") }
    do {
      _ = try TMXReader(string: "<tmx version=\"1.4\"><header/><body><tu><tuv><seg>x</seg></tuv></tu></body></tmx>").next()
      Issue.record("accepted a tuv without a language")
    } catch {
      #expect(error.kind == .invalidContent)
      #expect(error.location.column == 39)
    }
  }

  // MARK: Properties

  static let textPool: [Character] = Array("aəğıİqxçşöüAZ қәңұ Ж<>&\"' \t\n;#é") + ["\r\n"]
  static let text = Gen<Character?>.element(of: textPool).map { $0! }.string(of: 0...16)
  static let languages = Gen<LanguageTag?>.element(of: [.en, .az, .tr, .kk, .kkLatn, .azCyrl])
    .map { $0! }

  static let variant = zip(languages, text, text, text).map { lang, seg, note, prop in
    TranslationVariant(
      language: lang, text: seg, attributes: [Annotation(name: "creationid", value: prop)],
      properties: prop.isEmpty ? [] : [Annotation(name: "x-p", value: prop)],
      notes: note.isEmpty ? [] : [Annotation(name: "", value: note)])
  }

  static let unit = zip(text, variant.array(of: 1...3), text).map { id, variants, note in
    TranslationUnit(
      id: id.isEmpty ? nil : "u\(id.unicodeScalars.count)",
      attributes: [Annotation(name: "creationdate", value: "20261127T101500Z")],
      notes: [Annotation(name: "", value: note, language: "en")], variants: variants)
  }

  @Test func writeReadIsIdentityAndWriteIsAFixedPoint() async {
    await propertyCheck(count: 200, input: Self.unit.array(of: 0...4)) { units in
      let header = TMXHeader.memory(sourceLanguage: .en)
      let once = TMXWriter.string(header: header, units: units)
      do {
        let (h, back) = try TMXReader.read(string: once)
        #expect(back.map(\.unlocated) == units)
        #expect(TMXWriter.string(header: h, units: back) == once)
      } catch {
        Issue.record("\(error)\n\(once)")
      }
    }
  }
}

extension TMXReader {
  static func read(string: String) throws -> (header: TMXHeader, units: [TranslationUnit]) {
    let r = try TMXReader(string: string)
    var units: [TranslationUnit] = []
    while let u = try r.next() { units.append(u) }
    return (r.header, units)
  }
}
