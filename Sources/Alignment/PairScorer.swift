/// How alike two spellings are, and whether something says they must not
/// be one name.
public struct PairVerdict: Equatable, Sendable {
  /// 0...1; clusters form from pairs at ``AlignmentThresholds/merge`` or better.
  public var score: Double
  /// Strong evidence of two names: a shared surname with different given
  /// names, a gendered surname (Aliyev/Aliyeva), close words with hard
  /// edits (Aghdam/Aghdara, Turkic/Turkish), or different generic classes
  /// (Balkhash, Lake Balkhash). Clusters joined by such a pair never merge.
  public var negative: Bool
  /// Why, for explanations and tests.
  public var reason: String

  static func apart(_ reason: String) -> PairVerdict { PairVerdict(score: 0, negative: true, reason: reason) }
}

/// Scores pairs of ``NameProfile``s.
struct PairScorer: Sendable {
  var thresholds: AlignmentThresholds
  /// Words up to this many key letters allow no hard edit at all (6, 7
  /// and 8 scored alike on dev; the strictest was kept: precision first).
  static let shortWord = 8

  /// One word against one word.
  func word(_ a: [UInt32], _ b: [UInt32]) -> PairVerdict {
    if a == b { return PairVerdict(score: 1, negative: false, reason: "same key") }
    if PairScorer.gendered(a, b) { return .apart("gendered surname") }
    if PairScorer.derived(a, b) { return .apart("a word and its derivative") }
    let (sim, hard) = VariantDistance.similarity(a, b)
    let shortest = min(a.count, b.count)
    if hard >= 2, sim >= 0.5 { return PairVerdict(score: sim * 0.8, negative: true, reason: "hard edits") }
    if hard == 1, shortest <= Self.shortWord, sim >= 0.5 {
      return PairVerdict(score: sim * 0.8, negative: true, reason: "hard edit in a short word")
    }
    return PairVerdict(score: hard == 0 ? sim : sim * 0.95, negative: false, reason: "word similarity")
  }

  /// Two spellings.
  func score(_ p: NameProfile, _ q: NameProfile) -> PairVerdict {
    if p.key == q.key { return PairVerdict(score: 1, negative: false, reason: "same key") }
    let (short, long) = (min(p.joined.count, q.joined.count), max(p.joined.count, q.joined.count))
    if short * 2 < long, p.classes == q.classes {
      return PairVerdict(score: 0, negative: false, reason: "lengths differ")
    }
    if p.words.count == 1, q.words.count == 1 {
      var v = word(p.words[0], q.words[0])
      if p.classes != q.classes {
        if v.score >= thresholds.word || v.negative { return .apart("different generic words") }
        return PairVerdict(score: 0, negative: false, reason: "different generic words")
      }
      v.reason = v.reason == "same key" ? "same name word" : v.reason
      return v
    }
    let aligned = align(p.words, q.words)
    if p.classes != q.classes {
      return aligned.score >= thresholds.word ? .apart("different generic words") : PairVerdict(
        score: 0, negative: false, reason: "different generic words")
    }
    if aligned.unpaired > 0 {
      // One word against several run together (Syr Darya, Сырдария;
      // Issyk-Kul, Ыстықкөл), or two multiword names with soft edits only
      // (Ali Şir Nevai, Alisher Navoi): an extra word is a hard insertion.
      if p.words.count != q.words.count,
        min(p.words.count, q.words.count) == 1 || VariantDistance.similarity(p.joined, q.joined).hard == 0
      {
        let together = word(p.joined, q.joined)
        if !together.negative, together.score >= thresholds.word {
          return PairVerdict(score: together.score, negative: false, reason: "words run together")
        }
      }
      if aligned.strong > 0, aligned.weak > 0 || (aligned.unpairedA > 0 && aligned.unpairedB > 0) {
        return .apart("a shared word, another different")
      }
      return PairVerdict(score: 0, negative: false, reason: "unpaired words")
    }
    if aligned.negative { return .apart(aligned.reason) }
    if aligned.weak > 0 {
      return aligned.strong > 0 ? .apart("a shared word, another different") : PairVerdict(
        score: aligned.score * 0.5, negative: false, reason: "words differ")
    }
    return PairVerdict(score: aligned.score, negative: false, reason: "words align")
  }

