import Foundation
import Orthography
import Matching
import Terminology

/// Pairs the names of a translation memory's two languages (issue 17).
///
/// 1. **Candidates** (streamed, ``MemoryNameCounts``): capitalised spans of
///    every source and target segment, apostrophe suffixes removed.
/// 2. **Clean-up**, memory-wide: a span opening a sentence keeps a leading
///    word only when the memory also capitalises it mid-sentence (either
///    side; keys are language-neutral); in a Turkic language a suffix
///    written without an apostrophe is removed when the harmony-checked
///    stem (``TurkicSuffixes``, what lint uses) is a spelling the memory
///    uses uninflected, a glossary form, **or has the key of a source-side
///    candidate** — `Ağdama` → `Ağdam` because the English side says
///    `Aghdam`, `Ағдамға` → `Ағдам` likewise.
/// 3. **Counts**: per unit, the distinct base forms on each side; every
///    (source, target) pair in a unit is one co-occurrence. Pairs are
///    packed into 64-bit codes, sorted and counted in runs (exact counts,
///    8 bytes per co-occurrence, no hash table of strings).
/// 4. **Evidence**: Dice `2c / (fs + ft)`, Dunning's G², and the
///    cross-script similarity of the comparison keys (``Aligner``'s scorer
///    with its hard negatives: Aghdam ~ Ağdam ~ Ағдам, never Aghdam ~ Ağdərə).
/// 5. **Linking**: a pair is eligible when similar (≥ 0.84) and used
///    together (Dice ≥ 0.1), or, without similarity, strongly associated
///    (Dice ≥ 0.6 and G² ≥ 10.83); eligible pairs are linked best score
///    first, one-to-one (competitive linking, Melamed 2000), except that a
///    similar pair may join a side already linked (two romanizations of
///    one name).
/// 6. **Glossary**: each pair gets the concept either side belongs to and
///    a status (new concept, new variant, known, conflict).
public struct MemoryAligner: Sendable {
  public var options: MemoryAlignmentOptions
  let keys: KeyCache
  let aligner: Aligner
  let extractor: NameExtractor
  let from: LanguageTag
  let to: LanguageTag
  let glossary: GlossaryForms?

  /// An aligner for `from` → `to` against `glossary` (nil: every pair is
  /// a new concept).
  public init(
    from: LanguageTag, to: LanguageTag, glossary: Glossary?, options: MemoryAlignmentOptions = .init(),
    keys: KeyCache = KeyCache()
  ) {
    self.from = from
    self.to = to
    self.options = options
    self.keys = keys
    aligner = Aligner(keys: keys)
    extractor = NameExtractor(glossary: nil, keys: keys)
    self.glossary = glossary.map { GlossaryForms($0, keys: keys) }
  }

  /// The candidates of one unit pair (thread-safe: call on every core).
  /// A span opening a sentence counts as mid-sentence when its first word
  /// is close to a word of the other side's candidates (`Aygun Aliyeva
  /// spoke.` ↔ `Aygün Əliyeva çıxış edib.`): the translation vouches for
  /// the capital.
  public func names(source: String, target: String) -> (source: [SegmentName], target: [SegmentName]) {
    var s = extractor.names(inSegment: Normalizer.nfc(source))
    var t = extractor.names(inSegment: Normalizer.nfc(target))
    vouch(&s, by: t)
    vouch(&t, by: s)
    return (s, t)
  }

  private func vouch(_ names: inout [SegmentName], by other: [SegmentName]) {
    guard names.contains(where: \.sentenceInitial), !other.isEmpty else { return }
    let words = other.flatMap { KeyCache.pieces($0.text) }
    for i in names.indices where names[i].sentenceInitial {
      guard let first = KeyCache.pieces(names[i].text).first else { continue }
      if words.contains(where: { w in
        let v = aligner.verdict(first, w)
        return !v.negative && v.score >= options.similar
      }) {
        names[i].sentenceInitial = false
      }
    }
  }

