import Foundation
import Orthography
import PropertyBased
@testable import Search
import Store
import Terminology
import Testing
import TestSupport

/// A seeded sample memory: a few thousand generated segments with a
/// skewed word distribution (common words in most segments, rare ones in
/// few), near-duplicates and case/punctuation twins, so that the index's
/// pruning and the ties of the order are exercised.
final class SampleMemory: @unchecked Sendable {
  let store: GlossaryStore
  let sources: [[String]]
  let vocabulary: [String]

  static let shared = try! SampleMemory(count: 3000)
  /// Formulaic copy (issue #15): a 40-word vocabulary, every word in a
  /// large share of the segments, segments of a few fixed frames that
  /// differ in one or two words, so that no rare word narrows a search.
  static let formulaic = try! SampleMemory(count: 3000, formulaic: true)

  init(count: Int, formulaic: Bool = false) throws {
    var r = SplitMix(seed: formulaic ? 15 : 42)
    let syllables = ["ka", "ra", "bağ", "na", "xçı", "van", "tə", "ş", "ki", "lat", "ba", "kı", "şu", "ğa", "ıl", "ham"]
    var vocab = Set<String>()
    while vocab.count < (formulaic ? 40 : 600) {
      var w = ""
      for _ in 0..<(1 + r.int(3)) { w += syllables[r.int(syllables.count)] }
      vocab.insert(w)
    }
    let vocabulary = vocab.sorted()
    self.vocabulary = vocabulary
    func word(_ r: inout SplitMix) -> String {
      // Skewed: a few words are in most segments, most are rare.
      vocabulary[Int(pow(r.unit(), 3) * Double(vocabulary.count))]
    }
    // Formulaic frames: fixed words with slots filled from the vocabulary.
    var frames: [[String?]] = []
    for _ in 0..<(formulaic ? 4 : 0) {
      frames.append((0..<(8 + r.int(6))).map { _ in r.int(3) == 0 ? nil : word(&r) })
    }
    var sources: [[String]] = []
    for i in 0..<count {
      if formulaic {
        sources.append(frames[r.int(frames.count)].map { $0 ?? vocabulary[r.int(vocabulary.count)] })
      } else if i > 10, r.int(10) == 0 {
        // A near-duplicate of an earlier segment.
        var s = sources[r.int(sources.count)]
        s[r.int(s.count)] = word(&r)
        sources.append(s)
      } else {
        sources.append((0..<(3 + r.int(14))).map { _ in word(&r) })
      }
    }
    self.sources = sources
    let dir = Scratch.root.appendingPathComponent("soz-sample-\(UUID().uuidString)")
    store = try GlossaryStore(path: dir.appendingPathComponent("store.sqlite").path)
    var units: [TranslationUnit] = []
    for (i, s) in sources.enumerated() {
      // Every seventh segment also appears capitalised and with a full stop
      // (same words: 100, not exact).
      var texts = [s.joined(separator: " ")]
      if i % 7 == 0 { texts.append(CaseMapper.capitalizedFirst(texts[0], language: .en) + ".") }
      for t in texts {
        units.append(
          TranslationUnit(
            id: "u\(i)-\(t.count)",
            variants: [
              TranslationVariant(language: .en, text: t),
              TranslationVariant(language: .az, text: "az " + s.reversed().joined(separator: " ")),
            ], location: Terminology.SourceLocation(file: "sample", line: i + 1)))
      }
    }
    // A few units without an az side: never returned for en → az.
    units.append(
      TranslationUnit(variants: [
        TranslationVariant(language: .en, text: sources[0].joined(separator: " ") + " x"),
        TranslationVariant(language: .tr, text: "tr"),
      ]))
    _ = try store.importUnits(units, origin: MemoryOrigin(path: "sample", format: "test"))
  }

  /// A query made from segment `index` by `edits` random word edits.
  func edited(_ index: Int, edits: Int, seed: Int) -> String {
    var r = SplitMix(seed: UInt64(seed))
    var s = sources[index % sources.count]
    for _ in 0..<edits {
      switch r.int(3) {
      case 0 where s.count > 1: s.remove(at: r.int(s.count))
      case 1: s.insert(vocabulary[r.int(vocabulary.count)], at: r.int(s.count + 1))
      default: s[r.int(s.count)] = vocabulary[r.int(vocabulary.count)]
      }
    }
    return s.joined(separator: " ")
  }
}

/// Top-k from the index equals top-k from scoring every segment.
@Suite struct IndexEquivalenceTests {
  static let minimums = [1, 30, 50, 60, 70, 80, 90, 100, 101]

