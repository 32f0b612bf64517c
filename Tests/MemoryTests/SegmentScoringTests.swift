import Matching
import Orthography
import PropertyBased
import Testing

/// The pure tokenizer and scoring of fuzzy search.
@Suite struct SegmentScoringTests {
  @Test(arguments: [
    ("Families return to Karabakh.", LanguageTag.en, ["families", "return", "to", "karabakh"]),
    ("Karabağ'da ve İSTANBUL'da", .tr, ["karabağ'da", "ve", "istanbul'da"]),
    ("IĞDIR ILISU", .tr, ["ığdır", "ılısu"]),
    ("ILHAM Aliyev", .en, ["ilham", "aliyev"]),
    ("Azərbaycan-Qazaxıstan QHT Forumu", .az, ["azərbaycan", "qazaxıstan", "qht", "forumu"]),
    ("COP29-dan sonra, 2025-ci ildə", .az, ["cop29", "dan", "sonra", "2025", "ci", "ildə"]),
    ("Karabakh’s  'quoted' words", .en, ["karabakh's", "quoted", "words"]),
    ("Қасым-Жомарт ТОҚАЕВ", .kk, ["қасым", "жомарт", "тоқаев"]),
  ])
  func tokenizes(text: String, language: LanguageTag, keys: [String]) {
    #expect(SegmentTokenizer.keys(of: text, language: language) == keys)
  }

  @Test func tokenRangesPointIntoTheText() {
    let text = "Qarabağ’a və Şuşaya!"
    let scalars = Array(text.unicodeScalars)
    let words = SegmentTokenizer.tokens(of: text, language: .az).map {
      String(String.UnicodeScalarView(scalars[$0.range]))
    }
    #expect(words == ["Qarabağ’a", "və", "Şuşaya"])
  }

  @Test(arguments: [
    // (distance, n, m, percent)
    (0, 10, 10, 100), (1, 10, 10, 90), (1, 10, 11, 90), (2, 10, 10, 80), (1, 3, 3, 66),
    (3, 4, 4, 25), (1, 1, 1, 0), (1, 12, 12, 91),
  ])
  func percentages(d: Int, n: Int, m: Int, percent: Int) {
    #expect(SegmentSimilarity.percent(distance: d, n: n, m: m) == percent)
  }

  @Test func exactTextScores101AndEqualWords100() throws {
    let ids: [UInt32] = [1, 2, 3]
    let exact = SegmentSimilarity.score(
      query: ids, candidate: ids, queryText: "A b c.", candidateText: "A b c.", queryNormalized: "a b c",
      candidateNormalized: "a b c", minimum: 70)
    let same = SegmentSimilarity.score(
      query: ids, candidate: ids, queryText: "A b c.", candidateText: "a b c!", queryNormalized: "a b c",
      candidateNormalized: "a b c", minimum: 70)
    #expect(exact?.percent == 101)
    #expect(same?.percent == 100)
    #expect(try #require(exact) < #require(same))
  }

  @Test func differingPositionsMarkReplacedAndInsertedWords() {
    // query: a b c d; candidate: a x c d e → x (replaced) and e (inserted)
    #expect(SegmentSimilarity.differingPositions(query: [1, 2, 3, 4], candidate: [1, 9, 3, 4, 5]) == [1, 4])
    #expect(SegmentSimilarity.differingPositions(query: [1, 2], candidate: [1, 2]) == [])
  }

  static let words = Gen<UInt32?>.element(of: Array<UInt32>(1...6)).map { $0! }.array(of: 0...12)

  @Test("The bounded distance equals the full one within the bound, nil beyond")
  func boundedDistance() async {
    await propertyCheck(count: 400, input: Self.words, Self.words, Gen.int(in: 0...8)) { a, b, bound in
      let full = SegmentSimilarity.distance(a, b)!
      let bounded = SegmentSimilarity.distance(a, b, bound: bound)
      #expect(bounded == (full <= bound ? full : nil))
    }
  }

