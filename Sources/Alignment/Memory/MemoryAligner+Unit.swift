import Orthography

/// The per-unit reading of candidates (``MemoryAligner/names(source:target:)``):
/// what one unit pair shows about its own spans.
extension MemoryAligner {
  /// Two words that are one span on this side and two names on the other
  /// side of the same unit, each as similar as a spelling pair (`Meri
  /// Aydaho dağlarında` ↔ `Mary, Idaho dağlarında`), are two names side by
  /// side: cut here, where the unit shows it (the memory-wide cut of
  /// ``split(_:attested:spans:reduce:known:gate:)`` needs each written
  /// alone elsewhere). `similar(word, otherName)` scores in the memory's
  /// direction. The other side must write both as one-word names, and
  /// not the two together.
  func apart(
    _ names: inout [SegmentName], by other: [SegmentName], _ similarity: (String, String) -> Double
  ) {
    let single = other.filter { !$0.text.contains(" ") }
    guard single.count >= 2, names.contains(where: { $0.text.contains(" ") }) else { return }
    var out: [SegmentName] = []
    for n in names {
      let words = n.text.split(separator: " ").map(String.init)
      guard words.count == 2, NameExtractor.isCapitalised(words[1]) else {
        out.append(n)
        continue
      }
      let first = single.firstIndex { similarity(words[0], $0.text) >= options.similar }
      let second = single.firstIndex { similarity(words[1], $0.text) >= options.similar }
      if let first, let second, first != second {
        out.append(SegmentName(text: words[0], sentenceInitial: n.sentenceInitial))
        out.append(SegmentName(text: words[1], sentenceInitial: false))
      } else {
        out.append(n)
      }
    }
    names = out
  }

  /// A sentence-initial span whose first word the other side writes is a
  /// name there (see ``names(source:target:)``).
  func vouch(_ names: inout [SegmentName], by other: [SegmentName]) {
    guard names.contains(where: \.sentenceInitial), !other.isEmpty else { return }
    let words = other.flatMap { KeyCache.pieces($0.text) }
    let cognates = MemoryAligner.turkic.contains(from.language) && MemoryAligner.turkic.contains(to.language)
    for i in names.indices where names[i].sentenceInitial {
      guard let first = KeyCache.pieces(names[i].text).first else { continue }
      if cognates, TurkicFunctionWords.contains(first) { continue }
      if words.contains(where: { w in
        let v = aligner.verdict(first, w)
        return !v.negative && v.score >= options.similar
      }) {
        names[i].sentenceInitial = false
      }
    }
  }
}