  /// The proposed pairs, best first.
  public func align(_ counts: MemoryNameCounts) -> [TermPair] {
    let clock = Trace()
    let proven = provenWords(counts)
    var sourceBase = bases(counts.source.names, proven: proven, reduce: from.language != "en", other: [])
    let targetBase = bases(counts.target.names, proven: proven, reduce: to.language != "en", other: sourceBase.texts)
    if from.language != "en" {
      // A Turkic source is reduced against the target's spellings too.
      sourceBase = bases(counts.source.names, proven: proven, reduce: true, other: targetBase.texts)
    }
    clock.mark("bases: \(sourceBase.texts.count) source, \(targetBase.texts.count) target")
    let tally = cooccurrences(counts, sourceBase.map, targetBase.map)
    clock.mark("\(tally.pairs.count) pairs seen \(options.minCount)+ times")
    var scored = score(tally, sourceBase.texts, targetBase.texts, units: counts.units)
    scored = link(scored, sourceBase.texts, targetBase.texts)
    clock.mark("\(scored.count) linked")
    return finish(scored, counts, sourceBase, targetBase)
  }

  // MARK: - Clean-up

  /// Key words the memory writes capitalised mid-sentence, on either side.
  func provenWords(_ counts: MemoryNameCounts) -> Set<String> {
    var proven = glossary?.words ?? []
    for n in counts.source.names + counts.target.names where !n.sentenceInitial {
      for w in keys.words(of: n.text) { proven.insert(w) }
    }
    return proven
  }

  struct Bases {
    /// Raw candidate id → its base ids (none when nothing of it is a
    /// name; several when it was two names side by side).
    var map: [[Int32]]
    var texts: [String]
    /// Base id → inflected spellings seen.
    var inflections: [Int32: [String]]
  }

  /// Sentence-initial words trimmed and (in a Turkic language) suffixes
  /// removed, gated by the memory's uninflected spellings, the glossary
  /// and the other side's spellings (`other`).
  func bases(_ names: [SegmentName], proven: Set<String>, reduce: Bool, other: [String]) -> Bases {
    var known = glossary?.keys ?? []
    if reduce {
      for n in names { known.insert(keys.words(of: n.text).joined(separator: " ")) }
    }
    let gate = StemGate(other: other, aligner: aligner, threshold: options.similar)
    var attested = glossary?.keys ?? []
    for n in names { attested.insert(keys.words(of: n.text).joined(separator: " ")) }
    var ids: [String: Int32] = [:]
    var out = Bases(map: [], texts: [], inflections: [:])
    for n in names {
      var bases: [Int32] = []
      let parts = split(n.text, attested: attested, reduce: reduce, known: known, gate: gate)
      for (k, part) in parts.enumerated() {
        guard let written = trim(part, initial: n.sentenceInitial && k == 0, proven: proven, reduce: reduce, known: known, gate: gate)
        else { continue }
        let base = reduce ? reduced(written, known: known, gate: gate) ?? written : written
        let id: Int32
        if let known = ids[base] {
          id = known
        } else {
          id = Int32(out.texts.count)
          ids[base] = id
          out.texts.append(base)
        }
        if !bases.contains(id) { bases.append(id) }
        // The spelling as written, less the words trimmed before it.
        if written != base {
          var list = out.inflections[id] ?? []
          if list.count < 4, !list.contains(written) {
            list.append(written)
            out.inflections[id] = list
          }
        }
      }
      out.map.append(bases)
    }
    return out
  }

  /// A span opening a sentence loses its first word unless the memory
  /// capitalises that word mid-sentence (or, inflected, its base:
  /// `Ağdamda yeni məktəb açılıb`); the words after it are capitalised
  /// mid-sentence anyway (connectors aside). Nil when nothing is left.
  func trim(
    _ text: String, initial: Bool, proven: Set<String>, reduce: Bool, known: Set<String>, gate: StemGate
  ) -> String? {
    guard initial else { return text }
    var pieces = KeyCache.pieces(text)
    guard let first = pieces.first else { return nil }
    let vouched =
      keys.words(of: first).allSatisfy { proven.contains($0) }
      || (reduce && pieces.count == 1 && reduced(first, known: known, gate: gate) != nil)
    if vouched { return text }
    pieces.removeFirst()
    while let next = pieces.first, !NameExtractor.isCapitalised(next) { pieces.removeFirst() }
    return pieces.isEmpty ? nil : pieces.joined(separator: " ")
  }

