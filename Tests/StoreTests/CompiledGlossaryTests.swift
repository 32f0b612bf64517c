import Foundation
import Linting
import Matching
import Orthography
import SozCore
import Store
import Terminology
import Testing
import TestSupport

/// The compiled glossary kept beside the store: the same image whether
/// compiled from files or from the store's rows, reused while the glossary
/// is unchanged, rebuilt when it changes, and never trusted blindly.
@Suite struct CompiledGlossaryTests {
  static let repo = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let shipped = repo.appendingPathComponent("glossaries")

  /// A workspace on a fresh store that follows the shipped glossary.
  static func workspace() throws -> (Workspace, URL) {
    let dir = Scratch.root.appendingPathComponent("soz-compiled-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let w = try Workspace(
      store: dir.appendingPathComponent("store.sqlite").path, glossary: shipped.path, environment: [:],
      workingDirectory: dir, executable: nil)
    return (w, dir)
  }

  @Test func theStoreCompilesTheSameImageAsTheFiles() throws {
    let (w, dir) = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: dir) }
    let store = try w.openStore()
    let fromStore = try w.compiledGlossary(store)
    let files = try GlossaryYAMLReader.readDirectory(Self.shipped)
    let fromFiles = Linter.compile(files, fingerprint: fromStore.fingerprint)
    let onDisk = try Data(contentsOf: URL(fileURLWithPath: store.compiledPath))
    // Keys as the store kept them equal keys computed again with ICU.
    #expect(Array(onDisk) == fromFiles)
    #expect(fromStore.conceptCount == files.concepts.count)
    #expect(fromStore.formCount == files.concepts.reduce(0) { $0 + $1.forms.count })
  }

  @Test func lintFindsTheSameThroughTheStoreAsFromTheFiles() throws {
    let (w, dir) = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: dir) }
    let (_, compiled) = try w.open()
    var documents: [Document] = []
    let planted = Self.repo.appendingPathComponent("corpus/articles/planted")
    for path in LintRunFiles.list(planted) {
      documents.append(Document(path: path, text: try String(contentsOfFile: path, encoding: .utf8)))
    }
    #expect(documents.count >= 4)
    let viaStore = Linter(compiled: compiled).lint(documents)
    let viaFiles = Linter(glossary: try GlossaryYAMLReader.readDirectory(Self.shipped)).lint(documents)
    #expect(!viaStore.isEmpty)
    #expect(viaStore == viaFiles)
  }

  @Test func theImageIsReusedUntilTheGlossaryChanges() throws {
    let (w, dir) = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: dir) }
    let store = try w.openStore()
    let first = try w.compiledGlossary(store)
    let inode = try Self.inode(store.compiledPath)
    // Opened again: the same file, not rewritten.
    let again = try w.compiledGlossary(try w.openStore())
    #expect(again.fingerprint == first.fingerprint)
    #expect(try Self.inode(store.compiledPath) == inode)
    // An import changes the glossary: a new image with the new concept.
    let tsv = dir.appendingPathComponent("t.tsv")
    try "concept\tlang\tform\tstatus\nzorbatown\ten\tZorbatown\tpreferred\n".write(to: tsv, atomically: true, encoding: .utf8)
    try GlossarySync.importPath(tsv.path, into: store)
    let changed = try w.compiledGlossary(store)
    #expect(changed.fingerprint != first.fingerprint)
    #expect(changed.concept(id: "zorbatown")?.forms.map(\.text) == ["Zorbatown"])
    #expect(try Self.inode(store.compiledPath) != inode)
    // Removing it changes the glossary back.
    try store.removeSource(path: tsv.path)
    #expect(try w.compiledGlossary(store).concept(id: "zorbatown") == nil)
  }

  @Test func aDamagedOrForeignImageIsCompiledAgain() throws {
    let (w, dir) = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: dir) }
    let store = try w.openStore()
    let good = try w.compiledGlossary(store)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: store.compiledPath))
    for damaged in [Data(), Data("not an index".utf8), bytes.prefix(bytes.count / 2), bytes.prefix(40)] {
      try damaged.write(to: URL(fileURLWithPath: store.compiledPath))
      let reopened = try w.compiledGlossary(store)
      #expect(reopened.fingerprint == good.fingerprint)
      #expect(reopened.concept(id: "karabakh")?.preferred(in: .az)?.text == "Qarabağ")
    }
  }

  @Test func truncatedImagesAreRefusedAndFlippedBytesNeverCrash() throws {
    let glossary = try GlossaryYAMLReader.readDirectory(Self.shipped)
    let bytes = Linter.compile(glossary, fingerprint: "x")
    for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 97)) {
      #expect(throws: CompiledGlossaryError.self) { try CompiledGlossary(image: .init(Array(bytes.prefix(cut)))) }
    }
    var seed: UInt64 = 0x5EED
    for _ in 0..<60 {
      var damaged = bytes
      for _ in 0..<8 {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        damaged[Int(seed >> 33) % damaged.count] = UInt8(truncatingIfNeeded: seed >> 17)
      }
      guard let compiled = try? CompiledGlossary(image: .init(damaged)) else { continue }
      // Whatever the flips hit, a lint returns (findings or none).
      _ = Linter(compiled: compiled).lint([
        Document(path: "a.txt", text: "Naxçıvan and Karabakh, Qarabağda, Organization of Turkic States.")
      ])
    }
  }

  @Test func aFormatChangeIsDetected() throws {
    var bytes = Linter.compile(Glossary(), fingerprint: "x")
    bytes[8] = UInt8(truncatingIfNeeded: CompiledGlossary.formatVersion + 1)
    #expect(throws: CompiledGlossaryError.format(found: Int(CompiledGlossary.formatVersion + 1))) {
      try CompiledGlossary(image: .init(bytes))
    }
  }

  static func inode(_ path: String) throws -> UInt64 {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
  }
}

/// The planted corpus's files.
enum LintRunFiles {
  static func list(_ dir: URL) -> [String] {
    let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)
    var out: [String] = []
    while let url = walker?.nextObject() as? URL {
      if ["md", "txt", "html"].contains(url.pathExtension) { out.append(url.path) }
    }
    return out.sorted()
  }
}
