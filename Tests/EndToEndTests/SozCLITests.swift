import Foundation
import Testing
import TestSupport

/// Runs the built `soz` binary the way users and CI do, and checks its
/// standard output, standard error and exit status.
@Suite struct SozCLITests {
  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static let repo = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static var binary: URL {
    // The test bundle sits in the build directory next to the executable.
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0])
    var dir = bundle.deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = dir.appendingPathComponent("soz")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      dir = dir.deletingLastPathComponent()
    }
    return repo.appendingPathComponent(".build/debug/soz")
  }

  static func soz(
    _ args: [String], stdin: String? = nil, env: [String: String] = [:], cwd: URL? = nil
  ) throws -> Run {
    let p = Process()
    p.executableURL = binary
    p.arguments = args
    p.currentDirectoryURL = cwd ?? repo
    var environment = ProcessInfo.processInfo.environment
    environment.removeValue(forKey: "SOZ_STORE")
    environment.removeValue(forKey: "SOZ_GLOSSARY")
    for (k, v) in env { environment[k] = v }
    p.environment = environment
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = input
    try p.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return Run(
      status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
      stderr: String(decoding: e, as: UTF8.self))
  }

  static func tempStore() -> String {
    Scratch.root
      .appendingPathComponent("soz-e2e-\(UUID().uuidString)/store.sqlite").path
  }

  /// The issue's examples on the shipped glossary, with the concept each
  /// must find.
  @Test(arguments: [
    ("Aygun Aliyeva", "aygun-aliyeva"), ("garabag", "karabakh"), ("Нахчыван", "nakhchivan"),
    ("TURKIYE", "turkiye"), ("nakchivan", "nakhchivan"), ("Тоқаев", "kassym-jomart-tokayev"),
    ("ilham aliyev", "ilham-aliyev"),
  ])
  func looksUpTheIssueExamples(query: String, concept: String) throws {
    let store = Self.tempStore()
    let r = try Self.soz(["lookup", query, "--format", "json", "--store", store, "--glossary", "glossaries"])
    #expect(r.status == 0, "\(r.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
    let first = (json?["candidates"] as? [[String: Any]])?.first
    #expect(first?["concept"] as? String == concept, "\(r.stdout)")
  }

  @Test func langPrintsOnlyTheCanonicalForm() throws {
    let store = Self.tempStore()
    let r = try Self.soz(["lookup", "Karabakh", "--lang", "az", "--store", store, "--glossary", "glossaries"])
    #expect(r.status == 0)
    #expect(r.stdout == "Qarabağ\n")
  }

  @Test func noMatchExitsOne() throws {
    let store = Self.tempStore()
    let r = try Self.soz(["lookup", "Qwxzpt Vvvv", "--store", store, "--glossary", "glossaries"])
    #expect(r.status == 1)
    #expect(r.stdout.hasPrefix("no match for 'Qwxzpt Vvvv'"))
  }

  @Test func batchWritesOneJSONLinePerQuery() throws {
    let store = Self.tempStore()
    let r = try Self.soz(
      ["lookup", "--batch", "--store", store, "--glossary", "glossaries"], stdin: "Baku\n\nQarabağ\n")
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    for line in lines {
      let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      #expect(obj?["match"] as? Bool == true)
    }
  }

  @Test(arguments: [
    ["lookup"], ["lookup", "x", "--lang", "english"], ["lookup", "--limit", "0", "x"], ["frobnicate"],
  ])
  func usageErrorsExit64(args: [String]) throws {
    let r = try Self.soz(args + ["--store", Self.tempStore()])
    #expect(r.status == 64, "\(r.stderr)")
  }

  @Test func glossaryCheckPassesOnTheShippedGlossary() throws {
    let r = try Self.soz(["glossary", "check", "glossaries"])
    #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
    #expect(r.stderr.contains("no issues"))
  }

  @Test func glossaryCheckReportsIssuesWithFileAndLine() throws {
    let dir = Scratch.root.appendingPathComponent("soz-check-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let file = dir.appendingPathComponent("bad.tsv")
    try "concept\tlang\tform\tstatus\na\ten\tBaku\tpreferred\nb\ten\tBaku\tpreferred\n"
      .write(to: file, atomically: true, encoding: .utf8)
    let r = try Self.soz(["glossary", "check", file.path])
    #expect(r.status == 1)
    #expect(r.stdout.contains("bad.tsv:3:1: duplicate-form: 'Baku' is claimed by 'b' and by 'a'"))
  }

  @Test func unreadableGlossaryExitsTwoWithLocation() throws {
    let dir = Scratch.root.appendingPathComponent("soz-bad-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let file = dir.appendingPathComponent("bad.yaml")
    try "- id: a\n  kind: [place\n".write(to: file, atomically: true, encoding: .utf8)
    let r = try Self.soz(["glossary", "check", file.path])
    #expect(r.status == 2)
    #expect(r.stderr.contains("bad.yaml:3:"))
  }

  @Test func importThenLookupFromAColdProcess() throws {
    let dir = Scratch.root.appendingPathComponent("soz-imp-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let file = dir.appendingPathComponent("terms.tsv")
    try "concept\tlang\tform\tstatus\tkind\nsumgait\ten\tSumgait\tpreferred\tplace\nsumgait\taz\tSumqayıt\tpreferred\t\n"
      .write(to: file, atomically: true, encoding: .utf8)
    let store = dir.appendingPathComponent("s.sqlite").path
    let imported = try Self.soz(["glossary", "import", file.path, "--store", store])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout.hasPrefix("imported 1 concepts, 2 forms"))
    let r = try Self.soz(["lookup", "sumqayit", "--lang", "en"], env: ["SOZ_STORE": store])
    #expect(r.stdout == "Sumgait\n")
  }
}
