import Foundation
import Testing
import TestSupport

/// `soz align --memory` through the built binaries, on a memory soz-gen
/// writes (issue 17).
@Suite struct AlignMemoryCLITests {
  static func gen(_ args: [String]) throws -> SozCLITests.Run {
    let p = Process()
    p.executableURL = SozCLITests.binary.deletingLastPathComponent().appendingPathComponent("soz-gen")
    p.arguments = args
    let err = Pipe()
    p.standardError = err
    try p.run()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return SozCLITests.Run(status: p.terminationStatus, stdout: "", stderr: String(decoding: e, as: UTF8.self))
  }

  static func dir() throws -> URL {
    let d = Scratch.root.appendingPathComponent("soz-align-memory-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
    return d
  }

  /// The issue's check: names unknown to the glossary, the Azerbaijani
  /// side inflected; the English form and the Azerbaijani base form are
  /// proposed for ≥ 90 % of the names, with precision ≥ 0.95.
  @Test func proposesTheGeneratedNamesAsPairs() throws {
    let d = try Self.dir()
    let g = try Self.gen(["memory", "--shape", "names", "--count", "6000", "--names", "150", "--no-tmx", "--out", d.path])
    #expect(g.status == 0, "\(g.stderr)")
    let store = d.appendingPathComponent("store.sqlite").path
    // The hand-written glossary files only: soz-gen's invented names may
    // spell a real town of the generated files, and the check is about
    // names the glossary does not know.
    let glossary = d.appendingPathComponent("hand-written")
    try FileManager.default.createDirectory(at: glossary, withIntermediateDirectories: true)
    let shipped = SozCLITests.repo.appendingPathComponent("glossaries")
    for name in try FileManager.default.contentsOfDirectory(atPath: shipped.path) where name.hasSuffix(".yaml") {
      try FileManager.default.copyItem(
        at: shipped.appendingPathComponent(name), to: glossary.appendingPathComponent(name))
    }
    let common = ["--store", store, "--glossary", glossary.path]
    let imported = try SozCLITests.soz(["tm", "import", d.appendingPathComponent("segments.tsv").path] + common)
    #expect(imported.status == 0, "\(imported.stderr)")
    let r = try SozCLITests.soz(["align", "--memory", "--from", "en", "--to", "az", "--format", "json"] + common)
    #expect(r.status == 1, "new concepts are findings: \(r.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
    let pairs = try #require(json?["pairs"] as? [[String: Any]])
    let proposed = Set(pairs.map { "\($0["source"] as? String ?? "")\t\($0["target"] as? String ?? "")" })
    let gold = try String(contentsOf: d.appendingPathComponent("names.tsv"), encoding: .utf8)
      .split(separator: "\n").dropFirst().map { line -> String in
        let cols = line.split(separator: "\t")
        return "\(cols[0])\t\(cols[1])"
      }
    #expect(gold.count >= 250)
    let found = gold.filter { proposed.contains($0) }.count
    let correct = proposed.filter { Set(gold).contains($0) }.count
    let recall = Double(found) / Double(gold.count)
    let precision = Double(correct) / Double(max(1, proposed.count))
    #expect(recall >= 0.90, "recall \(recall)")
    #expect(precision >= 0.95, "precision \(precision): \(proposed.subtracting(gold).sorted().prefix(10))")
    // Every pair carries the issue's fields; scores come sorted.
    let first = try #require(pairs.first)
    for key in ["source", "target", "count", "score", "concept", "status", "examples"] {
      #expect(first[key] != nil, "missing \(key)")
    }
    let scores = pairs.compactMap { $0["score"] as? Double }
    #expect(scores == scores.sorted(by: >))
    #expect(pairs.allSatisfy { ($0["status"] as? String) == "new-concept" && $0["concept"] is NSNull })
  }

  /// The shipped segments: every pair is known to the shipped glossary, so
  /// the run is clean (0); a patch from a memory with a new name applies,
  /// after which the name is known.
  @Test func shippedMemoryIsKnownAndAPatchMakesNewNamesKnown() throws {
    let d = try Self.dir()
    let glossary = d.appendingPathComponent("glossaries")
    try FileManager.default.copyItem(at: SozCLITests.repo.appendingPathComponent("glossaries"), to: glossary)
    let store = d.appendingPathComponent("store.sqlite").path
    let common = ["--store", store, "--glossary", glossary.path]
    let segments = SozCLITests.repo.appendingPathComponent("corpus/segments/en-az.tsv").path
    #expect(try SozCLITests.soz(["tm", "import", segments] + common).status == 0)
    let shipped = try SozCLITests.soz(["align", "--memory", "--from", "en", "--to", "az", "--format", "json"] + common)
    let json = try JSONSerialization.jsonObject(with: Data(shipped.stdout.utf8)) as? [String: Any]
    let pairs = try #require(json?["pairs"] as? [[String: Any]])
    #expect(pairs.contains { $0["source"] as? String == "Baku" && $0["target"] as? String == "Bakı" && $0["status"] as? String == "known" })

    let extra = d.appendingPathComponent("extra.tsv")
    try Data(
      "en\taz\nFamilies returned to Kangoba.\tAilələr Kənqobəyə qayıdıb.\nA school opened in Kangoba.\tKənqobədə məktəb açılıb.\nThey met residents of Kangoba.\tOnlar Kənqobənin sakinləri ilə görüşüb.\n"
        .utf8
    ).write(to: extra)
    #expect(try SozCLITests.soz(["tm", "import", extra.path] + common).status == 0)
    let patch = d.appendingPathComponent("patch.yaml")
    let before = try SozCLITests.soz(["align", "--memory", "--from", "en", "--to", "az", "--write-patch", patch.path] + common)
    #expect(before.status == 1, "\(before.stdout)\(before.stderr)")
    #expect(before.stdout.contains("Kangoba → Kənqobə"), "\(before.stdout)")
    let applied = try SozCLITests.soz(["glossary", "apply", patch.path, "--glossary", glossary.path])
    #expect(applied.status == 0, "\(applied.stdout)\(applied.stderr)")
    let after = try SozCLITests.soz(["align", "--memory", "--from", "en", "--to", "az", "--format", "json"] + common)
    let again = try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [String: Any]
    let kangoba = (again?["pairs"] as? [[String: Any]])?.first { $0["source"] as? String == "Kangoba" }
    #expect(kangoba?["status"] as? String == "known", "\(after.stdout)")
    #expect(kangoba?["concept"] as? String == "kangoba")
  }

  @Test func usageErrors() throws {
    let r = try SozCLITests.soz(["align", "--memory", "--from", "en"])
    #expect(r.status == 64, "\(r.stderr)")
    let s = try SozCLITests.soz(["align", "--memory", "--from", "en", "--to", "az", "--method", "lowercase-edit"])
    #expect(s.status == 64)
    let t = try SozCLITests.soz(["align", "corpus/articles", "--from", "en"])
    #expect(t.status == 64)
  }
}
