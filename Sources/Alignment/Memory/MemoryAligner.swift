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
///    side; keys are language-neutral); names side by side or joined by
///    a hyphen are cut apart; in a Turkic language a suffix
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
///    one name). Below `--min-count` Söz keeps a rarer translation the
///    glossary lists (``GlossaryForms/vouched(_:_:_:_:)``) and a stray
///    spelling where the usual translation is missing
///    (``strays(_:_:_:_:_:units:)``).
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
  /// the capital — unless both languages are Turkic and the word is a
  /// function word they share (``TurkicFunctionWords``: `Biz` ~ `Biz`).
  public func names(source: String, target: String) -> (source: [SegmentName], target: [SegmentName]) {
    var s = extractor.names(inSegment: Normalizer.nfc(source))
    var t = extractor.names(inSegment: Normalizer.nfc(target))
    vouch(&s, by: t)
    vouch(&t, by: s)
    apart(&s, by: t) { similarity($0, $1) }
    apart(&t, by: s) { similarity($1, $0) }
    return (s, t)
  }

  /// The Turkic languages of the memory (their suffixes are reduced).
  static let turkic: Set<String> = ["az", "tr", "kk"]

  /// The proposed pairs, best first.
  public func align(_ counts: MemoryNameCounts) -> [TermPair] {
    let clock = Trace()
    let proven = provenWords(counts)
    let frequency = occurrences(counts)
    var sourceBase = bases(
      counts.source.names, proven: proven, reduce: from.language != "en", other: [], frequency: frequency.source)
    let targetBase = bases(
      counts.target.names, proven: proven, reduce: to.language != "en", other: readings(sourceBase.texts, from),
      frequency: frequency.target)
    if from.language != "en" {
      // A Turkic source is reduced against the target's spellings too.
      sourceBase = bases(
        counts.source.names, proven: proven, reduce: true, other: readings(targetBase.texts, to),
        frequency: frequency.source)
    }
    clock.mark("bases: \(sourceBase.texts.count) source, \(targetBase.texts.count) target")
    let tally = cooccurrences(
      counts, sourceBase.map, targetBase.map,
      // The baselines keep their one signal.
      vouched: options.method == .combined ? glossary?.vouched(sourceBase.texts, from, targetBase.texts, to) : nil)
    clock.mark("\(tally.pairs.count) pairs seen \(options.minCount)+ times")
    var scored = score(tally, sourceBase.texts, targetBase.texts, units: counts.units)
    scored = link(scored, sourceBase.texts, targetBase.texts)
    if options.method == .combined {
      scored += strays(scored, tally, counts, sourceBase, targetBase, units: counts.units)
    }
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

  /// How many times each raw candidate occurs in the memory, per side.
  func occurrences(_ counts: MemoryNameCounts) -> (source: [Int32], target: [Int32]) {
    var s = [Int32](repeating: 0, count: counts.source.names.count)
    var t = [Int32](repeating: 0, count: counts.target.names.count)
    for id in counts.members {
      if id >= 0 { s[Int(id)] += 1 } else { t[Int(~id)] += 1 }
    }
    return (s, t)
  }

  /// Sentence-initial words trimmed and (in a Turkic language) suffixes
  /// removed, gated by the memory's uninflected spellings, the glossary
  /// and the other side's spellings (`other`). `frequency` is how often
  /// each of `names` occurs (nil: once each); it decides whether two names
  /// side by side are one name (``split(_:attested:spans:reduce:known:gate:)``).
  func bases(
    _ names: [SegmentName], proven: Set<String>, reduce: Bool, other: [String], frequency: [Int32]? = nil
  ) -> Bases {
    var known = glossary?.keys ?? []
    if reduce {
      for n in names { known.insert(keys.words(of: n.text).joined(separator: " ")) }
    }
    let gate = StemGate(other: other, aligner: aligner, threshold: options.similar)
    // This side's spellings, and the bases of its one-word spellings
    // (`İtaliyada` attests `İtaliya`).
    // (by key, with how often each is written).
    var spans: [String: Int] = [:]
    for (i, n) in names.enumerated() {
      let f = Int(frequency?[i] ?? 1)
      spans[keys.words(of: n.text).joined(separator: " "), default: 0] += f
      if reduce, !n.text.contains(" "), let r = reduced(n.text, known: known, gate: gate) {
        spans[spanKey(r), default: 0] += f
      }
    }
    let attested = Set(spans.keys).union(glossary?.keys ?? [])
    var ids: [String: Int32] = [:]
    var out = Bases(map: [], texts: [], inflections: [:])
    for n in names {
      var bases: [Int32] = []
      let parts = split(n.text, attested: attested, spans: spans, reduce: reduce, known: known, gate: gate)
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


  // MARK: - Counting

  struct Tally {
    var sourceFrequency: [Int32]
    var targetFrequency: [Int32]
    /// (source, target, count) with count ≥ minCount, or a pair `vouched`
    /// for of a source name in use that often (a rarer listed spelling).
    var pairs: [(Int32, Int32, Int32)]
  }

  func cooccurrences(
    _ counts: MemoryNameCounts, _ sMap: [[Int32]], _ tMap: [[Int32]],
    vouched: ((Int32, Int32) -> Bool)? = nil
  ) -> Tally {
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
      let (a, b) = (Int32(codes[i] >> 32), Int32(truncatingIfNeeded: codes[i] & 0xFFFF_FFFF))
      let count = j - i, least = options.minCount
      if count >= least || (fs[Int(a)] >= least && vouched?(a, b) == true) { pairs.append((a, b, Int32(count))) }
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
    let me = self
    return pairs.concurrentMap { p -> Scored in
      let c = Int(p.2)
      let fs = Int(tally.sourceFrequency[Int(p.0)])
      let ft = Int(tally.targetFrequency[Int(p.1)])
      let dice = 2 * Double(c) / Double(fs + ft)
      let sim = needsSimilarity ? me.similarity(sTexts[Int(p.0)], tTexts[Int(p.1)]) : 0
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
