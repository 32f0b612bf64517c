import Foundation
import Testing
import TestSupport

private typealias CLI = SozCLITests

/// One glossary for every command: what is imported into the store, or
/// named in `.soz.yaml`, is what lint, lookup, export and the memory read —
/// and outside any project `soz` says it has no glossary instead of
/// answering "no match" from an empty store.
@Suite struct OneGlossaryCLITests {
  /// A scratch project: files by relative path, and a HOME and cache of its
  /// own so the user's store is never touched.
  struct Project {
    let root: URL
    var env: [String: String] {
      ["HOME": root.appendingPathComponent("home").path, "XDG_CACHE_HOME": root.appendingPathComponent("cache").path]
    }

    init(_ files: [String: String]) throws {
      root = Scratch.root.appendingPathComponent("soz-one-\(UUID().uuidString)")
      for (name, text) in files { try write(name, text) }
      try FileManager.default.createDirectory(at: root.appendingPathComponent("home"), withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) throws {
      let url = root.appendingPathComponent(name)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func soz(_ args: [String], stdin: String? = nil, in dir: String = "") throws -> SozCLITests.Run {
      try CLI.soz(args, stdin: stdin, env: env, cwd: root.appendingPathComponent(dir))
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
  }

  static let terms = """
    concept\tlang\tform\tstatus
    sumgait\ten\tSumgait\tpreferred
    sumgait\ten\tSumqayit\tdeprecated
    sumgait\taz\tSumqayıt\tpreferred

    """

  static let baku = """
    - id: baku
      kind: place
      forms:
        en: { preferred: Baku, deprecated: [Baky] }
        az: Bakı

    """

  @Test func outsideAnyProjectAnEmptyStoreIsAnErrorNotANoMatch() throws {
    let p = try Project([:])
    defer { p.remove() }
    for args in [["lookup", "garabag"], ["export", "glossary", "--format", "csv"], ["lint", "-"]] {
      let r = try p.soz(args, stdin: "Officials visited Nakhichevan.\n")
      #expect(r.status == 2, "\(args): \(r.stdout)\(r.stderr)")
      #expect(r.stderr.contains("holds no glossary"), "\(args): \(r.stderr)")
      #expect(r.stdout.isEmpty, "\(args)")
    }
    // The store went to the cache, not into the working directory.
    #expect(!FileManager.default.fileExists(atPath: p.root.appendingPathComponent(".soz").path))
    #expect(FileManager.default.fileExists(atPath: p.root.appendingPathComponent("cache/soz/store.sqlite").path))
  }

  @Test func anImportedTermIsReportedByLintAndFoundByLookup() throws {
    let p = try Project([
      "glossaries/places.yaml": Self.baku, "terms.tsv": Self.terms,
      "a.txt": "Talks in Baky and Sumqayit.\n",
    ])
    defer { p.remove() }
    let before = try p.soz(["lint", "a.txt", "--lang", "en", "--format", "line"])
    #expect(before.status == 1)
    #expect(before.stdout.contains("'Baky' is deprecated"))
    #expect(!before.stdout.contains("Sumqayit"))

    let imported = try p.soz(["glossary", "import", "terms.tsv"])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout.contains("imported 1 concepts, 3 forms"))

    let after = try p.soz(["lint", "a.txt", "--lang", "en", "--format", "line"])
    #expect(after.status == 1)
    #expect(after.stdout.contains("a.txt:1:10:variant:warning:'Baky' is deprecated for 'baku'; write 'Baku'"))
    #expect(after.stdout.contains("a.txt:1:19:variant:warning:'Sumqayit' is deprecated for 'sumgait'; write 'Sumgait'"), "\(after.stdout)")
    let lookup = try p.soz(["lookup", "--lang", "az", "Sumgait"])
    #expect(lookup.stdout == "Sumqayıt\n")

    let sources = try p.soz(["glossary", "sources", "--format", "json"])
    #expect(sources.status == 0)
    let json = try JSONSerialization.jsonObject(with: Data(sources.stdout.utf8)) as? [String: Any]
    let list = json?["sources"] as? [[String: Any]] ?? []
    #expect(list.map { ($0["path"] as? String ?? "").split(separator: "/").last.map(String.init) ?? "" } == ["glossaries", "terms.tsv"])
    #expect(list.map { $0["concepts"] as? Int ?? -1 } == [1, 1])
    #expect(list.map { $0["forms"] as? Int ?? -1 } == [3, 3])
    #expect(list.map { $0["configured"] as? Bool ?? false } == [true, false])

    // A configured source cannot be removed; an imported one can.
    let refused = try p.soz(["glossary", "remove", "glossaries"])
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("configured"))
    let removed = try p.soz(["glossary", "remove", "terms.tsv"])
    #expect(removed.status == 0, "\(removed.stderr)")
    let gone = try p.soz(["lint", "a.txt", "--lang", "en", "--format", "line"])
    #expect(!gone.stdout.contains("Sumqayit"))
    #expect(gone.stdout.contains("Baky"))
    let unknown = try p.soz(["glossary", "remove", "nothing.tsv"])
    #expect(unknown.status == 2)
  }

