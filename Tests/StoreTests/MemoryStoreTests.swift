import Foundation
import Orthography
import SozCore
import Search
import Store
import Terminology
import Testing
import TestSupport

/// The translation-memory tables on real SQLite files.
@Suite struct MemoryStoreTests {
  static func emptyStore() throws -> GlossaryStore {
    let dir = Scratch.root.appendingPathComponent("soz-tm-\(UUID().uuidString)")
    return try GlossaryStore(path: dir.appendingPathComponent("store.sqlite").path)
  }

  static func unit(_ en: String, _ az: String, line: Int = 1, id: String? = nil) -> TranslationUnit {
    TranslationUnit(
      id: id,
      variants: [TranslationVariant(language: .en, text: en), TranslationVariant(language: .az, text: az)],
      location: Terminology.SourceLocation(file: "t.tsv", line: line))
  }

  static func write(_ text: String, ext: String = "tsv") throws -> String {
    let url = Scratch.root.appendingPathComponent("soz-tm-\(UUID().uuidString).\(ext)")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  @Test func importsTheShippedSegmentsOnceWithTheirLines() throws {
    let store = try Self.emptyStore()
    let path = "../../corpus/segments/en-az.tsv"
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(path).standardized.path
    let first = try MemoryImportRun.run(path: file, languages: nil, store: store)
    #expect(first.added == 45 && first.rejected.isEmpty && first.duplicates == 0)
    let again = try MemoryImportRun.run(path: file, languages: nil, store: store)
    #expect(again.added == 0 && again.duplicates == 45)
    #expect(try store.memoryCounts().units == 45)
    let top = try MemorySearcher(store: store).search(
      "Mukhtar Babayev was President of COP29.", from: .en, to: .az)
    #expect(top.first?.score.percent == 101)
    #expect(top.first?.line == 32)
    #expect(top.first?.target == "Muxtar Babayev COP29-un prezidenti olub.")
  }

  @Test func rejectsMalformedRecordsWithTheirLines() throws {
    let store = try Self.emptyStore()
    let path = try Self.write("en\taz\nGood one.\tYaxşı.\nno tab here\n\tboş\nThree\tfields\there\nFine.\tYaxşı!\n")
    let s = try MemoryImportRun.run(path: path, languages: nil, store: store)
    #expect(s.added == 2)
    #expect(s.rejected.map { $0.location?.line } == [3, 4, 5])
    #expect(s.rejected.map(\.reason) == ["expected 2 fields, found 1", "empty en segment", "expected 2 fields, found 3"])
  }

  @Test func csvFollowsRFC4180() throws {
    let store = try Self.emptyStore()
    let path = try Self.write(
      "\"He said \"\"Baku\"\", then left.\",\"O, \"\"Bakı\"\" dedi.\"\r\n\"Two\nlines\",İki\nplain,sadə\n", ext: "csv")
    let s = try MemoryImportRun.run(path: path, languages: [.en, .az], store: store)
    #expect(s.added == 3 && s.rejected.isEmpty)
    let all = try store.memorySegments(containingAnyOf: ["baku", "lines", "plain"], language: .en)
    #expect(all.map(\.text) == ["He said \"Baku\", then left.", "Two\nlines", "plain"])
    #expect(all.map(\.line) == [1, 2, 4])
    #expect(all[0].translations.first?.text == "O, \"Bakı\" dedi.")
  }

  @Test func aFileWithoutLanguagesIsAnErrorAndWritesNothing() throws {
    let store = try Self.emptyStore()
    let path = try Self.write("Hello.\tSalam.\n")
    #expect(throws: SozError.self) { try MemoryImportRun.run(path: path, languages: nil, store: store) }
    #expect(try store.memoryCounts().units == 0)
  }

  @Test func keepsEverythingAUnitCarries() throws {
    let store = try Self.emptyStore()
    var u = Self.unit("Baku", "Bakı", id: "tu-1")
    u.attributes = [
      Annotation(name: "srclang", value: "en"), Annotation(name: "creationdate", value: "20250101T000000Z"),
      Annotation(name: "changedate", value: "20261127T101500Z"), Annotation(name: "creationid", value: "aysel"),
    ]
    u.properties = [Annotation(name: "x-domain", value: "news \"quoted\"\n")]
    u.notes = [Annotation(name: "", value: "checked", language: "en")]
    u.variants[1].markup = "<bpt i=\"1\">&lt;b&gt;</bpt>Bakı<ept i=\"1\">&lt;/b&gt;</ept>"
    let s = try store.importUnits([u, u], origin: MemoryOrigin(path: "x.tmx", format: "tmx"))
    #expect(s.added == 1 && s.duplicates == 1)
    let stats = try store.memoryStats()
    #expect(stats.firstDate == "20250101T000000Z" && stats.lastDate == "20261127T101500Z")
    #expect(stats.pairs.map { "\($0.source)→\($0.target) \($0.units)" } == ["en→az 1"])
    var expected = u
    expected.location = Terminology.SourceLocation(file: "x.tmx", line: 1)
    #expect(try store.memoryUnit(id: 1) == expected)
  }

  @Test func aFailingReaderRollsBackEverything() throws {
    let store = try Self.emptyStore()
    _ = try store.importUnits([Self.unit("One.", "Bir.")], origin: MemoryOrigin(path: "a", format: "test"))
    struct Broken: Error {}
    var n = 0
    #expect(throws: Broken.self) {
      try store.importUnits(origin: MemoryOrigin(path: "b", format: "test")) {
        n += 1
        if n > 20_000 { throw Broken() }
        return .success(Self.unit("Segment \(n) of many.", "Seqment \(n).", line: n))
      }
    }
    #expect(try store.memoryCounts().units == 1)
    #expect(try store.memoryStats().origins.map(\.path) == ["a"])
    #expect(try store.health().integrity == ["ok"])
  }

