import Foundation
import Testing
import TestSupport

/// The rough edges a first day finds (#12): one error style, usage errors
/// exit 64 with "did you mean", clear store errors, JSON everywhere.
@Suite struct FirstDayCLITests {
  typealias CLI = SozCLITests

  struct Usage: CustomTestStringConvertible, Sendable {
    var args: [String]
    var says: String
    var testDescription: String { args.joined(separator: " ") }
  }

  @Test(arguments: [
    Usage(args: ["lokup", "Baku"], says: "soz: error: unknown command 'lokup' for 'soz'; did you mean 'lookup'?"),
    Usage(args: ["glossary", "stat"], says: "soz: error: unknown command 'stat' for 'soz glossary'; did you mean 'stats'?"),
    Usage(args: ["tm", "sarch", "x"], says: "did you mean 'search'?"),
    Usage(args: ["frobnicate"], says: "soz: error: unknown command 'frobnicate' for 'soz'\nCommands: lookup, lint,"),
    Usage(args: ["tm", "search", "hello"], says: "soz: error: Missing expected argument '--from <from>'"),
    Usage(args: ["lookup", "Baku", "--lang", "xx"], says: "soz: error: invalid language tag 'xx'"),
    Usage(args: ["lint", "--dry-run"], says: "soz: error: --dry-run goes with --fix"),
    Usage(args: ["lookup", "--limit", "many"], says: "soz: error: "),
    Usage(args: ["export", "tm", "--format", "xliff"], says: "soz: error: --format xliff needs --to (and --from) LANG"),
    Usage(args: ["convert", "x.tmx", "-o", "out.csv"], says: "soz: error: --format csv needs --to"),
  ])
  func usageErrorsExit64InOneStyle(_ u: Usage) throws {
    let r = try CLI.soz(u.args)
    #expect(r.status == 64, "\(r.stderr)")
    #expect(r.stderr.contains(u.says), "\(r.stderr)")
    #expect(!r.stderr.contains("Error:"), "two error styles: \(r.stderr)")
    #expect(r.stdout.isEmpty)
  }

  @Test func anUnwritableStoreIsOneSentenceWithTheFix() throws {
    for store in ["/proc/soz-none/store.sqlite", "/proc/self/store.sqlite"] {
      let r = try CLI.soz(["lookup", "Baku", "--store", store])
      #expect(r.status == 2)
      let lines = r.stderr.split(separator: "\n")
      #expect(lines.count == 1, "\(r.stderr)")
      #expect(r.stderr.hasPrefix("soz: error: \(store): cannot "))
      #expect(r.stderr.contains("give a writable place with --store PATH or SOZ_STORE"))
      #expect(!r.stderr.contains("NSCocoaErrorDomain") && !r.stderr.contains("Domain="))
    }
  }

  @Test func statsCheckAndDoctorSpeakJSON() throws {
    let stats = try CLI.soz(["glossary", "stats", "--format", "json"])
    #expect(stats.status == 0, "\(stats.stderr)")
    let s = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any]
    let concepts = try #require(s?["concepts"] as? Int)
    #expect(concepts >= 95)
    let kinds = try #require(s?["conceptsByKind"] as? [String: Int])
    #expect(kinds.values.reduce(0, +) == concepts)
    let en = try #require((s?["formsByLanguage"] as? [String: [String: Int]])?["en"])
    #expect((en["preferred"] ?? 0) > 0)

    let check = try CLI.soz(["glossary", "check", "glossaries", "--format", "json"])
    #expect(check.status == 0, "\(check.stderr)")
    let c = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any]
    #expect((c?["issues"] as? [Any])?.isEmpty == true)
    #expect(c?["concepts"] as? Int == concepts)

    let doctor = try CLI.soz(["doctor", "--format", "json"])
    #expect(doctor.status == 0, "\(doctor.stderr)")
    let d = try JSONSerialization.jsonObject(with: Data(doctor.stdout.utf8)) as? [String: Any]
    #expect(d?["healthy"] as? Bool == true)
    #expect((d?["migrations"] as? [String: [String]])?["missing"] == [])
  }

  @Test func aLanguageFindsItsRegionalTagsInTheMemory() throws {
    // The Trados fixture is en-GB → az-AZ.
    let store = CLI.tempStore()
    let fixture = CLI.repo.appendingPathComponent("Tests/ExchangeTests/Fixtures/trados-utf16.tmx").path
    #expect(try CLI.soz(["tm", "import", fixture, "--store", store]).status == 0)
    let r = try CLI.soz([
      "tm", "search", "President Ilham Aliyev received the delegation", "--from", "en", "--to", "az",
      "--store", store, "--format", "json",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("Prezident İlham Əliyev"))
    let exact = try CLI.soz([
      "tm", "search", "President Ilham Aliyev received the delegation", "--from", "en-GB", "--to", "az-AZ",
      "--store", store, "--format", "json",
    ])
    #expect(exact.stdout.contains("Prezident İlham Əliyev"))
  }

  @Test func aBrokenGlossaryIsReportedInJSONWithItsPlace() throws {
    let dir = Scratch.root.appendingPathComponent("soz-first-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try """
      - id: a
        kind: place
        forms:
          en: Aqsu
      - id: b
        kind: place
        forms:
          en: Aqsu
      """.write(to: dir.appendingPathComponent("g.yaml"), atomically: true, encoding: .utf8)
    let r = try CLI.soz(["glossary", "check", dir.path, "--format", "json"])
    #expect(r.status == 1)
    let c = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
    let issue = try #require((c?["issues"] as? [[String: Any]])?.first)
    #expect((issue["file"] as? String)?.hasSuffix("g.yaml") == true)
    #expect(issue["line"] as? Int ?? 0 > 0)
    #expect(issue["code"] as? String != nil)
  }
}
