import Foundation
import Testing
import TestSupport

/// The translation memory through the built `soz` binary: the shipped
/// segments imported, searched, looked up in context and checked.
@Suite struct MemoryCLITests {
  typealias CLI = SozCLITests

  static func json(_ text: String) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  static func file(_ text: String, ext: String = "tsv") throws -> String {
    let url = Scratch.root.appendingPathComponent("soz-e2e-\(UUID().uuidString).\(ext)")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  /// A store with the shipped corpus/segments imported.
  static func corpusStore() throws -> String {
    let store = CLI.tempStore()
    let r = try CLI.soz(["tm", "import", "corpus/segments/en-az.tsv", "--store", store])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("corpus/segments/en-az.tsv: 45 units added, 0 already present, 0 rejected"))
    return store
  }

  @Test func importIsIdempotentAndStatsCountPairsAndFiles() throws {
    let store = try Self.corpusStore()
    let again = try CLI.soz(["tm", "import", "corpus/segments/en-az.tsv", "--store", store])
    #expect(again.status == 0)
    #expect(again.stderr.isEmpty, "no progress bar when standard error is not a terminal")
    #expect(again.stdout.contains("0 units added, 45 already present"))
    let stats = try Self.json(try CLI.soz(["tm", "stats", "--format", "json", "--store", store]).stdout)
    #expect(stats["units"] as? Int == 45)
    let pairs = try #require(stats["pairs"] as? [[String: Any]])
    #expect(pairs.first?["source"] as? String == "en" && pairs.first?["target"] as? String == "az")
    #expect(pairs.first?["units"] as? Int == 45)
    let doctor = try CLI.soz(["doctor", "--store", store])
    #expect(doctor.status == 0)
    #expect(doctor.stdout.contains("integrity: ok"))
    #expect(doctor.stdout.contains("schema: 4 of 4 migrations applied (v1-glossary-index, v2-memory, v3-configured-sources, v4-joined-key)"))
    #expect(doctor.stdout.contains("tmUnit 45"))
  }

  @Test func searchScoresMarksDifferencesAndListsGlossaryTerms() throws {
    let store = try Self.corpusStore()
    let q = "The forum was organised by the Agency for State Support to NGOs."
    let text = try CLI.soz(["tm", "search", q, "--from", "en", "--to", "az", "--store", store, "--glossary", "glossaries"])
    #expect(text.status == 0, "\(text.stderr)")
    #expect(text.stdout.hasPrefix("91%    The forum was [organized] by the Agency for State Support to NGOs.\n"))
    #expect(text.stdout.contains("Forumu Qeyri-Hökumət Təşkilatlarına Dövlət Dəstəyi Agentliyi təşkil edib."))
    #expect(text.stdout.contains("corpus/segments/en-az.tsv:3"))
    #expect(text.stdout.contains("Agency for State Support to NGOs → Qeyri-Hökumət Təşkilatlarına Dövlət Dəstəyi Agentliyi"))

    let r = try CLI.soz([
      "tm", "search", "Families are returning to Karabakh under the Great Return programme.", "--from", "en",
      "--to", "az", "--min", "50", "--format", "json", "--store", store, "--glossary", "glossaries",
    ])
    let json = try Self.json(r.stdout)
    let match = try #require((json["matches"] as? [[String: Any]])?.first)
    #expect(match["score"] as? Int == 76)
    #expect(match["line"] as? Int == 37)
    let spans = try #require(match["differing"] as? [[String: Any]])
    #expect(spans.compactMap { $0["text"] as? String } == ["and", "East", "Zangezur"])
    let terms = try #require(json["terms"] as? [[String: Any]])
    #expect(terms.contains { $0["concept"] as? String == "karabakh" && $0["target"] as? String == "Qarabağ" })

    let exact = try CLI.soz([
      "tm", "search", "Mukhtar Babayev was President of COP29.", "--from", "en", "--to", "az", "--store", store,
    ])
    #expect(exact.stdout.hasPrefix("exact  Mukhtar Babayev was President of COP29.\n       Muxtar Babayev COP29-un prezidenti olub."))

    let none = try CLI.soz(["tm", "search", "Completely unrelated words here", "--from", "en", "--to", "az", "--store", store])
    #expect(none.status == 1)
  }

  @Test func batchWritesOneJSONLinePerQuery() throws {
    let store = try Self.corpusStore()
    let r = try CLI.soz(
      ["tm", "search", "--batch", "--from", "en", "--to", "az", "--store", store],
      stdin: "The Second Karabakh War lasted 44 days.\n\nThe Milli Majlis approved the treaty.\n")
    let lines = r.stdout.split(separator: "\n")
    #expect(r.status == 0)
    #expect(lines.count == 2)
    let first = try Self.json(String(lines[0]))
    #expect((first["matches"] as? [[String: Any]])?.first?["exact"] as? Bool == true)
    let second = try Self.json(String(lines[1]))
    #expect((second["matches"] as? [[String: Any]])?.first?["target"] as? String == "Milli Məclis sazişi təsdiqləyib.")
  }

