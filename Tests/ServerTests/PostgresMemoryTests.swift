import Foundation
import Orthography
import PostgresStore
import Search
import SozCore
import Store
import Terminology
import Testing
import TestSupport

/// The translation memory's conformance suite: the same files imported
/// into the SQLite engine and the PostgreSQL engine give the same import
/// summaries, fuzzy matches (scores, tie-breaks, differing words), region
/// fallback, concordance and export; a failed import leaves PostgreSQL
/// unchanged; the CLI's memory commands and the server's memory routes
/// work on PostgreSQL, and two servers see each other's imports. Needs
/// `SOZ_TEST_POSTGRES`.
@Suite(.serialized, .enabled(if: ServerProcess.postgres != nil, "SOZ_TEST_POSTGRES is not set"))
struct PostgresMemoryTests {
  /// A generated memory (soz-gen memory): segments.tsv, segments.tmx and
  /// queries.tsv.
  static func generated(count: Int) throws -> (dir: String, queries: [String]) {
    let dir = Scratch.root.appendingPathComponent("gen-memory-\(count)").path
    if !FileManager.default.fileExists(atPath: dir + "/queries.tsv") {
      let gen = ServerProcess.binary.deletingLastPathComponent().appendingPathComponent("soz-gen").path
      try shell([gen, "memory", "--count", "\(count)", "--queries", "150", "--out", dir])
    }
    let text = try String(contentsOfFile: dir + "/queries.tsv", encoding: .utf8)
    let queries = text.split(separator: "\n").dropFirst().compactMap {
      $0.split(separator: "\t").first.map(String.init)
    }
    return (dir, queries)
  }

  static let corpus = ServerProcess.repo.appendingPathComponent("corpus/segments/en-az.tsv").path

