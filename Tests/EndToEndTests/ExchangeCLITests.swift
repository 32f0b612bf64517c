import Foundation
import Testing
import TestSupport

/// `soz export glossary`, `soz glossary import` of interchange files and
/// `soz convert`, run as a user would.
@Suite struct ExchangeCLITests {
  typealias CLI = SozCLITests

  static func tempDir() throws -> URL {
    let dir = Scratch.root.appendingPathComponent("soz-x-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  static let fixtures = CLI.repo.appendingPathComponent("Tests/ExchangeTests/Fixtures")

  /// Export → import into an empty store → export gives the same bytes.
  @Test(arguments: [("tmx", "tmx"), ("tbx", "tbx"), ("tbx2", "tbx"), ("csv", "csv"), ("tsv", "tsv")])
  func exportImportExportIsByteIdentical(format: String, ext: String) throws {
    let dir = try Self.tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let a = dir.appendingPathComponent("a.\(ext)").path
    let b = dir.appendingPathComponent("b.\(ext)").path
    let first = try CLI.soz([
      "export", "glossary", "--format", format, "--include-variants", "-o", a, "--store", CLI.tempStore(),
      "--glossary", "glossaries",
    ])
    #expect(first.status == 0, "\(first.stderr)")
    let store = CLI.tempStore()
    let imported = try CLI.soz(["glossary", "import", a, "--store", store])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout.hasPrefix("imported ") && imported.stdout.contains(" concepts, "))
    let second = try CLI.soz([
      "export", "glossary", "--format", format, "--include-variants", "-o", b, "--store", store,
    ])
    #expect(second.status == 0, "\(second.stderr)")
    let bytesA = try Data(contentsOf: URL(fileURLWithPath: a))
    let bytesB = try Data(contentsOf: URL(fileURLWithPath: b))
    #expect(!bytesA.isEmpty)
    #expect(bytesA == bytesB)
  }

  @Test func langsLimitsTheExportAndStdoutIsTheDefault() throws {
    let r = try CLI.soz([
      "export", "glossary", "--format", "csv", "--langs", "az,kk-Latn", "--store", CLI.tempStore(),
      "--glossary", "glossaries",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let langs = Set(r.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[1] })
    #expect(langs == ["az", "kk-Latn"])
  }

  @Test func invalidLanguageOrFormatIsAUsageError() throws {
    for args in [["--format", "csv", "--langs", "az,??"], ["--format", "docx"]] {
      let r = try CLI.soz(["export", "glossary"] + args + ["--store", CLI.tempStore()])
      #expect(r.status == 64, "\(r.stderr)")
    }
  }

  /// Hostile files: exit 2, file:line:col on stderr, nothing in the store.
  @Test(arguments: [
    "billion-laughs.tmx", "external-entity-file.tmx", "external-entity-http.tmx", "random-bytes.tmx",
    "truncated.tmx", "invalid-utf8.tmx", "mismatched-tags.tmx", "external-entity.tbx", "truncated.tbx",
  ])
  func hostileImportFailsCleanly(file: String) throws {
    let store = CLI.tempStore()
    let path = Self.fixtures.appendingPathComponent(file).path
    let r = try CLI.soz(["glossary", "import", path, "--store", store])
    #expect(r.status == 2)
    #expect(r.stderr.range(of: #"\#(file):\d+:\d+: "#, options: .regularExpression) != nil, "\(r.stderr)")
    let stats = try CLI.soz(["glossary", "stats", "--store", store])
    #expect(stats.stdout.contains("concepts: 0"), "\(stats.stdout)")
  }

  @Test func failedExportLeavesTheTargetUntouched() throws {
    let dir = try Self.tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("out.tmx")
    try Data("keep me".utf8).write(to: out)
    let r = try CLI.soz(["convert", Self.fixtures.appendingPathComponent("truncated.tmx").path, "-o", out.path])
    #expect(r.status == 2)
    #expect(try String(contentsOf: out, encoding: .utf8) == "keep me")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.tmx"])
  }

  @Test func convertsTradosTMXToXLIFFAndTSV() throws {
    let dir = try Self.tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = Self.fixtures.appendingPathComponent("trados-utf16.tmx").path
    let xlf = dir.appendingPathComponent("m.xlf").path
    let r = try CLI.soz(["convert", input, "--from", "en-GB", "--to", "az-AZ", "-o", xlf])
    #expect(r.status == 0, "\(r.stderr)")
    let text = try String(contentsOfFile: xlf, encoding: .utf8)
    #expect(
      text.contains(
        "<target>Prezident <sc id=\"b1\"/>İlham Əliyev<ec startRef=\"b1\"/> nümayəndə heyətini Bakıda qəbul edib.</target>"))
    let tsv = try CLI.soz(["convert", input, "--format", "tsv", "--to", "az-AZ"])
    #expect(tsv.status == 0, "\(tsv.stderr)")
    #expect(tsv.stdout.hasPrefix("id\ten-GB\taz-AZ\n"))
    let tmx = try CLI.soz(["convert", input])
    #expect(tmx.stdout.contains("usagecount=\"3\""))
    #expect(tmx.stdout.contains("<bpt i=\"1\" type=\"1\" x=\"1\"/>İlham Əliyev<ept i=\"1\"/>"))
  }
}
