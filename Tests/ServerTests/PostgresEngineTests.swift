import Foundation
import PostgresStore
import Search
import SozCore
import Store
import Terminology
import Testing
import TestSupport

/// The storage conformance suite: the same glossary in the SQLite engine
/// and in the PostgreSQL engine gives the same answers — lookups (every
/// match level, typos, ambiguity, no match), sources, exports, the compiled
/// image — and two servers on one PostgreSQL database see each other's
/// writes. Needs `SOZ_TEST_POSTGRES` (`Scripts/test` starts a throwaway
/// cluster and sets it; CI runs these).
@Suite(.serialized, .enabled(if: ServerProcess.postgres != nil, "SOZ_TEST_POSTGRES is not set"))
struct PostgresEngineTests {
  /// A new, empty database on the test server (UTF8, C.UTF-8 ctype).
  static func freshDatabase() throws -> String {
    let admin = try #require(ServerProcess.postgres)
    let name = "soz_t_" + UUID().uuidString.prefix(8).lowercased()
    let (code, _) = try shell([
      "psql", admin, "-qc",
      "CREATE DATABASE \(name) TEMPLATE template0 ENCODING 'UTF8' LC_CTYPE 'C.UTF-8' LC_COLLATE 'C.UTF-8'",
    ])
    #expect(code == 0)
    let base = admin[..<(admin.lastIndex(of: "/") ?? admin.endIndex)]
    return base + "/" + name
  }

  /// Drops a database ``freshDatabase()`` made (its open connections too).
  static func dropDatabase(_ address: String) {
    guard let admin = ServerProcess.postgres, let slash = address.lastIndex(of: "/") else { return }
    let name = address[address.index(after: slash)...]
    guard name.hasPrefix("soz_t_") else { return }
    _ = try? shell(["psql", admin, "-qc", "DROP DATABASE IF EXISTS \(name) WITH (FORCE)"])
  }

  static let glossary = ServerProcess.repo.appendingPathComponent("glossaries").path

  /// A generated glossary with typo and variant queries (soz-gen).
  static func generated(concepts: Int) throws -> (glossary: String, queries: [String]) {
    let dir = Scratch.root.appendingPathComponent("gen-\(concepts)").path
    if !FileManager.default.fileExists(atPath: dir + "/glossary.tsv") {
      let gen = ServerProcess.binary.deletingLastPathComponent().appendingPathComponent("soz-gen").path
      try shell([
        gen, "glossary", "--concepts", "\(concepts)", "--queries", "300", "--boundary-queries", "100",
        "--out", dir, "--quiet",
      ])
    }
    let text = try String(contentsOfFile: dir + "/queries.tsv", encoding: .utf8)
    let queries = text.split(separator: "\n").dropFirst().compactMap { $0.split(separator: "\t").first.map(String.init) }
    return (dir + "/glossary.tsv", queries)
  }

  static let shippedQueries = [
    "garabag", "Qarabağ", "KARABAKH", "Karabağ'da", "Nakhichevan", "nakchivan", "Нахчыван", "Naxcivan",
    "Тоқаев", "Aliyev", "Ilham Aliyev", "Aliyev Ilham", "IlhamAliyev", "Ilhamxaliyev", "Nagorno Karabakh",
    "Xankendi", "Stepanakert", "Turkiye", "Türkiye'nin", "Kazakstan", "Astana", "Qwxzvbnq", "Nakhi",
    "Gəncə", "Ganja", "Şuşa", "Shusha", "Shusa", "Кассым-Жомарт Токаев", "Qasym-Jomart Toqaev",
  ]

