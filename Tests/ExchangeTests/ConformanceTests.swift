import Exchange
import Foundation
import Orthography
import Terminology
import Testing
import TestSupport

/// Every export format, on the shipped glossary and on a generated memory,
/// validated against the published schemas by `../shared/conformance/check`
/// (TMX DTD + OmegaT XSD, TBX v3 core RNG, TBX v2 XSD, XLIFF 2.0 XSD).
@Suite(.serialized) struct ConformanceTests {
  /// Scripts/conformance-check, which finds ../shared/conformance/check
  /// (and fails with exit 2 and a message when it cannot).
  static let checker = Fixtures.repo.appendingPathComponent("Scripts/conformance-check")

  /// A memory of `count` units in en/az/tr/kk with dates, props, notes and
  /// characters that need escaping.
  static func memory(_ count: Int) -> [TranslationUnit] {
    let en = ["Karabakh", "Nakhchivan", "Shusha", "Baku", "Astana", "Türkiye"]
    let az = ["Qarabağ", "Naxçıvan", "Şuşa", "Bakı", "Astana", "Türkiyə"]
    let tr = ["Karabağ", "Nahçıvan", "Şuşa", "Bakü", "Astana", "Türkiye"]
    let kk = ["Қарабақ", "Нахчыван", "Шуша", "Баку", "Астана", "Түркия"]
    return (0..<count).map { i in
      let k = i % en.count
      let day = String(format: "202611%02dT%02d%02d00Z", 1 + i % 28, i % 24, i % 60)
      return TranslationUnit(
        id: "tu-\(i)", attributes: [Annotation(name: "creationdate", value: day)],
        properties: [Annotation(name: "x-source", value: "article \(i) <draft> & \"quoted\"")],
        notes: i % 3 == 0 ? [Annotation(name: "", value: "Note \(i): 'a' < 'b'")] : [],
        variants: [
          TranslationVariant(language: .en, text: "\(en[k]) & the news, part \(i)."),
          TranslationVariant(
            language: .az, text: "\(az[k]) və xəbərlər, \(i)-ci hissə.",
            attributes: [Annotation(name: "changedate", value: day)]),
          TranslationVariant(language: .tr, text: "\(tr[k]) ve haberler, bölüm \(i)."),
          TranslationVariant(language: .kk, text: "\(kk[k]) және жаңалықтар, \(i)-бөлім."),
        ])
    }
  }

  static func check(_ files: [URL]) -> (status: Int32, output: String) {
    guard FileManager.default.isExecutableFile(atPath: checker.path) else {
      return (-1, "the conformance checker is missing at \(checker.path)")
    }
    let p = Process()
    p.executableURL = checker
    p.arguments = files.map(\.path)
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = pipe
    do {
      try p.run()
    } catch {
      return (-1, "cannot run \(checker.path): \(error)")
    }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  @Test(.enabled(if: Conformance.shouldRun("every export format")))
  func everyExportValidatesAgainstThePublishedSchemas() throws {
    #expect(
      FileManager.default.isExecutableFile(atPath: Self.checker.path),
      "conformance checker not found at \(Self.checker.path): validation cannot run")
    let dir = Scratch.root
      .appendingPathComponent("soz-conformance-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let glossary = Shipped.glossary
    let units = Self.memory(300)
    var files: [(String, String)] = [
      ("glossary.tmx", GlossaryTMX.string(glossary)),
      ("glossary.tbx", TBXWriter.string(glossary, version: .v3)),
      ("glossary-v2.tbx", TBXWriter.string(glossary, version: .v2)),
      ("glossary-az-en.tbx", TBXWriter.string(glossary, version: .v3, languages: [.az, .en])),
      ("empty.tbx", TBXWriter.string(Glossary(), version: .v3)),
      ("memory.tmx", TMXWriter.string(header: .memory(sourceLanguage: .en), units: units)),
      ("memory.xlf", XLIFFWriter.string(units: units, source: .en, target: .az)),
      ("memory-kk.xlf", XLIFFWriter.string(units: units, source: .kk, target: .tr)),
    ]
    // Other tools' memories, rewritten by Söz, are valid TMX 1.4 too.
    for fixture in ["omegat-project_save.tmx", "translate-toolkit.tmx", "okapi-rainbow.tmx", "trados-utf16.tmx"] {
      let (header, read) = try TMXReader.read(path: Fixtures.path(fixture))
      files.append(("from-" + fixture, TMXWriter.string(header: header, units: read)))
    }
    for fixture in ["okapi-rainbow.tmx", "trados-utf16.tmx"] {
      let (header, read) = try TMXReader.read(path: Fixtures.path(fixture))
      let src = header.sourceLanguage!
      let trg = read[0].variants.first { $0.language != src }!.language
      files.append(("from-\(fixture).xlf", XLIFFWriter.string(units: read, source: src, target: trg)))
    }
    for fixture in ["okapi-1.2.xlf", "memoq-2.1.xlf"] {
      let read = try XLIFFReader.read(path: Fixtures.path(fixture))
      files.append(("from-\(fixture).tmx", TMXWriter.string(header: .memory(sourceLanguage: .en), units: read)))
    }
    var partial = TMXHeader(attributes: [Annotation(name: "srclang", value: "en")])
    partial.notes = [Annotation(name: "", value: "a header missing six required attributes")]
    files.append(("defaults.tmx", TMXWriter.string(header: partial, units: Array(units.prefix(3)))))
    var urls: [URL] = []
    for (name, text) in files {
      let url = dir.appendingPathComponent(name)
      try Data(text.utf8).write(to: url)
      urls.append(url)
    }
    let (status, output) = Self.check(urls)
    #expect(status == 0, "\(output)")
    for (name, _) in files {
      #expect(
        output.split(separator: "\n").contains { $0.hasPrefix("valid") && $0.hasSuffix("/" + name) },
        "\(name) not reported valid:\n\(output)")
    }
  }