  @Test("The overlap bound never undercuts the real score")
  func overlapBoundHolds() async {
    await propertyCheck(count: 400, input: Self.words, Self.words) { a, b in
      guard !a.isEmpty else { return }
      var overlap = 0
      for w in Set(a) where b.contains(w) { overlap += a.filter { $0 == w }.count }
      let d = SegmentSimilarity.distance(a, b)!
      let p = SegmentSimilarity.percent(distance: d, n: a.count, m: b.count)
      #expect(p <= SegmentSimilarity.upperBound(overlap: overlap, n: a.count, m: b.count))
      #expect(p <= SegmentSimilarity.upperBound(overlap: overlap, n: a.count))
      // A segment reaching p shares at least the required overlap.
      if p >= 1 { #expect(overlap >= SegmentSimilarity.requiredOverlap(forPercent: p, n: a.count)) }
    }
  }

  @Test func requiredOverlapIsTheSmallestSufficient() {
    for n in 1...40 {
      for p in 1...100 {
        let s = SegmentSimilarity.requiredOverlap(forPercent: p, n: n)
        #expect(100 * s / n >= p || s == n)
        #expect(s == 1 || 100 * (s - 1) / n < p)
      }
    }
  }

  static func levenshtein(_ a: String, _ b: String) -> Int {
    let x = Array(a.unicodeScalars)
    let y = Array(b.unicodeScalars)
    var d = Array(0...y.count)
    for i in 1...max(1, x.count) where !x.isEmpty {
      var diag = d[0]
      d[0] = i
      for j in stride(from: 1, through: y.count, by: 1) {
        let up = d[j]
        d[j] = min(d[j] + 1, d[j - 1] + 1, diag + (x[i - 1] == y[j - 1] ? 0 : 1))
        diag = up
      }
    }
    return d[y.count]
  }

  static let text = Gen<Character?>.element(of: Array("abə ıc")).map { $0! }.string(of: 0...30)

  @Test("The banded tie-break equals the full one when it reaches the threshold")
  func bandedDetail() async {
    await propertyCheck(count: 500, input: Self.text, Self.text, Gen.int(in: 0...10_000)) { a, b, least in
      let longest = max(a.unicodeScalars.count, b.unicodeScalars.count)
      let full = longest == 0 ? 10_000 : 10_000 * (longest - Self.levenshtein(a, b)) / longest
      #expect(SegmentSimilarity.detail(a, b) == full)
      #expect(SegmentSimilarity.detail(a, b, atLeast: least) == (full >= least ? full : nil))
      let pattern = DistancePattern(SegmentSimilarity.scalars(a))
      #expect(SegmentSimilarity.detail(pattern, b, atLeast: least) == (full >= least ? full : nil))
    }
  }

  /// Texts up to 300 scalars: patterns of one, two and several 64-bit blocks.
  static let longText = Gen<Character?>.element(of: Array("abə ıcğ")).map { $0! }.string(of: 0...300)

  @Test("The bit-parallel distance equals the table's, across block boundaries")
  func bitParallelDistance() async {
    await propertyCheck(count: 300, input: Self.longText, Self.longText) { a, b in
      let pattern = DistancePattern(SegmentSimilarity.scalars(a))
      #expect(pattern.distance(to: SegmentSimilarity.scalars(b)) == Self.levenshtein(a, b), "'\(a)' '\(b)'")
    }
  }

  /// Word ids as fuzzy search has them: large values (unknown words count
  /// down from UInt32.max), few distinct ones so the slot table collides
  /// and probes, sentences of one and two 64-word blocks.
  static let wordIDs = Gen<UInt32?>.element(of: [7, 8, 1 << 20, 1 << 20 + 16, 70_000, 4_000_000_000, UInt32.max, UInt32.max - 1])
    .map { $0! }.array(of: 0...100)

  @Test("The bit-parallel word distance equals the table's (the score of fuzzy search)")
  func bitParallelWordDistance() async {
    await propertyCheck(count: 300, input: Self.wordIDs, Self.wordIDs) { a, b in
      #expect(DistancePattern(a).distance(to: b[...]) == SegmentSimilarity.distance(a, b), "\(a) \(b)")
    }
  }

  @Test(arguments: [
    ("", "", 0), ("abc", "", 3), ("", "abc", 3), ("kitten", "sitting", 3),
    (String(repeating: "a", count: 64), String(repeating: "a", count: 65), 1),
    (String(repeating: "ab", count: 70), String(repeating: "ba", count: 70), 2),
    ("Azərbaycan", "Azerbaycan", 1),
  ])
  func bitParallelCases(a: String, b: String, distance: Int) {
    #expect(DistancePattern(SegmentSimilarity.scalars(a)).distance(to: SegmentSimilarity.scalars(b)) == distance)
  }
}
