import Foundation
import Testing
import TestSupport

/// `soz lint` run as CI runs it: exit codes, formats, fixes, settings.
@Suite struct LintCLITests {
  typealias CLI = SozCLITests

  static func workspace(_ files: [String: String]) throws -> URL {
    let dir = Scratch.root.appendingPathComponent("soz-lint-\(UUID().uuidString)")
    for (name, text) in files {
      let url = dir.appendingPathComponent(name)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    return dir
  }

  var glossary: String { CLI.repo.appendingPathComponent("glossaries").path }

  @Test func cleanCorpusExitsZeroAndPlantedOne() throws {
    let clean = try CLI.soz(["lint", "corpus/articles/clean", "--format", "line"])
    #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
    #expect(clean.stdout.isEmpty)
    let planted = try CLI.soz(["lint", "corpus/articles/planted", "--format", "line"])
    #expect(planted.status == 1)
    #expect(
      planted.stdout.contains(
        "corpus/articles/planted/az/qht-forumu-xankendi.md:7:29:variant:error:'Stepanakert' is forbidden for 'khankendi'; write 'Xankəndi'"
      ))
  }

  @Test func failLevelDecidesTheExitStatus() throws {
    let dir = try Self.workspace(["a.txt": "Talks on Garabagh."])  // admitted: info
    let a = dir.appendingPathComponent("a.txt").path
    #expect(try CLI.soz(["lint", a, "--lang", "en", "--glossary", glossary]).status == 0)
    #expect(try CLI.soz(["lint", a, "--lang", "en", "--fail-level", "info", "--glossary", glossary]).status == 1)
  }

  @Test func invalidUTF8IsAnErrorAndOtherFilesAreStillChecked() throws {
    let dir = try Self.workspace(["good.txt": "It was Naxçıvan."])
    try Data([0x4E, 0x61, 0xFF, 0x0A]).write(to: dir.appendingPathComponent("bad.txt"))
    let r = try CLI.soz(["lint", dir.path, "--lang", "en", "--format", "line", "--glossary", glossary])
    #expect(r.status == 2)
    #expect(r.stderr.contains("bad.txt:1:3: invalid UTF-8 at byte offset 2"))
    #expect(r.stdout.contains("good.txt:1:8:wrong-language:warning:"))
  }

  @Test func standardInputIsLinted() throws {
    let r = try CLI.soz(["lint", "-", "--lang", "en", "--format", "line"], stdin: "In Naxçıvan.\n")
    #expect(r.status == 1)
    #expect(r.stdout.hasPrefix("<stdin>:1:4:wrong-language:warning:"))
  }

  /// Runs Scripts/validate-sarif (the published SARIF 2.1.0 definitions
  /// for what soz writes) on `sarif`; the exit status.
  static func validateSARIF(_ sarif: String) throws -> Int32 {
    let file = Scratch.root.appendingPathComponent("soz-\(UUID().uuidString).sarif")
    try sarif.write(to: file, atomically: true, encoding: .utf8)
    let p = Process()
    p.executableURL = CLI.repo.appendingPathComponent("Scripts/validate-sarif")
    p.arguments = [file.path]
    try p.run()
    p.waitUntilExit()
    return p.terminationStatus
  }

  @Test func sarifIsValidAgainstTheSchema() throws {
    let r = try CLI.soz(["lint", "corpus/articles/planted", "--format", "sarif"])
    #expect(r.status == 1)
    #expect(try Self.validateSARIF(r.stdout) == 0)
    // The check can fail: a level SARIF does not know is rejected.
    let broken = r.stdout.replacingOccurrences(of: "\"level\" : \"warning\"", with: "\"level\" : \"warn\"")
      .replacingOccurrences(of: "\"level\":\"warning\"", with: "\"level\":\"warn\"")
    #expect(broken != r.stdout)
    #expect(try Self.validateSARIF(broken) == 1)
  }

  @Test func jsonSarifAndGithubFormats() throws {
    let dir = try Self.workspace(["a.md": "# Title\n\nIt was Naxçıvan.\n"])
    let a = dir.appendingPathComponent("a.md").path
    let json = try CLI.soz(["lint", a, "--lang", "en", "--format", "json", "--glossary", glossary])
    let obj = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let first = (obj?["findings"] as? [[String: Any]])?.first
    #expect(first?["line"] as? Int == 3)
    #expect(first?["column"] as? Int == 8)
    #expect(first?["suggestions"] as? [String] == ["Nakhchivan"])
    let sarif = try CLI.soz(["lint", a, "--lang", "en", "--format", "sarif", "--glossary", glossary])
    let log = try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any]
    #expect(log?["version"] as? String == "2.1.0")
    let run = (log?["runs"] as? [[String: Any]])?.first
    #expect(((run?["results"] as? [[String: Any]])?.first?["ruleId"] as? String) == "wrong-language")
    let gh = try CLI.soz(["lint", a, "--lang", "en", "--format", "github", "--glossary", glossary])
    #expect(gh.stdout.hasPrefix("::warning file=\(a),line=3,col=8,endLine=3,endColumn=16,title=soz wrong-language::"))
  }

  @Test func fixRewritesAndDryRunShowsTheDiff() throws {
    let dir = try Self.workspace(["a.txt": "Nakhichevan and Naxçıvan's port.\n"])
    let a = dir.appendingPathComponent("a.txt").path
    let dry = try CLI.soz(["lint", a, "--lang", "en", "--fix", "--dry-run", "--glossary", glossary])
    #expect(dry.stdout.contains("+Nakhchivan and Nakhchivan's port."))
    #expect(try String(contentsOfFile: a, encoding: .utf8) == "Nakhichevan and Naxçıvan's port.\n")
    let fix = try CLI.soz(["lint", a, "--lang", "en", "--fix", "--glossary", glossary])
    #expect(fix.status == 0, "\(fix.stderr)")
    #expect(try String(contentsOfFile: a, encoding: .utf8) == "Nakhchivan and Nakhchivan's port.\n")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains("soz-") }
    #expect(leftovers.isEmpty)
  }

  @Test func settingsFileSetsLanguageHouseStyleRulesAndIgnores() throws {
    let dir = try Self.workspace([
      ".soz.yaml": "language: en\nhouse-style:\n  karabakh: Garabagh\nrules:\n  wrong-language: error\nignore: [\"drafts/**\"]\n",
      "a.txt": "Karabakh and Naxçıvan.",
      "drafts/b.txt": "Naxçıvan.",
    ])
    let r = try CLI.soz(
      ["lint", dir.path, "--format", "line", "--glossary", glossary, "--config", dir.appendingPathComponent(".soz.yaml").path])
    #expect(r.status == 1)
    #expect(r.stdout.contains("a.txt:1:1:variant:warning:house style writes 'Garabagh'"))
    #expect(r.stdout.contains("a.txt:1:14:wrong-language:error:"))
    #expect(!r.stdout.contains("drafts"))
  }

  @Test func usageErrorsExit64() throws {
    #expect(try CLI.soz(["lint", "--lang", "klingon"]).status == 64)
    #expect(try CLI.soz(["lint", "--dry-run", "x"]).status == 64)
  }
}
