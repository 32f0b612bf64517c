import Matching

/// Pairs below `--min-count` that a name's usual translation vouches for.
extension MemoryAligner {
  /// A name's translation written another way in a few units, where the
  /// memory's usual one is missing (`Kazakhstan` → `Қазахстан` once beside
  /// `Қазақстан` ×3; `Meri` kept as `Meri` once beside `Mary`): seen fewer
  /// than `--min-count` times, so counting alone never proposes it. A pair
  /// qualifies when its source is linked to a translation used
  /// `--min-count` times, it occurs together in units that lack that
  /// translation, its keys are similar (≥ `similar`: a spelling, not a
  /// guess) and its target is linked to nothing else; one source per
  /// target (the most similar). An editor sees the stray spelling with its
  /// units, which is what a consistency check of the memory wants.
  func strays(
    _ linked: [Scored], _ tally: Tally, _ counts: MemoryNameCounts, _ source: Bases, _ target: Bases, units: Int
  ) -> [Scored] {
    var usual: [Int32: [Int32]] = [:]
    var taken = Set<Int32>()
    for p in linked {
      taken.insert(p.target)
      if p.count >= options.minCount { usual[p.source, default: []].append(p.target) }
    }
    guard !usual.isEmpty else { return [] }
    let counted = Set(tally.pairs.map { UInt64(UInt32($0.0)) << 32 | UInt64(UInt32($0.1)) })
    var seen: [UInt64: Int32] = [:]
    var s: [Int32] = []
    var t: [Int32] = []
    counts.forEachUnit { _, ids in
      unitBases(ids, source.map, target.map, &s, &t)
      for a in s {
        guard let translations = usual[a], !t.contains(where: translations.contains) else { continue }
        for b in t where !taken.contains(b) {
          let code = UInt64(UInt32(a)) << 32 | UInt64(UInt32(b))
          if !counted.contains(code) { seen[code, default: 0] += 1 }
        }
      }
    }
    var best: [Int32: Scored] = [:]
    for (code, c) in seen {
      let (a, b) = (Int32(code >> 32), Int32(truncatingIfNeeded: code & 0xFFFF_FFFF))
      let written = target.texts[Int(b)]
      // An inflected form of the usual translation is no other spelling
      // (`Çinə` is `Çin` + dative, though its key reads like `China`).
      if let usual = usual[a], usual.contains(where: { inflects(written, target.texts[Int($0)]) }) { continue }
      let sim = similarity(source.texts[Int(a)], written)
      guard sim >= options.similar else { continue }
      let fs = Int(tally.sourceFrequency[Int(a)])
      let ft = Int(tally.targetFrequency[Int(b)])
      let dice = 2 * Double(c) / Double(fs + ft)
      let candidate = Scored(
        source: a, target: b, count: Int(c), dice: dice, similarity: sim,
        logLikelihood: MemoryAligner.logLikelihood(Int(c), fs, ft, units), score: (dice + sim) / 2, eligible: true)
      // The most similar source, then the most units, then the first.
      if let other = best[b], (other.similarity, other.count, -other.source) >= (sim, Int(c), -a) { continue }
      best[b] = candidate
    }
    return best.values.sorted { ($0.source, $0.target) < ($1.source, $1.target) }
  }

  /// Whether `word` is `base` and a suffix that can follow it.
  func inflects(_ word: String, _ base: String) -> Bool {
    guard word.count > base.count, word.hasPrefix(base) else { return false }
    let stem = word.prefix(base.count)
    return TurkicSuffixes.canFollow(word[stem.endIndex...], stem: stem)
  }
}
