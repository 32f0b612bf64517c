import Exchange
import Foundation
import Orthography
import Terminology
import Testing
import TestSupport

@Suite struct XLIFFTests {
  static let units = [
    TranslationUnit(
      id: "t1", attributes: [Annotation(name: "creationdate", value: "20261127T101500Z")],
      properties: [Annotation(name: "x-domain", value: "politics")],
      notes: [Annotation(name: "", value: "From AZERTAC & Trend.")],
      variants: [
        TranslationVariant(language: .en, text: "Ilham Aliyev <President>"),
        TranslationVariant(language: .az, text: "İlham Əliyev"),
      ]),
    TranslationUnit(
      id: "two words", variants: [TranslationVariant(language: .en, text: "untranslated")]),
    TranslationUnit(variants: [TranslationVariant(language: .tr, text: "no English")]),
  ]

  @Test func writeReadWriteIsAFixedPoint() throws {
    let once = XLIFFWriter.string(units: Self.units, source: .en, target: .az)
    #expect(once.contains("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"az\">"))
    let r = try XLIFFReader(string: once)
    var back: [TranslationUnit] = []
    while let u = try r.next() { back.append(u.unlocated) }
    #expect(back.count == 2)
    #expect(back[0] == Self.units[0])
    #expect(back[1].id == "two words")
    #expect(back[1].variants.map(\.text) == ["untranslated"])
    #expect(XLIFFWriter.string(units: back, source: .en, target: .az) == once)
  }