  /// Two names written side by side (`İlham Əliyev Mövlud Çavuşoğlunu`,
  /// `Grand National Assembly of Türkiye Mevlüt Çavuşoğlu`) are one span to
  /// the extractor; the memory separates them. A span is cut where one
  /// part of two words or more is a span of its own elsewhere on this side
  /// (or a glossary form; inflected or not) and the other part is one too
  /// or has two words or more — so `Heydar Aliyev Center` stays whole, and
  /// a name of two words is never cut.
  func split(_ text: String, attested: Set<String>, reduce: Bool, known: Set<String>, gate: StemGate) -> [String] {
    let words = text.split(separator: " ").map(String.init)
    guard words.count >= 3 else { return [text] }
    func isAttested(_ part: ArraySlice<String>) -> Bool {
      let t = part.joined(separator: " ")
      if attested.contains(keys.words(of: t).joined(separator: " ")) { return true }
      guard reduce, let r = reduced(t, known: known, gate: gate) else { return false }
      return attested.contains(keys.words(of: r).joined(separator: " "))
    }
    for k in stride(from: words.count - 1, through: 1, by: -1) {
      let a = words[..<k]
      let b = words[k...]
      guard NameExtractor.isCapitalised(b.first!) else { continue }
      let aOK = a.count >= 2 && isAttested(a)
      let bOK = b.count >= 2 && isAttested(b)
      if (aOK && (b.count >= 2 || isAttested(b))) || (bOK && (a.count >= 2 || isAttested(a))) {
        return split(a.joined(separator: " "), attested: attested, reduce: reduce, known: known, gate: gate)
          + split(b.joined(separator: " "), attested: attested, reduce: reduce, known: known, gate: gate)
      }
    }
    return [text]
  }

  /// `text` less the suffix of its last word: of the harmony-checked
  /// stems, the one that is a known spelling (`known`: the side's own
  /// spellings and the glossary's, by key) or closest to a spelling of the
  /// other side (`gate`), the longest on a tie; nil when the text itself is
  /// a spelling of the other side, or no stem qualifies or scores above the
  /// text as written (`Dərqadağova` stays: `Dargadaghova` is closer to it
  /// than to `Dərqadağov`). (Longest-first
  /// alone would read `Tucəlılıya` as `Tucəlılıy` + `a`: the glide makes it
  /// close to `Tujalili` too.)
  func reduced(_ text: String, known: Set<String>, gate: StemGate) -> String? {
    let unstripped = gate.score(text, keys: keys)
    if unstripped >= 1 { return nil }
    let lastSpace = text.lastIndex(of: " ").map { text.index(after: $0) } ?? text.startIndex
    let head = String(text[..<lastSpace])
    let word = String(text[lastSpace...])
    guard word.count > 3 else { return nil }
    var best: (score: Double, text: String)?
    var end = word.index(before: word.endIndex)
    while word.distance(from: word.startIndex, to: end) >= 3 {
      let stem = word[..<end]
      if TurkicSuffixes.canFollow(word[end...], stem: stem) {
        let candidate = head + String(stem).trimmingCharacters(in: CharacterSet(charactersIn: "-'’"))
        let score =
          known.contains(keys.words(of: candidate).joined(separator: " ")) ? 1 : gate.score(candidate, keys: keys)
        if score >= options.similar, score > (best?.score ?? unstripped) { best = (score, candidate) }
      }
      end = word.index(before: end)
    }
    return best?.text
  }

  // MARK: - Counting

  struct Tally {
    var sourceFrequency: [Int32]
    var targetFrequency: [Int32]
    /// (source, target, count) with count ≥ minCount.
    var pairs: [(Int32, Int32, Int32)]
  }

  func cooccurrences(_ counts: MemoryNameCounts, _ sMap: [[Int32]], _ tMap: [[Int32]]) -> Tally {
    var fs = [Int32](repeating: 0, count: (sMap.lazy.compactMap { $0.max() }.max().map { Int($0) } ?? -1) + 1)
    var ft = [Int32](repeating: 0, count: (tMap.lazy.compactMap { $0.max() }.max().map { Int($0) } ?? -1) + 1)
    var codes: [UInt64] = []
    codes.reserveCapacity(counts.members.count * 2)
    var s: [Int32] = []
    var t: [Int32] = []
    counts.forEachUnit { _, ids in
      unitBases(ids, sMap, tMap, &s, &t)
      for a in s { fs[Int(a)] += 1 }
      for b in t { ft[Int(b)] += 1 }
      for a in s { for b in t { codes.append(UInt64(UInt32(a)) << 32 | UInt64(UInt32(b))) } }
    }
    codes.sort()
    var pairs: [(Int32, Int32, Int32)] = []
    var i = 0
    while i < codes.count {
      var j = i + 1
      while j < codes.count, codes[j] == codes[i] { j += 1 }
      if j - i >= options.minCount {
        pairs.append((Int32(codes[i] >> 32), Int32(truncatingIfNeeded: codes[i] & 0xFFFF_FFFF), Int32(j - i)))
      }
      i = j
    }
    return Tally(sourceFrequency: fs, targetFrequency: ft, pairs: pairs)
  }