  @Test func lookupsAreTheSameOnBothEngines() throws {
    let database = try Self.freshDatabase()
    let sqlite = try GlossaryStore(path: ServerProcess.tempStore())
    let postgres = try PostgresGlossaryStore(address: #require(PostgresAddress(database)))
    let generated = try Self.generated(concepts: 3000)
    for store in [sqlite as any GlossaryStorage, postgres] {
      try GlossarySync.sync(path: Self.glossary, into: store, configured: false)
      try GlossarySync.importPath(generated.glossary, into: store)
    }
    // The in-memory index read from PostgreSQL answers as both engines.
    let memory = InMemoryGlossaryIndex(try postgres.indexContents())
    var compared = 0
    for query in Self.shippedQueries + generated.queries {
      let a = LookupRenderer.json(try sqlite.lookup(query))
      let b = LookupRenderer.json(try postgres.lookup(query))
      let c = LookupRenderer.json(try GlossarySearch(reader: memory).lookup(query))
      #expect(a == b, "\(query)")
      #expect(a == c, "in memory: \(query)")
      compared += 1
    }
    #expect(compared > 400)
    #expect(try sqlite.sourceInfos().map(\.forms) == postgres.sourceInfos().map(\.forms))
    #expect(try sqlite.allConcepts().concepts == postgres.allConcepts().concepts)
    let (g1, w1) = try sqlite.conceptsWithKeyWords()
    let (g2, w2) = try postgres.conceptsWithKeyWords()
    #expect(g1.concepts == g2.concepts && w1 == w2)
    // soz glossary stats: the same counts and breakdown.
    let stats = try [sqlite as any GlossaryStorage, postgres].map {
      GlossaryReportRenderer.statsJSON(try $0.counts(), try $0.breakdown(), store: "")
    }
    #expect(stats[0] == stats[1])
    #expect(try postgres.counts().concepts > 3000)
    // After a removal too (key words no form uses are dropped by both).
    for store in [sqlite as any GlossaryStorage, postgres] {
      #expect(try store.removeSource(path: URL(fileURLWithPath: generated.glossary).standardizedFileURL.path))
    }
    #expect(try sqlite.counts() == postgres.counts())
    #expect(try sqlite.breakdown() == postgres.breakdown())
    Self.dropDatabase(database)
  }

  @Test func sourcesReplaceAndRemove() throws {
    let database = try Self.freshDatabase()
    defer { Self.dropDatabase(database) }
    let store = try PostgresGlossaryStore(address: #require(PostgresAddress(database)))
    #expect(try !store.hasConcepts())
    let file = try ServerProcess.file(
      "terms.tsv", "concept\tlang\tform\tstatus\nzoqtau\ten\tZoqtau\tpreferred\nzoqtau\ten\tZokhtau\tdeprecated\n")
    try GlossarySync.importPath(file, into: store)
    #expect(try store.lookup("Zokhtau").candidates.first?.concept.id == "zoqtau")
    let before = try store.glossaryFingerprint()
    // Importing the same path again replaces it.
    try Data("concept\tlang\tform\tstatus\nzoqtau\ten\tZoqtaw\tpreferred\n".utf8)
      .write(to: URL(fileURLWithPath: file))
    try GlossarySync.importPath(file, into: store)
    #expect(try store.sourceInfos().map(\.forms) == [1])
    #expect(try store.glossaryFingerprint() != before)
    #expect(try store.lookup("Zoqtaw").candidates.first?.level == .exact)
    // A concept id another source defines is refused, the store unchanged.
    let clash = try ServerProcess.file(
      "clash.tsv", "concept\tlang\tform\tstatus\nzoqtau\taz\tZoqtav\tpreferred\n")
    #expect(throws: StoreError.self) { try store.replaceSource(path: clash, kind: .file, fingerprint: "x", glossary: GlossarySync.read(path: clash)) }
    #expect(try store.sourceInfos().count == 1)
    #expect(try store.removeSource(path: URL(fileURLWithPath: file).standardizedFileURL.path))
    #expect(try !store.hasConcepts())
    #expect(try store.removeSource(path: "/nowhere") == false)
  }

  @Test func theCLITakesAPostgresStore() throws {
    let database = try Self.freshDatabase()
    func soz(_ args: [String], input: String? = nil) throws -> (Int32, String) {
      try shell([ServerProcess.binary.path] + args + ["--store", database], input: input)
    }
    let (imported, _) = try soz(["glossary", "import", Self.glossary])
    #expect(imported == 0)
    #expect(try soz(["lookup", "--lang", "az", "garabag"]).1 == "Qarabağ\n")
    let (lintStatus, lint) = try soz(["lint", "--lang", "en", "--format", "line", "-"], input: "Officials visited Nakhichevan.\n")
    #expect(lintStatus == 1)
    #expect(lint.contains("write 'Nakhchivan'"))
    let (_, sources) = try soz(["glossary", "sources", "--format", "json"])
    // The same sources and counts as the SQLite engine reports.
    let sqlite = Scratch.root.appendingPathComponent("sources-\(UUID().uuidString).sqlite").path
    _ = try shell([ServerProcess.binary.path, "glossary", "import", Self.glossary, "--store", sqlite])
    let (_, expected) = try shell([ServerProcess.binary.path, "glossary", "sources", "--format", "json", "--store", sqlite])
    func counts(_ json: String) -> [Int] {
      let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
      let first = (object?["sources"] as? [[String: Any]])?.first
      return [first?["concepts"] as? Int ?? -1, first?["forms"] as? Int ?? -1]
    }
    #expect(counts(sources)[0] > 90 && counts(sources) == counts(expected), "\(sources) vs \(expected)")
    #expect(!sources.contains("password"))
    let (_, tsv) = try soz(["export", "glossary", "--format", "tsv"])
    #expect(tsv.contains("Qarabağ"))
    // The store's reports too: glossary stats, the same as on SQLite.
    let (statsStatus, stats) = try soz(["glossary", "stats", "--format", "json"])
    #expect(statsStatus == 0)
    let (_, expectedStats) = try shell([
      ServerProcess.binary.path, "glossary", "stats", "--format", "json", "--store", sqlite,
    ])
    #expect(stats.replacingOccurrences(of: database, with: "") == expectedStats.replacingOccurrences(of: sqlite, with: ""))
    Self.dropDatabase(database)
  }

  @Test func twoServersOnOneDatabaseSeeEachOthersWrites() throws {
    let database = try Self.freshDatabase()
    defer { Self.dropDatabase(database) }
    let tokens = try ServerProcess.file("tokens", "team-token\n")
    let a = try ServerProcess(["--store", database, "--glossary", Self.glossary, "--token-file", tokens])
    let b = try ServerProcess(["--store", database, "--token-file", tokens])
    #expect(try b.get("/healthz").object["engine"] as? String == "postgresql")
    #expect(try b.get("/v1/lookup?q=garabag&lang=az").object["form"] as? String == "Qarabağ")
    #expect(try b.post("/v1/lint?lang=en&format=line", "The festival in Zokhtau opened.").body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
    let tsv = "concept\tlang\tform\tstatus\nzoqtau\ten\tZoqtau\tpreferred\nzoqtau\ten\tZokhtau\tdeprecated\nzoqtau\taz\tZoqtav\tpreferred\n"
    let imported = try a.post(
      "/v1/glossary/import?format=tsv&name=terms.tsv", tsv, headers: ["Authorization": "Bearer team-token"])
    #expect(imported.status == 200)
    // Through the other server at once: the lookup and the lint.
    let found = try b.get("/v1/lookup?q=Zokhtau&lang=az")
    #expect(found.object["form"] as? String == "Zoqtav")
    #expect(try b.post("/v1/lint?lang=en&format=line", "The festival in Zokhtau opened.").body.contains("write 'Zoqtau'"))
    #expect(try b.get("/v1/concepts/zoqtau").status == 200)
    #expect(a.stop().0 == 0)
    #expect(b.stop().0 == 0)
  }
}