  /// The plain sample and the formulaic one.
  static let memories = [SampleMemory.shared, SampleMemory.formulaic]

  static func same(_ query: String, minimum: Int, limit: Int, in memory: SampleMemory = .shared) throws {
    let searcher = MemorySearcher(store: memory.store)
    let indexed = try searcher.search(query, from: .en, to: .az, minimum: minimum, limit: limit)
    let exhaustive = try searcher.exhaustiveSearch(query, from: .en, to: .az, minimum: minimum, limit: limit)
    #expect(
      indexed.map { [$0.variantID, Int64($0.score.percent), Int64($0.score.detail)] }
        == exhaustive.map { [$0.variantID, Int64($0.score.percent), Int64($0.score.detail)] },
      "query '\(query)' min \(minimum) limit \(limit)")
    #expect(indexed == exhaustive)
  }

  @Test("Queries made by editing one or two words of a stored segment", arguments: [0, 1])
  func editedQueries(memoryIndex: Int) async {
    let memory = Self.memories[memoryIndex]
    await propertyCheck(
      count: 300, input: Gen.int(in: 0..<memory.sources.count), Gen.int(in: 0...2), Gen.int(in: 0...1_000_000),
      Gen.int(in: 0..<Self.minimums.count), Gen.int(in: 1...10)
    ) { index, edits, seed, minimum, limit in
      try Self.same(
        memory.edited(index, edits: edits, seed: seed), minimum: Self.minimums[minimum], limit: limit,
        in: memory)
    }
  }

  @Test("Random unrelated queries, with words the memory lacks", arguments: [0, 1])
  func unrelatedQueries(memoryIndex: Int) async {
    let memory = Self.memories[memoryIndex]
    let words = Gen<String?>.element(of: memory.vocabulary + ["zzz", "qqq", "Karabakh"]).map { $0! }
      .array(of: 1...14)
    await propertyCheck(
      count: 200, input: words, Gen.int(in: 0..<Self.minimums.count), Gen.int(in: 1...10)
    ) { words, minimum, limit in
      try Self.same(words.joined(separator: " "), minimum: Self.minimums[minimum], limit: limit, in: memory)
    }
  }

  @Test func anEditedSegmentFindsItsOriginalFirst() throws {
    let memory = SampleMemory.shared
    let searcher = MemorySearcher(store: memory.store)
    var found = 0
    for i in stride(from: 1, to: 400, by: 4) where memory.sources[i].count >= 10 {
      let q = memory.edited(i, edits: 1, seed: i)
      let top = try searcher.search(q, from: .en, to: .az, minimum: 50, limit: 5)
      if top.contains(where: { $0.source.lowercased().hasPrefix(memory.sources[i].joined(separator: " ")) }) {
        found += 1
      }
      #expect(!top.isEmpty)
    }
    #expect(found > 0)
  }

  @Test func exactTextComesFirstAndUnitsWithoutTheTargetAreSkipped() throws {
    let memory = SampleMemory.shared
    let searcher = MemorySearcher(store: memory.store)
    let text = memory.sources[7].joined(separator: " ")
    let top = try searcher.search(text, from: .en, to: .az, minimum: 90, limit: 5)
    #expect(top.first?.score.percent == 101)
    #expect(top.first?.source == text)
    #expect(top.dropFirst().first?.score.percent == 100)
    #expect(top.allSatisfy { $0.target.hasPrefix("az ") })
  }
}

/// The two ways of finding candidates (prefix filtering, and counting every
/// known list once) give the same segments with the same overlaps at every
/// threshold, whichever the search picks.
@Suite struct CandidateCountingTests {
  static func compare(_ query: String, in memory: SampleMemory) throws {
    let searcher = MemorySearcher(store: memory.store)
    try memory.store.withMemoryReader { db in
      let q = try searcher.prepare(query, language: .en, db)
      let known = q.known.reduce(0) { $0 + $1.weight }
      guard known > 0 else { return }
      // Counting alone, and with the densest lists as bitmaps (every list
      // qualifies by size on a sample this small) for thresholds above
      // their weight.
      for lowest in Set([1, max(1, known / 2), max(1, known - 1)]).sorted() {
        let counts = try searcher.overlapCounts(q, lowest: lowest, denseFrom: lowest == 1 ? 4_096 : 1, db)
        #expect(counts.denseWeight < lowest)
        for t in lowest...known {
          let prefix = try searcher.candidates(q, atLeast: t, db)
          let counted = counts.candidates(atLeast: t)
          #expect(prefix.map(\.0) == counted.map(\.0), "query '\(query)' lowest \(lowest) t \(t)")
          #expect(prefix.map(\.1) == counted.map(\.1), "query '\(query)' lowest \(lowest) t \(t)")
        }
      }
    }
  }