  @Test func readersAreNotBlockedWhileAnImportHoldsTheWriteLock() throws {
    let store = try Self.emptyStore()
    let glossary = Glossary(concepts: try GlossaryYAMLReader.read(GlossaryStoreTests.yaml, file: "g.yaml"))
    try store.replaceSource(path: "g.yaml", kind: .file, fingerprint: "1", glossary: glossary)
    _ = try store.importUnits([Self.unit("Karabakh is a region.", "Qarabağ bölgədir.")], origin: MemoryOrigin(path: "a", format: "test"))
    let inside = DispatchSemaphore(value: 0)
    let release = DispatchSemaphore(value: 0)
    let done = DispatchSemaphore(value: 0)
    let path = store.path
    Thread.detachNewThread {
      let writer = try! GlossaryStore(path: path)
      var n = 0
      _ = try? writer.importUnits(origin: MemoryOrigin(path: "b", format: "test")) {
        n += 1
        if n == 9000 {
          // Past the first batch: rows are written, the transaction is open.
          inside.signal()
          release.wait()
        }
        return n > 10_000 ? nil : .success(Self.unit("Segment \(n).", "Seqment \(n).", line: n))
      }
      done.signal()
    }
    inside.wait()
    let reader = try GlossaryStore(path: path)
    let started = Date()
    let lookup = try reader.lookup("garabag")
    let counts = try reader.memoryCounts()
    let matches = try MemorySearcher(store: reader).search("Karabakh is a region.", from: .en, to: .az)
    let elapsed = Date().timeIntervalSince(started)
    release.signal()
    done.wait()
    #expect(lookup.candidates.first?.concept.id == "karabakh")
    #expect(counts.units == 1, "a reader sees the store as it was before the import")
    #expect(matches.count == 1)
    #expect(elapsed < 5, "reads did not wait for the writer")
    #expect(try reader.memoryCounts().units == 10_001)
  }
}

/// The streaming TSV/CSV reader gives the same units whatever its chunk
/// size, records and quoted fields crossing chunk boundaries included.
@Suite struct SegmentTableReaderTests {
  static func units(_ path: String, chunk: Int, languages: [LanguageTag]? = nil) throws -> [String] {
    var reader = try SegmentTableReader(path: path, languages: languages, chunkSize: chunk)
    var out: [String] = []
    while let r = try reader.next() {
      switch r {
      case .success(let u):
        out.append("\(u.location!.line):" + u.variants.map { "\($0.language)=\($0.text)" }.joined(separator: "|"))
      case .failure(let e): out.append("reject \(e)")
      }
    }
    return out
  }

  @Test(arguments: [1, 2, 3, 7, 64])
  func csvAcrossChunks(chunk: Int) throws {
    let csv = "\u{FEFF}en,az\r\n\"a, \"\"quoted\"\"\nline\",bir\n\nplain,iki\n\"x\",\"\"\nlast,son"
    let path = try MemoryStoreTests.write(csv, ext: "csv")
    let expected = try Self.units(path, chunk: 1 << 20)
    #expect(expected == [
      "2:en=a, \"quoted\"\nline|az=bir", "5:en=plain|az=iki", "reject \(path):6: empty az segment", "7:en=last|az=son",
    ])
    #expect(try Self.units(path, chunk: chunk) == expected)
  }

  @Test(arguments: [1, 5, 64])
  func tsvAcrossChunks(chunk: Int) throws {
    let tsv = "\u{FEFF}en\taz\r\nOne.\tBir.\r\n\nTwo.\tİki.\nthree\n"
    let path = try MemoryStoreTests.write(tsv)
    let expected = ["2:en=One.|az=Bir.", "4:en=Two.|az=İki.", "reject \(path):5: expected 2 fields, found 1"]
    #expect(try Self.units(path, chunk: chunk) == expected)
    #expect(try Self.units(path, chunk: chunk, languages: [.tr, .kk]).first == "2:tr=One.|kk=Bir.")
  }

  @Test func anUnterminatedQuoteIsAnErrorWithItsLine() throws {
    let path = try MemoryStoreTests.write("a,b\n\"open,x\n", ext: "csv")
    #expect(throws: GlossaryError.self) { try Self.units(path, chunk: 3, languages: [.en, .az]) }
  }
}
