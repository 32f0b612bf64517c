import Foundation
import Linting
import SozCore
import Terminology
import TestSupport
import Testing

/// `soz lint` over many files reads and lints them a batch at a time: the
/// findings (`inconsistent` across files included) must not depend on
/// where the batches fall, and the texts are kept only when asked for.
@Suite struct LintRunBatchTests {
  static let glossary = Glossary(concepts: [
    Concept(
      id: "karabakh", kind: .place,
      forms: [
        Form(text: "Karabakh", language: .en, status: .preferred),
        Form(text: "Garabagh", language: .en, status: .admitted),
        Form(text: "Artsakh", language: .en, status: .forbidden, replacement: "Karabakh"),
        Form(text: "Qarabağ", language: .az, status: .preferred),
      ]),
    Concept(
      id: "nakhchivan", kind: .place,
      forms: [
        Form(text: "Nakhchivan", language: .en, status: .preferred),
        Form(text: "Naxçıvan", language: .az, status: .preferred),
      ]),
  ])

  /// Five articles: a spelling in each that `inconsistent` weighs across
  /// them, a forbidden form, a wrong-language form, a clean one.
  static let files: [(String, String)] = [
    ("a.txt", "Karabakh today.\n\nThe road to Nakhchivan.\n"),
    ("b.md", "# Garabagh\n\nGarabagh tomorrow, Artsakh never.\n"),
    ("c.txt", "Nothing to see here.\n"),
    ("d.txt", "Naxçıvan in an English text. Karabakh again.\n"),
    ("e.txt", "Garabagh once more.\n"),
  ]

  func corpus() throws -> URL {
    let dir = Scratch.root.appendingPathComponent("lint-batches-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for (name, text) in Self.files {
      try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }
    return dir
  }

  @Test(arguments: [1, 40, 100, 32 << 20])
  func findingsDoNotDependOnTheBatches(batchBytes: Int) throws {
    let dir = try corpus()
    defer { try? FileManager.default.removeItem(at: dir) }
    let compiled = Linter(glossary: Self.glossary).compiled
    let whole = Linter(compiled: compiled).lint(
      try Self.files.map { Document(path: dir.path + "/" + $0.0, text: $0.1) },
      configuration: LintConfiguration(language: .en))
    let run = LintRun.run(
      paths: [dir.path], glossary: compiled, language: .en, keepDocuments: false,
      batchBytes: batchBytes)
    #expect(run.failures.isEmpty)
    #expect(run.files == 5)
    #expect(run.documents.isEmpty)
    #expect(run.findings == whole)
    // The run is not trivially equal: every rule the articles trip is there.
    let rules = Set(run.findings.map(\.rule))
    #expect(rules.isSuperset(of: ["variant", "wrong-language", "inconsistent"]))
    let inconsistent = run.findings.filter { $0.rule == "inconsistent" }
    #expect(inconsistent.count == 1)
    #expect(inconsistent.first?.related.count == 4)
  }

  @Test func documentsAreKeptWhenAskedAndStandardInputIsFound() throws {
    let dir = try corpus()
    defer { try? FileManager.default.removeItem(at: dir) }
    let compiled = Linter(glossary: Self.glossary).compiled
    let run = LintRun.run(
      paths: [dir.path + "/a.txt", "-", dir.path + "/e.txt"], glossary: compiled,
      language: .en, batchBytes: 1,
      standardInput: { Data("Artsakh on stdin.\n".utf8) })
    #expect(run.documents.map(\.path) == [dir.path + "/a.txt", LintRun.standardInputName, dir.path + "/e.txt"])
    #expect(run.standardInput == 1)
    // Standard input that is not UTF-8 is a failure, not the next file.
    let bad = LintRun.run(
      paths: ["-", dir.path + "/e.txt"], glossary: compiled, language: .en,
      standardInput: { Data([0x41, 0xFF, 0x0A]) })
    #expect(bad.failures.count == 1)
    #expect(bad.files == 1)
    #expect(bad.standardInput == nil)
  }
}