  /// Both engines, each with the same files imported in the same order.
  static func bothEngines() throws -> (GlossaryStore, PostgresGlossaryStore, queries: [String]) {
    let sqlite = try GlossaryStore(path: ServerProcess.tempStore())
    let postgres = try PostgresGlossaryStore(
      address: #require(PostgresAddress(PostgresEngineTests.freshDatabase())))
    let memory = try generated(count: 4000)
    let regional = try ServerProcess.file(
      "regional.tsv",
      "en-GB\taz\nThe colour of the new flag was chosen in Baku.\tYeni bayrağın rəngi Bakıda seçildi.\n"
        + "The colour of the flag was chosen.\tBayrağın rəngi seçildi.\n")
    for store in [sqlite as any MemoryStorage, postgres] {
      let a = try MemoryImportRun.run(path: memory.dir + "/segments.tsv", languages: nil, store: store)
      let b = try MemoryImportRun.run(path: memory.dir + "/segments.tmx", languages: nil, store: store)
      let c = try MemoryImportRun.run(path: corpus, languages: nil, store: store)
      let d = try MemoryImportRun.run(path: regional, languages: nil, store: store)
      // The same file again adds nothing.
      let e = try MemoryImportRun.run(path: corpus, languages: nil, store: store)
      #expect(a.added == 4000 || a.added + a.duplicates == 4000)
      #expect(e.added == 0 && e.duplicates == c.added + c.duplicates)
      #expect(d.added == 2)
      _ = b
    }
    return (sqlite, postgres, memory.queries)
  }

  @Test func searchAndConcordanceAreTheSameOnBothEngines() throws {
    let (sqlite, postgres, queries) = try Self.bothEngines()
    defer { PostgresEngineTests.dropDatabase("/" + postgres.address.database) }
    let onSQLite = MemorySearchRun(store: sqlite, glossary: nil, minimum: 50, limit: 5)
    let onPostgres = MemorySearchRun(store: postgres, glossary: nil, minimum: 50, limit: 5)
    var compared = 0
    var matched = 0
    let extra = [
      "The colour of the flag was chosen.", "The Solidarity Forum opened in Baku.",
      "The forum was organized by the Agency.", "Xyzzy plugh", "",
    ]
    for query in queries + extra {
      let a = try onSQLite.search(query, from: .en, to: .az)
      let b = try onPostgres.search(query, from: .en, to: .az)
      #expect(MemorySearchRenderer.json(a) == MemorySearchRenderer.json(b), "\(query)")
      let back = try onPostgres.search(query, from: .az, to: .en)
      #expect(MemorySearchRenderer.json(try onSQLite.search(query, from: .az, to: .en)) == MemorySearchRenderer.json(back))
      compared += 1
      if !b.matches.isEmpty { matched += 1 }
    }
    #expect(compared > 150)
    #expect(matched > 100)
    // The index finds what scoring every segment finds, on PostgreSQL too.
    let searcher = MemorySearcher(store: postgres)
    for query in queries.prefix(20) {
      let indexed = try searcher.search(query, from: .en, to: .az, minimum: 60, limit: 5)
      let exhaustive = try searcher.exhaustiveSearch(query, from: .en, to: .az, minimum: 60, limit: 5)
      #expect(indexed == exhaustive, "\(query)")
    }
    // Region fallback: `en` answers the en-GB units.
    let regional = try onPostgres.search("The colour of the flag was chosen.", from: .en, to: .az)
    #expect(regional.matches.first?.target == "Bayrağın rəngi seçildi.")
    #expect(regional.matches.first?.score.percent == 101)
    // Concordance: words and their suffixed forms, the same segments.
    for (word, lang) in [("Baku", "en"), ("Bakı", "az"), ("forum", "en"), ("the", "en"), ("xyzzy", "en")] {
      let tag = try #require(LanguageTag(lang))
      let a = try ConcordanceRun.run(word: word, language: tag, store: sqlite, glossary: nil, limit: 50)
      let b = try ConcordanceRun.run(word: word, language: tag, store: postgres, glossary: nil, limit: 50)
      #expect(ConcordanceRenderer.json(a) == ConcordanceRenderer.json(b), "\(word)")
    }
    #expect(try ConcordanceRun.run(word: "Bakı", language: .az, store: postgres, glossary: nil, limit: 50).total > 0)
    // Export: the same units, annotations included.
    func units(_ store: any MemoryStorage) throws -> [TranslationUnit] {
      try store.readUnits { next in
        var all: [TranslationUnit] = []
        while let u = try next() { all.append(u) }
        return all
      }
    }
    let exported = try units(postgres)
    #expect(exported.count > 4000)
    #expect(try units(sqlite) == exported)
  }

  /// A few concepts the corpus and `checked.tsv` mention.
  static let terms = """
    concept\tlang\tform\tstatus
    baku\ten\tBaku\tpreferred
    baku\taz\tBakı\tpreferred
    nakhchivan\ten\tNakhchivan\tpreferred
    nakhchivan\ten\tNakhichevan\tdeprecated
    nakhchivan\taz\tNaxçıvan\tpreferred
    nakhchivan\taz\tNaxçevan\tdeprecated

    """

  /// Units the check flags: one source translated two ways, one
  /// translation of two sources, a deprecated key term.
  static let checked = """
    en\taz
    The forum opened in Baku.\tForum Bakıda açıldı.
    The forum opened in Baku!\tForum Bakı şəhərində açıldı.
    Officials visited Nakhchivan.\tRəsmilər Naxçevana səfər etdilər.
    Officials went to Nakhchivan.\tRəsmilər Naxçevana səfər etdilər.

    """

  @Test func reportsAndChecksAreTheSameOnBothEngines() throws {
    let (sqlite, postgres, _) = try Self.bothEngines()
    defer { PostgresEngineTests.dropDatabase("/" + postgres.address.database) }
    let terms = try ServerProcess.file("terms.tsv", Self.terms)
    let checked = try ServerProcess.file("checked.tsv", Self.checked)
    for store in [sqlite as any GlossaryStorage & MemoryStorage, postgres] {
      try GlossarySync.importPath(terms, into: store)
      #expect(try MemoryImportRun.run(path: checked, languages: nil, store: store).added == 4)
    }
    // soz tm stats (import times aside).
    func stats(_ store: any MemoryStorage) throws -> String {
      var s = try store.memoryStats()
      for i in s.origins.indices { s.origins[i].importedAt = "" }
      return MemoryReportRenderer.json(s)
    }
    #expect(try stats(sqlite) == stats(postgres))
    #expect(try postgres.memoryStats().units > 4000)
    // soz check, each engine with its own compiled glossary.
    let workspace = try Workspace(store: sqlite.path, workingDirectory: Scratch.root)
    let a = try MemoryCheckRun.run(store: sqlite, glossary: workspace.compiledGlossary(sqlite))
    let b = try MemoryCheckRun.run(store: postgres, glossary: workspace.compiledGlossary(postgres))
    #expect(MemoryCheckRenderer.json(a) == MemoryCheckRenderer.json(b))
    #expect(b.units == a.units && b.units > 4000)
    for rule in ["inconsistent-target", "inconsistent-source", "key-term"] {
      #expect(b.findings.contains { $0.rule == rule }, "\(rule)")
    }
    // soz align --memory, every method, both directions.
    for method in AlignMemoryRun.Method.allCases {
      for (from, to) in [(LanguageTag.en, LanguageTag.az), (.az, .en)] {
        let x = try AlignMemoryRun.run(store: sqlite, from: from, to: to, glossary: nil, method: method)
        let y = try AlignMemoryRun.run(store: postgres, from: from, to: to, glossary: nil, method: method)
        #expect(AlignMemoryRun.json(x) == AlignMemoryRun.json(y), "\(method) \(from)→\(to)")
        #expect(y.units > 4000)
      }
    }
    // Streaming in small batches reads every unit once, on both.
    var batches = [0, 0]
    let counted = try [sqlite as any MemoryStorage, postgres].enumerated().map { i, store in
      try store.readSegmentPairs(sources: [.en], targets: [.az], batch: 1000) { _ in batches[i] += 1 }
    }
    #expect(counted[0] == counted[1] && batches[0] == batches[1] && batches[1] > 4)
    // soz doctor: healthy, every migration, the same rows under each
    // engine's table names.
    let (h1, h2) = (try sqlite.health(), try postgres.health())
    #expect(h1.isHealthy && h2.isHealthy)
    #expect(h2.integrity == ["ok"] && h2.journalMode.contains("PostgreSQL"))
    let snake = { (t: String) in t.replacingOccurrences(of: "W", with: "_w").replacingOccurrences(of: "tm", with: "tm_").lowercased() }
    #expect(h1.counts.map { snake($0.table) } == h2.counts.map(\.table))
    #expect(h1.counts.map(\.rows) == h2.counts.map(\.rows))
  }

  @Test func aFailedImportLeavesTheDatabaseUnchanged() throws {
    let database = try PostgresEngineTests.freshDatabase()
    defer { PostgresEngineTests.dropDatabase(database) }
    let postgres = try PostgresGlossaryStore(address: #require(PostgresAddress(database)))
    _ = try MemoryImportRun.run(path: Self.corpus, languages: nil, store: postgres)
    func count() throws -> Int {
      try postgres.readUnits { next in
        var n = 0
        while try next() != nil { n += 1 }
        return n
      }
    }
    let before = try count()
    #expect(before > 40)
    // A TMX broken after 9000 good units: more than one batch was written
    // before the reader fails.
    var tmx = """
      <?xml version="1.0" encoding="UTF-8"?>
      <tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>

      """
    for i in 0..<9000 {
      tmx += "<tu><tuv xml:lang=\"en\"><seg>Unit \(i) of the broken file.</seg></tuv><tuv xml:lang=\"az\"><seg>Pozulmuş faylın \(i) vahidi.</seg></tuv></tu>\n"
    }
    tmx += "<tu><tuv xml:lang=\"en\"><seg>Broken</tuv>\n"
    let path = try ServerProcess.file("broken.tmx", tmx)
    #expect(throws: SozError.self) { try MemoryImportRun.run(path: path, languages: nil, store: postgres) }
    #expect(try count() == before)
    let search = try MemorySearchRun(store: postgres, glossary: nil).search(
      "Unit 17 of the broken file.", from: .en, to: .az)
    #expect(search.matches.isEmpty)
    // And the store still takes imports.
    let again = try MemoryImportRun.run(
      path: try ServerProcess.file("ok.tsv", "en\taz\nA good unit.\tYaxşı vahid.\n"), languages: nil,
      store: postgres)
    #expect(again.added == 1)
  }

  @Test func theCLIMemoryCommandsTakeAPostgresStore() throws {
    let database = try PostgresEngineTests.freshDatabase()
    func soz(_ args: [String], input: String? = nil) throws -> (Int32, String) {
      try shell([ServerProcess.binary.path] + args + ["--store", database], input: input)
    }
    let (imported, report) = try soz(["tm", "import", Self.corpus])
    #expect(imported == 0)
    #expect(report.contains("units added"))
    let (found, search) = try soz([
      "tm", "search", "--from", "en", "--to", "az", "--format", "json",
      "The forum was organized by the Agency for State Support to NGOs.",
    ])
    #expect(found == 0)
    #expect(search.contains("\"score\":101"))
    #expect(search.contains("Forumu Qeyri-Hökumət"))
    let (concordance, lines) = try soz(["tm", "concordance", "--lang", "az", "--format", "json", "Bakı"])
    #expect(concordance == 0)
    #expect(lines.contains("Bakıda"))
    let (exported, tmx) = try soz(["export", "tm", "--format", "tmx"])
    #expect(exported == 0)
    #expect(tmx.contains("<tu") && tmx.contains("Bakıda"))
    // The same as the SQLite engine's answer.
    let sqlite = ServerProcess.tempStore()
    let (_, _) = try shell([ServerProcess.binary.path, "tm", "import", Self.corpus, "--store", sqlite])
    let (_, onSQLite) = try shell([
      ServerProcess.binary.path, "tm", "search", "--from", "en", "--to", "az", "--format", "json",
      "The forum was organized by the Agency for State Support to NGOs.", "--store", sqlite,
    ])
    #expect(onSQLite.replacingOccurrences(of: sqlite, with: "") == search.replacingOccurrences(of: database, with: ""))
    // The memory's report too (PostgresReportCLITests compares them all).
    let (statsStatus, stats) = try soz(["tm", "stats", "--format", "json"])
    #expect(statsStatus == 0)
    #expect(stats.contains("\"units\":45"))
    PostgresEngineTests.dropDatabase(database)
  }

  @Test func twoServersShareTheMemory() throws {
    let database = try PostgresEngineTests.freshDatabase()
    defer { PostgresEngineTests.dropDatabase(database) }
    let tokens = try ServerProcess.file("tokens", "team-token\n")
    let a = try ServerProcess(["--store", database, "--token-file", tokens])
    let b = try ServerProcess(["--store", database, "--token-file", tokens])
    let tsv = "az\ten\nQarabağda yeni məktəb açıldı.\tA new school opened in Karabakh.\n"
    #expect(try a.post("/v1/tm/import?format=tsv&name=news.tsv", tsv).status == 401)
    let imported = try a.post(
      "/v1/tm/import?format=tsv&name=news.tsv", tsv, headers: ["Authorization": "Bearer team-token"])
    #expect(imported.status == 200)
    #expect(imported.object["added"] as? Int == 1)
    let q = "Qarabağda yeni məktəb açıldı".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
    let search = try b.get("/v1/tm/search?q=\(q)&from=az&to=en")
    #expect(search.status == 200)
    let first = (search.object["matches"] as? [[String: Any]])?.first
    #expect(first?["target"] as? String == "A new school opened in Karabakh.")
    #expect(first?["origin"] as? String == "api:news.tsv")
    let units = try b.get("/api/v1/az/en/unit/\(q)")
    #expect((units.json as? [[String: Any]])?.first?["target"] as? String == "A new school opened in Karabakh.")
    let concordance = try b.get("/v1/tm/concordance?q=Karabakh&lang=en")
    #expect(concordance.status == 200)
    #expect(concordance.body.contains("A new school opened in Karabakh."))
    #expect(a.stop().0 == 0)
    #expect(b.stop().0 == 0)
  }
}