  @Test func settingsNameGlossaryFilesThatAreSyncedAndDropped() throws {
    let p = try Project([
      ".soz.yaml": "language: en\nglossaries: [terms/terms.tsv]\n",
      "terms/terms.tsv": Self.terms,
      "articles/a.md": "# Report\n\nTalks in Sumqayit.\n",
    ])
    defer { p.remove() }
    // Run from a subdirectory: the settings and the store are the project's.
    let first = try p.soz(["lint", "a.md", "--format", "line"], in: "articles")
    #expect(first.status == 1, "\(first.stderr)")
    #expect(first.stdout.contains("'Sumqayit' is deprecated for 'sumgait'"))
    #expect(FileManager.default.fileExists(atPath: p.root.appendingPathComponent(".soz/store.sqlite").path))

    // The file changes: the next run sees it.
    try p.write("terms/terms.tsv", Self.terms.replacingOccurrences(of: "Sumqayit\tdeprecated", with: "Sumqayit\tforbidden"))
    let second = try p.soz(["lint", "a.md", "--format", "line"], in: "articles")
    #expect(second.stdout.contains("variant:error:'Sumqayit' is forbidden"), "\(second.stdout)")

    // The settings stop naming it: it leaves the store.
    try p.write(".soz.yaml", "language: en\n")
    let third = try p.soz(["lint", "a.md", "--format", "line"], in: "articles")
    #expect(third.status == 2)
    #expect(third.stderr.contains("holds no glossary"))
  }

  @Test func settingsChooseTheStore() throws {
    let p = try Project([
      ".soz.yaml": "glossaries: [g]\nstore: var/soz.sqlite\n", "g/places.yaml": Self.baku,
    ])
    defer { p.remove() }
    let r = try p.soz(["lookup", "--lang", "az", "Baky"])
    #expect(r.stdout == "Bakı\n", "\(r.stderr)")
    #expect(FileManager.default.fileExists(atPath: p.root.appendingPathComponent("var/soz.sqlite").path))
    #expect(try p.soz(["lint", "-", "--lang", "en"], stdin: "In Baky.\n").status == 1)
    #expect(FileManager.default.fileExists(atPath: p.root.appendingPathComponent("var/soz.sqlite.glossary").path))
    let bad = try p.soz(["lookup", "Baky", "--config", "missing.yaml"])
    #expect(bad.status == 2)
  }

  @Test func theMemoryTermCheckReadsTheImportedGlossary() throws {
    let p = try Project([
      "terms.tsv": Self.terms,
      "pairs.tsv": "en\taz\nTalks in Sumgait.\tSumqayit şəhərində danışıqlar.\n",
    ])
    defer { p.remove() }
    let store = p.root.appendingPathComponent("s.sqlite").path
    #expect(try p.soz(["glossary", "import", "terms.tsv", "--store", store]).status == 0)
    #expect(try p.soz(["tm", "import", "pairs.tsv", "--store", store]).status == 0)
    let check = try p.soz(["check", "--store", store, "--format", "line"])
    #expect(check.stdout.contains("key-term"), "\(check.stdout)\(check.stderr)")
    #expect(check.stdout.contains("Sumqayıt"))
  }
}