  @Test(.enabled(if: Conformance.shouldRun("the checker's own rejection test")))
  func theCheckerRejectsAnInvalidFile() throws {
    // Guards the test above against a checker that accepts anything.
    let dir = Scratch.root
      .appendingPathComponent("soz-conformance-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("bad.tmx")
    try Data("<tmx version=\"1.4b\"><body/></tmx>".utf8).write(to: url)
    let (status, output) = Self.check([url])
    #expect(status == 1, "\(output)")
  }

  @Test func memoryRoundTripsThroughEveryFormat() throws {
    let units = Self.memory(50)
    let tmx = TMXWriter.string(header: .memory(sourceLanguage: .en), units: units)
    let (_, back) = try TMXReader.read(string: tmx)
    #expect(back.map(\.unlocated) == units)
    let tsv = UnitTable.string(units: units, languages: [.en, .az, .tr, .kk])
    let fromTSV = try UnitTable.read(tsv, file: "m.tsv")
    #expect(fromTSV.map { $0.variants.map(\.text) } == units.map { $0.variants.map(\.text) })
    #expect(UnitTable.string(units: fromTSV, languages: [.en, .az, .tr, .kk]) == tsv)
    let csv = UnitTable.string(units: units, languages: [.en, .az, .tr, .kk], dialect: .csv)
    let fromCSV = try UnitTable.read(csv, file: "m.csv", dialect: .csv)
    #expect(fromCSV.map { $0.variants.map(\.text) } == units.map { $0.variants.map(\.text) })
    #expect(UnitTable.string(units: fromCSV, languages: [.en, .az, .tr, .kk], dialect: .csv) == csv)
  }

  @Test(arguments: [DelimitedText.Dialect.csv, .tsv])
  func unitTablesKeepAnyText(_ dialect: DelimitedText.Dialect) throws {
    let texts = ["a,b", "say \"hi\"", "tab\there", "two\nlines", "cr\r\nlf", "back\\slash", " lead", "Qarabağ"]
    let units = texts.enumerated().map { i, t in
      TranslationUnit(
        id: "u\(i)", variants: [TranslationVariant(language: .en, text: t), TranslationVariant(language: .kk, text: "Қ" + t)])
    }
    let table = UnitTable.string(units: units, languages: [.en, .kk], dialect: dialect)
    let back = try UnitTable.read(table, file: "t", dialect: dialect)
    #expect(back.map(\.unlocated) == units)
  }

  @Test func tableReaderHandlesBOMCRLFBlankLinesAndReportsBadUTF8() throws {
    let text = "\u{FEFF}id,en,az\r\n\r\nu1,\"Baku,\r\n city\",Bakı\r\nu2,,Gəncə\r\n"
    let units = try UnitTable.read(text, file: "t.csv", dialect: .csv)
    #expect(units.map(\.id) == ["u1", "u2"])
    #expect(units[0].variants.map(\.text) == ["Baku,\r\n city", "Bakı"])
    #expect(units[1].variants.map(\.language) == [.az])
    #expect(units[1].location?.line == 5)
    let url = Scratch.root.appendingPathComponent("soz-bad-\(UUID().uuidString).tsv")
    try Data([0x69, 0x64, 0x09, 0x65, 0x6E, 0x0A, 0x31, 0x09, 0xC3, 0x28, 0x0A]).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    do {
      let r = try UnitTableReader(path: url.path, displayName: "bad.tsv")
      while try r.next() != nil {}
      Issue.record("invalid UTF-8 accepted")
    } catch {
      #expect(error.kind == .encoding)
      #expect(error.location.line == 2)
    }
  }
}

@Suite struct GlossaryTableTests {
  @Test(arguments: [DelimitedText.Dialect.csv, .tsv])
  func exportImportExportIsByteIdentical(_ dialect: DelimitedText.Dialect) throws {
    let once = GlossaryTableWriter.string(Shipped.glossary, dialect: dialect)
    let back = try GlossaryTableReader.read(once, dialect: dialect, file: "g")
    #expect(GlossaryTableWriter.string(back, dialect: dialect) == once)
    #expect(back.concepts.count == Shipped.glossary.concepts.count)
    if dialect == .csv {
      // CSV keeps everything the table has columns for.
      #expect(back.portable == Shipped.glossary.portable)
    }
  }

  @Test func csvQuotesWhatNeedsQuoting() throws {
    let g = Glossary(concepts: [
      Concept(
        id: "x", kind: .place, note: "Line one,\n\"two\"",
        forms: [
          Form(text: "A, B", language: .en, status: .preferred),
          Form(text: "C", language: .en, status: .forbidden, replacement: "A, B"),
        ])
    ])
    let csv = GlossaryTableWriter.string(g, dialect: .csv)
    let expected = [
      "concept,lang,form,status,kind,note,replacement",
      "x,en,\"A, B\",preferred,place,\"Line one,",
      "\"\"two\"\"\",",
      "x,en,C,forbidden,place,,\"A, B\"",
      "",
    ]
    #expect(csv == expected.joined(separator: "\n"))
    #expect(try GlossaryTableReader.read(csv, dialect: .csv, file: "g").portable == g.portable)
  }
}