  /// The distinct base ids of one unit's candidates, per side.
  func unitBases(_ ids: ArraySlice<Int32>, _ sMap: [[Int32]], _ tMap: [[Int32]], _ s: inout [Int32], _ t: inout [Int32]) {
    s.removeAll(keepingCapacity: true)
    t.removeAll(keepingCapacity: true)
    for id in ids {
      if id >= 0 {
        for b in sMap[Int(id)] where !s.contains(b) { s.append(b) }
      } else {
        for b in tMap[Int(~id)] where !t.contains(b) { t.append(b) }
      }
    }
  }

  // MARK: - Scoring and linking

  struct Scored {
    var source: Int32
    var target: Int32
    var count: Int
    var dice: Double
    var similarity: Double
    var logLikelihood: Double
    var score: Double
    var eligible: Bool
  }

  func score(_ tally: Tally, _ sTexts: [String], _ tTexts: [String], units: Int) -> [Scored] {
    let needsSimilarity = options.method != .cooccurrence
    let pairs = tally.pairs.filter { p in
      options.method == .similarity
        || 2 * Double(p.2) / Double(tally.sourceFrequency[Int(p.0)] + tally.targetFrequency[Int(p.1)]) >= options.minDice
    }
    let o = options
    let a = aligner
    return pairs.concurrentMap { p -> Scored in
      let c = Int(p.2)
      let fs = Int(tally.sourceFrequency[Int(p.0)])
      let ft = Int(tally.targetFrequency[Int(p.1)])
      let dice = 2 * Double(c) / Double(fs + ft)
      var sim = 0.0
      if needsSimilarity {
        let v = a.verdict(sTexts[Int(p.0)], tTexts[Int(p.1)])
        sim = v.negative ? 0 : v.score
      }
      let g2 = MemoryAligner.logLikelihood(c, fs, ft, units)
      var s = Scored(
        source: p.0, target: p.1, count: c, dice: dice, similarity: sim, logLikelihood: g2, score: 0,
        eligible: false)
      switch o.method {
      case .combined:
        s.score = (dice + sim) / 2
        s.eligible = (sim >= o.similar && dice >= o.minDice) || (dice >= o.strongDice && g2 >= o.minLogLikelihood)
      case .cooccurrence:
        s.score = dice
        s.eligible = dice >= o.baselineDice
      case .similarity:
        s.score = sim
        s.eligible = sim >= o.similar
      }
      return s
    }
  }

  /// Competitive linking: best first, one-to-one, except that a similar
  /// pair may join a side already linked (two romanizations of one name).
  /// Before that, a word derived from another candidate of the same
  /// partner gives way to it: `Azerbaijani` → `Azərbaycan` goes when
  /// `Azerbaijan` → `Azərbaycan` is eligible, `Aghdam` → `Ağdamlı` when
  /// `Aghdam` → `Ağdam` is.
  func link(_ all: [Scored], _ sTexts: [String], _ tTexts: [String]) -> [Scored] {
    let eligible = all.filter(\.eligible)
    var sourcesOf: [Int32: [Int32]] = [:]
    var targetsOf: [Int32: [Int32]] = [:]
    for p in eligible {
      sourcesOf[p.target, default: []].append(p.source)
      targetsOf[p.source, default: []].append(p.target)
    }
    func derived(_ text: String, from others: [String]) -> Bool {
      others.contains { $0 != text && $0.count >= 3 && text.hasPrefix($0) }
    }
    let kept = eligible.filter { p in
      !derived(sTexts[Int(p.source)], from: (sourcesOf[p.target] ?? []).map { sTexts[Int($0)] })
        && !derived(tTexts[Int(p.target)], from: (targetsOf[p.source] ?? []).map { tTexts[Int($0)] })
    }
    let ranked = kept.sorted {
      ($0.score, $0.count, $1.source, $1.target) > ($1.score, $1.count, $0.source, $0.target)
    }
    var linkedS = Set<Int32>()
    var linkedT = Set<Int32>()
    var out: [Scored] = []
    for p in ranked {
      let free = !linkedS.contains(p.source) && !linkedT.contains(p.target)
      guard free || (options.method != .cooccurrence && p.similarity >= options.similar) else { continue }
      linkedS.insert(p.source)
      linkedT.insert(p.target)
      out.append(p)
    }
    return out
  }