  @Test func readsOkapiXLIFF12() throws {
    let r = try XLIFFReader(path: Fixtures.path("okapi-1.2.xlf"))
    var units: [TranslationUnit] = []
    while let u = try r.next() { units.append(u) }
    #expect(r.version == "1.2")
    #expect(units.map(\.id) == ["NONTU1", "NONTU2"])
    let tr = LanguageTag("tr-TR")!
    #expect(units[0].variants.map(\.language) == [.en, tr])
    #expect(units[0].variants[0].text == "Summit in Shushatoday")
    #expect(units[0].variants[1].text == "Şuşa'da zirvebugün")
    #expect(
      units[0].variants[1].markup
        == "<bpt i=\"1\">&lt;g id=\"1\" ctype=\"bold\"&gt;</bpt>Şuşa<ept i=\"1\">&lt;/g&gt;</ept>'da zirve<ph>&lt;x id=\"2\" ctype=\"lb\"/&gt;</ph>bugün")
    #expect(units[0].variants[1].attributes == [Annotation(name: "state", value: "translated")])
    #expect(units[0].notes == [Annotation(name: "translator", value: "Şuşa, not Shusha, in Turkish.")])
    #expect(units[0].attribute("resname") == "title")
    #expect(units[1].attribute("approved") == "yes")
    #expect(units[1].variants[1].text == "Türk Devletleri Teşkilatı")
  }

  @Test func readsTranslateToolkitXLIFF12WithoutTargetLanguage() throws {
    // A target with no target-language is an error, not a guess…
    #expect(throws: ExchangeError.self) { try XLIFFReader.read(path: Fixtures.path("translate-toolkit-1.2.xlf")) }
    // …unless the caller names it.
    let r = try XLIFFReader(path: Fixtures.path("translate-toolkit-1.2.xlf"))
    r.fallbackTargetLanguage = .az
    let u = try #require(try r.next())
    #expect(u.variants.map(\.language) == [LanguageTag("en-US")!, .az])
    #expect(u.variants[1].text == "Naxçıvan")
    #expect(u.variants[1].attributes == [Annotation(name: "state", value: "needs-review-translation")])
    #expect(u.notes == [Annotation(name: "po-translator", value: "checked against AZERTAC")])
  }

  /// XLIFF inline codes become TMX codes: a memory read from XLIFF is
  /// written as valid TMX and read back the same.
  @Test func xliffMarkupIsTMXMarkup() throws {
    for file in ["okapi-1.2.xlf", "memoq-2.1.xlf"] {
      let units = try XLIFFReader.read(path: Fixtures.path(file))
      let tmx = TMXWriter.string(header: .memory(sourceLanguage: .en), units: units)
      let (_, back) = try TMXReader.read(string: tmx)
      // TMX notes have no name (XLIFF's from/category); all else is kept.
      func nameless(_ u: TranslationUnit) -> TranslationUnit {
        var u = u.unlocated
        u.notes = u.notes.map { Annotation(name: "", value: $0.value, language: $0.language) }
        return u
      }
      #expect(back.map(nameless) == units.map(nameless), "\(tmx)")
      #expect(tmx.contains("<prop type=\"x-attr:state\">"))
    }
  }

  /// TMX inline codes survive TMX → XLIFF 2.0 → TMX (their native code in
  /// originalData).
  @Test func tmxCodesRoundTripThroughXLIFF() throws {
    let markup =
      "Press <bpt i=\"1\">&lt;b&gt;</bpt>Save<ept i=\"1\">&lt;/b&gt;</ept> <ph>{0}</ph> in <hi>Qarabağ</hi> <it pos=\"begin\">&lt;a href=\"x\"&gt;</it>now"
    let unit = TranslationUnit(
      id: "c1",
      variants: [
        TranslationVariant(language: .en, text: "Press Save  in Qarabağ now", markup: markup),
        TranslationVariant(language: .az, text: "Yadda saxla", markup: "<bpt i=\"1\">&lt;b&gt;</bpt>Yadda saxla<ept i=\"1\">&lt;/b&gt;</ept>"),
      ])
    let xlf = XLIFFWriter.string(units: [unit], source: .en, target: .az)
    #expect(xlf.contains("<data id=\"d1\">&lt;b&gt;</data>"))
    #expect(xlf.contains("<source>Press <sc id=\"b1\" dataRef=\"d1\"/>Save<ec startRef=\"b1\" dataRef=\"d2\"/> <ph id=\"p1\" dataRef=\"d3\"/> in <mrk id=\"m1\">Qarabağ</mrk> <sc id=\"i1\" isolated=\"yes\" dataRef=\"d4\"/>now</source>"))
    let back = try #require(try XLIFFReader(string: xlf).next())
    #expect(back.variants.map(\.markup) == unit.variants.map(\.markup))
    #expect(back.variants.map(\.text) == unit.variants.map(\.text))
  }

  /// XLIFF 1.2 for OmegaT and Translate Toolkit: codes keep their 1.2
  /// namesakes, and Söz reads the file back to the same units.
  @Test func xliff12KeepsCodesAndReadsBack() throws {
    let unit = TranslationUnit(
      id: "c1", properties: [Annotation(name: "x-domain", value: "politics")],
      variants: [
        TranslationVariant(
          language: .en, text: "Press Save in Qarabağ",
          markup: "Press <bpt i=\"1\">&lt;b&gt;</bpt>Save<ept i=\"1\">&lt;/b&gt;</ept> in <ph>{0}</ph>Qarabağ"),
        TranslationVariant(language: .az, text: "Yadda saxla"),
      ])
    let xlf = XLIFF12Writer.string(units: Self.units + [unit], source: .en, target: .az)
    #expect(xlf.contains("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"))
    #expect(xlf.contains("source-language=\"en\" target-language=\"az\""))
    #expect(xlf.contains("<source>Press <bpt id=\"1\">&lt;b&gt;</bpt>Save<ept id=\"1\">&lt;/b&gt;</ept> in <ph id=\"p3\">{0}</ph>Qarabağ</source>"))
    #expect(xlf.contains("<note from=\"x-prop:x-domain\">politics</note>"))
    let back = try XLIFFReader.read(path: {
      let url = Scratch.root.appendingPathComponent("x12-\(UUID().uuidString).xlf")
      try? Data(xlf.utf8).write(to: url)
      return url.path
    }())
    // The unit without English is skipped; the others read back.
    #expect(back.map(\.id) == ["t1", "two words", "c1"])
    #expect(back[0].variants.map(\.text) == Self.units[0].variants.map(\.text))
    #expect(back[2].variants.map(\.text) == unit.variants.map(\.text))
  }

  @Test func regionalTagsAnswerTheirLanguage() throws {
    let unit = TranslationUnit(
      variants: [
        TranslationVariant(language: try #require(LanguageTag("en-US")), text: "Baku"),
        TranslationVariant(language: .az, text: "Bakı"),
      ])
    #expect(unit.variant(.en)?.text == "Baku")
    #expect(unit.variant(.en)?.language.rawValue == "en-US")
    #expect(unit.variant(.kkLatn) == nil)
    #expect(try #require(LanguageTag("kk-Latn-KZ")).withoutRegion == .kkLatn)
    #expect(LanguageTag.kkLatn.isRegional(.kk) == false)
  }

  @Test func readsXLIFF21Segments() throws {
    let units = try XLIFFReader.read(path: Fixtures.path("memoq-2.1.xlf"))
    #expect(units.count == 1)
    let u = units[0]
    #expect(u.id == "u-17")
    #expect(u.notes == [Annotation(name: "comment", value: "Speech of 12 May 2025.")])
    #expect(u.variants[0].text == "Kassym-Jomart Tokayev spoke. Thank you.")
    #expect(u.variants[1].language == LanguageTag("kk-KZ"))
    #expect(u.variants[1].text == "Қасым-Жомарт Тоқаев сөйледі. Рақмет.")
    #expect(u.variants[1].attributes == [Annotation(name: "state", value: "final")])
  }
}