  struct Alignment {
    var score: Double
    /// Paired words at or above the word threshold, and below it.
    var strong: Int
    var weak: Int
    var unpaired: Int
    var unpairedA: Int
    var unpairedB: Int
    var negative: Bool
    var reason: String
  }

  /// Greedy one-to-one pairing of words by similarity, best first; the
  /// score is the length-weighted mean, 2 % off when the order differs.
  func align(_ a: [[UInt32]], _ b: [[UInt32]]) -> Alignment {
    let n = b.count
    var cells = [PairVerdict]()
    cells.reserveCapacity(a.count * n)
    for i in a.indices {
      for j in b.indices { cells.append(word(a[i], b[j])) }
    }
    var order = Array(cells.indices)
    order.sort { x, y in cells[x].score != cells[y].score ? cells[x].score > cells[y].score : x < y }
    var usedA: UInt64 = 0
    var usedB: UInt64 = 0
    var pairJ = [Int](repeating: -1, count: a.count)
    var paired = 0
    var weighted = 0.0
    var strong = 0
    var weak = 0
    var negative = false
    var reason = ""
    for k in order {
      let i = k / n
      let j = k % n
      guard i < 64, j < 64, usedA & (1 << i) == 0, usedB & (1 << j) == 0 else { continue }
      let v = cells[k]
      if v.score < 0.4, !v.negative { continue }
      usedA |= 1 << i
      usedB |= 1 << j
      pairJ[i] = j
      paired += 1
      weighted += v.score * Double(a[i].count + b[j].count)
      if v.negative {
        negative = true
        reason = v.reason
      } else if v.score >= thresholds.word {
        strong += 1
      } else {
        weak += 1
      }
    }
    let total = Double(a.reduce(0) { $0 + $1.count } + b.reduce(0) { $0 + $1.count })
    var score = total > 0 ? weighted / total : 0
    var last = -1
    for j in pairJ where j >= 0 {
      if j < last {
        score *= 0.98
        break
      }
      last = j
    }
    if negative { strong = max(strong, 1) }
    return Alignment(
      score: score, strong: strong, weak: weak + (negative ? 1 : 0),
      unpaired: a.count + b.count - 2 * paired,
      unpairedA: a.count - paired, unpairedB: b.count - paired,
      negative: negative, reason: reason)
  }

  /// Whether one word is the other plus a toponymic ending: `-stan`,
  /// `-istan` (Turkmen, Turkmenistan), or a vowel after a final i (Түркі,
  /// Türkiye, Türkiia: the adjective beside its country; and Türki, Turkey).
  static func derived(_ a: [UInt32], _ b: [UInt32]) -> Bool {
    let (short, long) = a.count < b.count ? (a, b) : (b, a)
    guard short.count >= 3, long.count > short.count else { return false }
    let i: UInt32 = 0x69
    // Түркі / Turkey: the adjective's final i against the country's -ey.
    if short.last == i, long.count == short.count + 1, long.suffix(2) == [0x65, 0x79],
      long.prefix(short.count - 1) == short.prefix(short.count - 1)
    {
      return true
    }
    for k in short.indices where short[k] != long[k] { return false }
    let rest = String(String.UnicodeScalarView(long[short.count...].compactMap(Unicode.Scalar.init)))
    if rest == "stan" || rest == "istan" { return true }
    return short.last == i && ["e", "a", "ye", "ya", "ia", "ie"].contains(rest)
  }

  /// Whether one word is the other plus a feminine `a` after v or n
  /// (Aliyev/Aliyeva, Алиев/Алиева, Nazarbayev/Nazarbayeva).
  static func gendered(_ a: [UInt32], _ b: [UInt32]) -> Bool {
    let (short, long) = a.count < b.count ? (a, b) : (b, a)
    guard long.count == short.count + 1, long.last == 0x61, let end = short.last,
      end == 0x76 || end == 0x6E, short.count >= 3
    else { return false }
    for k in short.indices where short[k] != long[k] { return false }
    return true
  }
}