  /// Segments that write Karabakh several ways (and a wrong az rendering).
  static let drift = """
    en\taz
    Families are returning to Karabakh and East Zangezur under the Great Return programme.\tBöyük Qayıdış proqramı çərçivəsində ailələr Karabağa və Şərqi Zəngəzura qayıdır.
    Garabagh horses were shown at the fair.\tQarabağ atları sərgidə nümayiş etdirilib.
    Karabakh's roads are being rebuilt.\tKarabağ'da yollar yenidən qurulur.
    The new school in Shusha opened.\tŞuşada yeni məktəb açılıb.
    The new school in Shusha opened.\tŞuşada yeni məktəb fəaliyyətə başlayıb.

    """

  @Test func concordanceFindsEverySpellingOfAConcept() throws {
    let store = try Self.corpusStore()
    let drift = try Self.file(Self.drift)
    #expect(try CLI.soz(["tm", "import", drift, "--store", store]).status == 0)
    let en = try Self.json(
      try CLI.soz(["tm", "concordance", "Qarabağ", "--lang", "en", "--format", "json", "--store", store, "--glossary", "glossaries"]).stdout)
    #expect(en["concept"] as? String == "karabakh")
    let found = (en["hits"] as? [[String: Any]] ?? []).flatMap { ($0["spans"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String } }
    #expect(Set(found) == ["Karabakh", "Garabagh", "Karabakh's"])
    let az = try CLI.soz(["tm", "concordance", "Qarabağ", "--lang", "az", "--store", store, "--glossary", "glossaries"])
    #expect(az.status == 0)
    #expect(az.stdout.contains("[Karabağ'da] yollar"))
    #expect(az.stdout.contains("ailələr [Karabağa] və"))
    #expect(az.stdout.contains("[Qarabağ] atları"))
    #expect(az.stdout.contains("ailələr [Qarabağa] və"))
    let word = try CLI.soz(["tm", "concordance", "forum", "--lang", "az", "--store", store, "--glossary", "glossaries"])
    #expect(word.stdout.hasPrefix("9 segments in az contain 'forum'"))
    #expect(word.stdout.contains("[Forumda] səkkiz"))
  }

  @Test func checkIsCleanOnTheCorpusAndReportsDrift() throws {
    let store = try Self.corpusStore()
    let clean = try CLI.soz(["check", "--store", store, "--glossary", "glossaries"])
    #expect(clean.status == 0, "\(clean.stdout)")
    #expect(clean.stderr.contains("45 units checked: 0 findings"))
    #expect(try CLI.soz(["tm", "import", try Self.file(Self.drift), "--store", store]).status == 0)
    let r = try CLI.soz(["check", "--store", store, "--glossary", "glossaries", "--format", "json"])
    #expect(r.status == 1)
    let json = try Self.json(r.stdout)
    let findings = try #require(json["findings"] as? [[String: Any]])
    let rules = findings.compactMap { $0["rule"] as? String }
    #expect(rules.filter { $0 == "key-term" }.count == 2)
    #expect(rules.contains("inconsistent-target"))
    #expect(rules.contains("rendering-spread"))
    #expect(findings.contains { ($0["message"] as? String)?.contains("the tr form 'Karabağ'") == true && $0["suggestions"] as? [String] == ["Qarabağ"] })
    let spread = try #require(json["spread"] as? [[String: Any]])
    let karabakhAZ = try #require(spread.first { $0["concept"] as? String == "karabakh" && $0["lang"] as? String == "az" })
    let renderings = (karabakhAZ["renderings"] as? [[String: Any]] ?? []).map { "\($0["form"]!) \($0["count"]!)" }
    #expect(renderings == ["Karabağ 2", "Qarabağ 2"])
    let text = try CLI.soz(["check", "--store", store, "--glossary", "glossaries"])
    #expect(text.stdout.contains("karabakh (en): Karabakh 3×, Garabagh 1×"))
    #expect(text.stdout.contains("karabakh (az): Karabağ 2×, Qarabağ 2×"))
    #expect(text.stdout.contains("'The new school in Shusha opened.' is translated 2 ways"))
    let sarif = try Self.json(try CLI.soz(["check", "--store", store, "--glossary", "glossaries", "--format", "sarif"]).stdout)
    let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
    let catalog = ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]]
    #expect(catalog?.compactMap { $0["id"] as? String } == ["inconsistent-target", "inconsistent-source", "key-term", "rendering-spread"])
    let errorsOnly = try CLI.soz(["check", "--store", store, "--glossary", "glossaries", "--fail-level", "error"])
    #expect(errorsOnly.status == 0)
  }

  @Test func rejectedRecordsAreReportedWithTheirLines() throws {
    let store = CLI.tempStore()
    let path = try Self.file("en\taz\nGood.\tYaxşı.\nonly one field\n")
    let r = try CLI.soz(["tm", "import", path, "--store", store])
    #expect(r.status == 1)
    #expect(r.stderr.contains("\(path):3: expected 2 fields, found 1 (rejected)"))
    #expect(r.stdout.contains("1 units added, 0 already present, 1 rejected"))
    let noLanguages = try CLI.soz(["tm", "import", try Self.file("Hello.\tSalam.\n"), "--store", store])
    #expect(noLanguages.status == 2)
    #expect(noLanguages.stderr.contains(":1:1: no header naming the languages"))
    let usage = try CLI.soz(["tm", "search", "x", "--from", "en", "--to", "az", "--min", "0"])
    #expect(usage.status == 64)
  }

  /// 200 000 pairs, enough for an import to run for a while.
  static func bigFile() throws -> String {
    var text = "en\taz\n"
    for i in 0..<200_000 {
      text += "Segment number \(i) about the forum in Baku and \(i % 977) delegates.\tBakıda forum haqqında \(i) nömrəli seqment.\n"
    }
    return try Self.file(text)
  }

  /// Starts `soz tm import big` and returns once its transaction has
  /// spilled pages into the WAL (it holds the write lock).
  static func importHalfway(_ big: String, store: String) throws -> Process {
    let p = Process()
    p.executableURL = CLI.binary
    p.arguments = ["tm", "import", big, "--store", store]
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    try p.run()
    let wal = store + "-wal"
    let deadline = Date().addingTimeInterval(300)
    while p.isRunning, Date() < deadline {
      let size = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
      if size > 8 << 20 { break }
      usleep(20_000)
    }
    return p
  }

  /// Lookups, searches and lint run while an import holds the write lock.
  @Test func readersWorkDuringAnImport() throws {
    let store = try Self.corpusStore()
    // Sync the glossary into the store first (that is a write).
    #expect(try CLI.soz(["lookup", "Karabakh", "--store", store, "--glossary", "glossaries"]).status == 0)
    let p = try Self.importHalfway(try Self.bigFile(), store: store)
    #expect(p.isRunning, "the import ended too early")
    let lookup = try CLI.soz(["lookup", "garabag", "--format", "json", "--store", store, "--glossary", "glossaries"])
    #expect(lookup.status == 0, "\(lookup.stderr)")
    #expect(lookup.stdout.contains("\"concept\":\"karabakh\""))
    let search = try CLI.soz(["tm", "search", "Mukhtar Babayev was President of COP29.", "--from", "en", "--to", "az", "--store", store])
    #expect(search.stdout.hasPrefix("exact"))
    let lint = try CLI.soz(["lint", "corpus/articles/clean", "--glossary", "glossaries"])
    #expect(lint.status == 0)
    let during = try Self.json(try CLI.soz(["tm", "stats", "--format", "json", "--store", store]).stdout)
    #expect(during["units"] as? Int == 45)
    #expect(p.isRunning, "the reads finished while the import was still writing")
    p.waitUntilExit()
    #expect(p.terminationStatus == 0)
    let after = try Self.json(try CLI.soz(["tm", "stats", "--format", "json", "--store", store]).stdout)
    #expect(after["units"] as? Int == 200_045)
  }

  /// SIGKILL half-way through an import: the store is as before, and sound.
  @Test func aKilledImportLeavesTheStoreAsItWas() throws {
    let store = try Self.corpusStore()
    let p = try Self.importHalfway(try Self.bigFile(), store: store)
    #expect(p.isRunning, "the import ended before it could be killed")
    kill(p.processIdentifier, SIGKILL)
    p.waitUntilExit()
    #expect(p.terminationReason == .uncaughtSignal)
    let stats = try Self.json(try CLI.soz(["tm", "stats", "--format", "json", "--store", store]).stdout)
    #expect(stats["units"] as? Int == 45)
    #expect((stats["origins"] as? [[String: Any]])?.count == 1)
    let doctor = try CLI.soz(["doctor", "--store", store])
    #expect(doctor.status == 0)
    #expect(doctor.stdout.contains("integrity: ok"))
    #expect(doctor.stdout.contains("tmUnit 45,"))
  }
}
