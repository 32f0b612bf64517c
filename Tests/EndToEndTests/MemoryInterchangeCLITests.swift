import Foundation
import Testing
import TestSupport

/// `soz tm import` of TMX and XLIFF, `soz export tm`, and hostile files:
/// the memory and the interchange formats together, on the built binary.
@Suite struct MemoryInterchangeCLITests {
  typealias CLI = SozCLITests

  static func fixture(_ name: String) -> String {
    CLI.repo.appendingPathComponent("Tests/ExchangeTests/Fixtures/\(name)").path
  }

  static func temp(_ name: String) -> String {
    let dir = Scratch.root.appendingPathComponent("soz-tmx-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir.appendingPathComponent(name).path
  }

  static func units(_ store: String) throws -> String {
    let r = try CLI.soz(["tm", "stats", "--store", store])
    return r.stdout.split(separator: "\n").first { $0.hasPrefix("units:") }.map(String.init) ?? ""
  }

  @Test func tradosTMXKeepsDatesPropsAndInlineCodesThroughTheMemory() throws {
    let store = CLI.tempStore()
    let imported = try CLI.soz(["tm", "import", Self.fixture("trados-utf16.tmx"), "--store", store])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout.contains("2 units added"))
    let out = Self.temp("out.tmx")
    let exported = try CLI.soz(["export", "tm", "-o", out, "--store", store])
    #expect(exported.status == 0, "\(exported.stderr)")
    let tmx = try String(contentsOfFile: out, encoding: .utf8)
    for kept in [
      "changedate=\"20240612T154210Z\"", "changeid=\"NEWSROOM\\reviewer\"", "usagecount=\"3\"",
      "<prop type=\"x-Client:MultipleString\">AZERTAC</prop>",
      "<bpt i=\"1\" type=\"1\" x=\"1\"/>İlham Əliyev<ept i=\"1\"/>", "xml:lang=\"az-AZ\"",
    ] {
      #expect(tmx.contains(kept), "missing \(kept)")
    }
    // Söz's own export reads back to the same file.
    let again = CLI.tempStore()
    _ = try CLI.soz(["tm", "import", out, "--store", again])
    let out2 = Self.temp("out2.tmx")
    _ = try CLI.soz(["export", "tm", "-o", out2, "--store", again])
    #expect(try String(contentsOfFile: out2, encoding: .utf8) == tmx)
  }

  @Test func theCorpusExportsAsValidTMXAndXLIFFAndReadsBack() throws {
    let store = CLI.tempStore()
    _ = try CLI.soz(["tm", "import", "corpus/segments/en-az.tsv", "--store", store])
    let tmx = Self.temp("m.tmx"), xlf = Self.temp("m.xlf"), tsv = Self.temp("m.tsv")
    #expect(try CLI.soz(["export", "tm", "-o", tmx, "--store", store]).status == 0)
    #expect(try CLI.soz(["export", "tm", "--from", "en", "--to", "az", "-o", xlf, "--store", store]).status == 0)
    #expect(try CLI.soz(["export", "tm", "--from", "en", "--to", "az", "-o", tsv, "--store", store]).status == 0)
    if Conformance.shouldRun("the corpus's TMX and XLIFF exports") {
      #expect(try ConformanceCheck.run([tmx, xlf]) == 0)
    }
    for file in [tmx, xlf, tsv] {
      let other = CLI.tempStore()
      let r = try CLI.soz(["tm", "import", file, "--from", "en", "--to", "az", "--store", other])
      #expect(r.status == 0, "\(file): \(r.stderr)")
      #expect(try Self.units(other) == Self.units(store), "\(file)")
    }
  }

  @Test(arguments: [
    "billion-laughs.tmx", "external-entity-file.tmx", "external-entity-http.tmx", "random-bytes.tmx",
    "truncated.tmx", "invalid-utf8.tmx", "mismatched-tags.tmx",
  ])
  func hostileFilesFailWithALocationAndLeaveTheStoreAsItWas(_ name: String) throws {
    let store = CLI.tempStore()
    _ = try CLI.soz(["tm", "import", "corpus/segments/en-az.tsv", "--store", store])
    let before = try Self.units(store)
    let r = try CLI.soz(["tm", "import", Self.fixture(name), "--store", store])
    #expect(r.status == 2)
    // file:line:col: message
    #expect(r.stderr.range(of: "\(name):[0-9]+:[0-9]+: ", options: .regularExpression) != nil, "\(r.stderr)")
    #expect(try Self.units(store) == before)
    #expect(!r.stderr.contains("root:"), "an external entity was read")
  }
}

/// ../shared/conformance/check, the published schemas, through
/// Scripts/conformance-check (exit 2 with a message when it is missing).
enum ConformanceCheck {
  static func run(_ files: [String]) throws -> Int32 {
    let check = SozCLITests.repo.appendingPathComponent("Scripts/conformance-check")
    let p = Process()
    p.executableURL = check
    p.arguments = files
    try p.run()
    p.waitUntilExit()
    return p.terminationStatus
  }
}