  @Test("Edited and unrelated queries on the plain and the formulaic sample", arguments: [0, 1])
  func sameCandidates(memoryIndex: Int) async {
    let memory = IndexEquivalenceTests.memories[memoryIndex]
    await propertyCheck(
      count: 100, input: Gen.int(in: 0..<memory.sources.count), Gen.int(in: 0...3), Gen.int(in: 0...1_000_000)
    ) { index, edits, seed in
      try Self.compare(memory.edited(index, edits: edits, seed: seed), in: memory)
    }
  }

  /// The formulaic sample is where counting should win, the plain one
  /// (rare words narrow the prefix) where it should not.
  @Test func countingIsChosenWhereEveryWordIsCommon() throws {
    func chooses(_ memory: SampleMemory) throws -> Int {
      let searcher = MemorySearcher(store: memory.store)
      return try memory.store.withMemoryReader { db in
        try (0..<40).filter { i in
          let q = try searcher.prepare(memory.edited(i * 37, edits: 1, seed: i), language: .en, db)
          let known = q.known.reduce(0) { $0 + $1.weight }
          return MemorySearcher.countingPays(q.known, atLeast: max(1, known - 1), lowest: max(1, known * 7 / 10))
        }.count
      }
    }
    let f = try chooses(SampleMemory.formulaic), p = try chooses(SampleMemory.shared)
    #expect(f >= 25)
    #expect(p <= 12)
  }

  /// 77 counts: two blocks of 32, one word of 8 and a tail of 5, with
  /// counts in each.
  @Test("Counts above a threshold, 32 and eight at a time and in the tail", arguments: [1, 2, 3, 7, 127])
  func thresholdScan(t: Int) {
    var counts = [UInt8](repeating: 0, count: 77)
    for (i, c) in [(0, 1), (5, 2), (8, 3), (15, 7), (16, 127), (33, 2), (36, 3), (63, 7), (64, 1), (71, 127), (76, 3)] {
      counts[i] = UInt8(c)
    }
    let found = MemorySearcher.OverlapCounts(base: 100, counts: counts).candidates(atLeast: t)
    let expected = counts.enumerated().filter { Int($0.element) >= t }.map { (UInt32(100 + $0.offset), Int($0.element)) }
    #expect(found.map(\.0) == expected.map(\.0))
    #expect(found.map(\.1) == expected.map(\.1))
  }

  /// Property: for random counts of random lengths and densities, the
  /// scan keeps exactly the counts at or above the threshold, in order.
  @Test func thresholdScanProperty() async {
    await propertyCheck(
      count: 300,
      input: Gen.int(in: 0...127).array(of: 0...300), Gen.int(in: 0...100), Gen.int(in: 1...127)
    ) { raw, zeroPercent, t in
      // Mostly zeros, as a real count array is.
      let counts = raw.enumerated().map { i, c in (i * 37 + c) % 100 < zeroPercent ? UInt8(0) : UInt8(c) }
      let found = MemorySearcher.OverlapCounts(base: 7, counts: counts).candidates(atLeast: t)
      let expected = counts.enumerated().filter { Int($0.element) >= t }.map { (UInt32(7 + $0.offset), Int($0.element)) }
      #expect(found.map(\.0) == expected.map(\.0))
      #expect(found.map(\.1) == expected.map(\.1))
    }
  }
}

/// The batch probe of segments' word ids (read through SQLite's C API)
/// answers exactly what one probe per segment does, missing ids included.
@Suite struct WordIDsBatchTests {
  @Test(arguments: [[Int64](), [1], [1, 2, 3], Array(1...400), [5, 999_999, 7, -1, 7]])
  func batchEqualsOneByOne(ids: [Int64]) throws {
    try SampleMemory.formulaic.store.withMemoryReader { db in
      let batch = try db.wordIDs(variants: ids)
      #expect(batch.map(\.id) == ids)
      for (id, words) in batch {
        #expect(words == (try db.wordIDs(variant: id)), "variant \(id)")
      }
      #expect(batch.contains { !$0.words.isEmpty } == ids.contains { $0 >= 1 && $0 <= 400 })
    }
  }
}