  /// Dunning's G² for a 2×2 table of `units` unit pairs.
  static func logLikelihood(_ c: Int, _ fs: Int, _ ft: Int, _ n: Int) -> Double {
    let k = [Double(c), Double(fs - c), Double(ft - c), Double(n - fs - ft + c)]
    let rows = [Double(fs), Double(n - fs)]
    let cols = [Double(ft), Double(n - ft)]
    let total = Double(n)
    var g = 0.0
    for (i, o) in k.enumerated() where o > 0 {
      let e = rows[i / 2] * cols[i % 2] / total
      if e > 0 { g += o * log(o / e) }
    }
    return max(0, 2 * g)
  }

  // MARK: - Output

  func finish(_ linked: [Scored], _ counts: MemoryNameCounts, _ source: Bases, _ target: Bases) -> [TermPair] {
    var index: [UInt64: Int] = [:]
    for (i, p) in linked.enumerated() { index[UInt64(UInt32(p.source)) << 32 | UInt64(UInt32(p.target))] = i }
    var examples = [[String]](repeating: [], count: linked.count)
    var s: [Int32] = []
    var t: [Int32] = []
    if !index.isEmpty {
      counts.forEachUnit { u, ids in
        unitBases(ids, source.map, target.map, &s, &t)
        for a in s {
          for b in t {
            if let i = index[UInt64(UInt32(a)) << 32 | UInt64(UInt32(b))], examples[i].count < options.examples {
              examples[i].append(counts.unitIDs[u])
            }
          }
        }
      }
    }
    var out: [TermPair] = []
    for (i, p) in linked.enumerated() {
      let src = source.texts[Int(p.source)]
      let tgt = target.texts[Int(p.target)]
      let verdict = glossary?.verdict(source: src, from: from, target: tgt, to: to)
        ?? GlossaryForms.Verdict(concept: nil, status: .newConcept, sourceListed: false, targetListed: false)
      out.append(
        TermPair(
          source: src, target: tgt, count: p.count, score: MemoryAligner.rounded(p.score),
          dice: MemoryAligner.rounded(p.dice), similarity: MemoryAligner.rounded(p.similarity),
          logLikelihood: MemoryAligner.rounded(p.logLikelihood), concept: verdict.concept, status: verdict.status,
          examples: examples[i], inflections: target.inflections[p.target] ?? [],
          sourceListed: verdict.sourceListed, targetListed: verdict.targetListed))
    }
    return out.sorted {
      if $0.score != $1.score { return $0.score > $1.score }
      if $0.count != $1.count { return $0.count > $1.count }
      if $0.source != $1.source { return $0.source.utf8.lexicographicallyPrecedes($1.source.utf8) }
      return $0.target.utf8.lexicographicallyPrecedes($1.target.utf8)
    }
  }

  /// Three decimals, so that text and JSON agree on every platform.
  static func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
}

/// The other side's spellings by consonant skeleton, to ask whether a stem
/// is close to one of them (same skeleton, then the pair scorer).
struct StemGate {
  private var bySkeleton: [String: [String]] = [:]
  private var exact: Set<String> = []
  let aligner: Aligner
  let threshold: Double

  init(other: [String], aligner: Aligner, threshold: Double) {
    self.aligner = aligner
    self.threshold = threshold
    for t in other {
      let key = aligner.keys.words(of: t).joined(separator: " ")
      exact.insert(key)
      bySkeleton[StemGate.skeleton(key), default: []].append(t)
    }
  }

  static func skeleton(_ key: String) -> String {
    NameProfile.skeleton(Array(key.unicodeScalars.filter { $0 != " " }.map(\.value)))
  }

  /// 1 when `text` has the key of an other-side spelling, else the best
  /// score against those with its skeleton (0 for none or a hard negative).
  func score(_ text: String, keys: KeyCache) -> Double {
    let key = keys.words(of: text).joined(separator: " ")
    if exact.contains(key) { return 1 }
    guard let list = bySkeleton[StemGate.skeleton(key)] else { return 0 }
    var best = 0.0
    for t in list.prefix(32) {
      let v = aligner.verdict(text, t)
      if !v.negative { best = max(best, v.score) }
    }
    return best
  }
}
