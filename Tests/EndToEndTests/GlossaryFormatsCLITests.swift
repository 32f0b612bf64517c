import Foundation
import Testing
import TestSupport

/// Glossary files as translators have them (#12): spreadsheet CSVs with
/// semicolons and a BOM, OmegaT's glossary, and clear errors for the rest.
@Suite struct GlossaryFormatsCLITests {
  typealias CLI = SozCLITests

  static func file(_ name: String, _ bytes: [UInt8]) throws -> String {
    let dir = Scratch.root.appendingPathComponent("soz-formats-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  struct Table: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var testDescription: String { name }
  }

  @Test(arguments: [
    Table(name: "semicolons, BOM, CRLF", text: "\u{FEFF}concept;lang;form;status\r\nbaku;en;Baku;preferred\r\nbaku;az;\"Bakı\";preferred\r\n"),
    Table(name: "tabs in a .csv", text: "concept\tlang\tform\tstatus\nbaku\ten\tBaku\tpreferred\nbaku\taz\tBakı\tpreferred\n"),
    Table(name: "quoted header", text: "\"concept\",\"lang\",\"form\",\"status\"\nbaku,en,Baku,preferred\nbaku,az,Bakı,preferred\n"),
  ])
  func spreadsheetTablesImport(_ t: Table) throws {
    let path = try Self.file("terms.csv", Array(t.text.utf8))
    let store = CLI.tempStore()
    let r = try CLI.soz(["glossary", "import", path, "--store", store])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("imported 1 concepts, 2 forms"))
    #expect(try CLI.soz(["lookup", "baki", "--store", store]).status == 0)
  }

  @Test func aTableWithoutTheColumnsSaysWhatItFound() throws {
    let path = try Self.file("terms.csv", Array("a;b;c\n1;2;3\n".utf8))
    let r = try CLI.soz(["glossary", "import", path, "--store", CLI.tempStore()])
    #expect(r.status == 2)
    #expect(r.stderr.contains("terms.csv:1:1: no header naming the columns concept, lang, form, status: line 1 has 3 fields split by semicolons ('a', 'b', 'c')"), "\(r.stderr)")
  }

  @Test func omegatGlossariesImportWithTheirLanguagesAndExport() throws {
    let path = try Self.file("glossary.txt", Array("# OmegaT\nKarabakh\tQarabağ\tregion\nKarabakh\tQarabag\t\nNakhchivan\tNaxçıvan\n".utf8))
    let store = CLI.tempStore()
    let hint = try CLI.soz(["glossary", "import", path, "--store", store])
    #expect(hint.status == 2)
    #expect(hint.stderr.contains("looks like an OmegaT glossary"), "\(hint.stderr)")
    let r = try CLI.soz(["glossary", "import", path, "--from", "en", "--to", "az", "--store", store])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("imported 2 concepts, 5 forms"), "\(r.stdout)")
    let out = try CLI.soz(["export", "glossary", "--format", "omegat", "--langs", "en,az", "--store", store])
    #expect(out.stdout == "Karabakh\tQarabağ\tregion\nNakhchivan\tNaxçıvan\n", "\(out.stdout)")
    #expect(try CLI.soz(["glossary", "import", path, "--from", "en", "--store", store]).status == 64)
    #expect(try CLI.soz(["export", "glossary", "--format", "omegat", "--store", store]).status == 64)
  }

  @Test func bomStartsTheFileForSpreadsheets() throws {
    let store = CLI.tempStore()
    let out = try Self.file("x.csv", [])
    let r = try CLI.soz([
      "export", "glossary", "--format", "csv", "--bom", "--langs", "en", "-o", out, "--store", store,
      "--glossary", "glossaries",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: out)))
    #expect(Array(bytes.prefix(10)) == [0xEF, 0xBB, 0xBF] + Array("concept".utf8))
    // And it reads back.
    #expect(try CLI.soz(["glossary", "import", out, "--store", CLI.tempStore()]).status == 0)
  }
}
