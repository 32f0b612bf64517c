import Foundation
import Matching
import Orthography

/// The memory-wide clean-up of candidates (``MemoryAligner``, step 2):
/// sentence-initial words trimmed, names side by side cut apart, Turkic
/// suffixes removed when the evidence allows.
extension MemoryAligner {
  /// The third-person possessive a Turkic compound name ends in
  /// (`Kanalı`, `Universiteti`, `yarımadası`, `Каналы`).
  static let compoundPossessives: Set<String> = [
    "ı", "i", "u", "ü", "sı", "si", "su", "sü", "ы", "і", "сы", "сі",
  ]

  /// The suffix that makes a new word of a name (`Ağdamlı`, a surname
  /// `Qasımlı`, `Yaballı`) rather than inflecting it: a word ending in it
  /// is a base of its own (``link(_:_:_:)`` lets `Ağdamlı` give way to
  /// `Ağdam` for one partner).
  static let derivational: Set<String> = ["lı", "li", "lu", "lü"]

  /// A span's comparison key as one string (its key words joined by
  /// spaces): how spans are compared and counted on either side.
  func spanKey(_ text: String) -> String { keys.words(of: text).joined(separator: " ") }

  /// A span opening a sentence loses its first word unless the memory
  /// capitalises that word mid-sentence (or, inflected, its base:
  /// `Ağdamda yeni məktəb açılıb`) and, in a Turkic language, it is no
  /// function word (``TurkicFunctionWords``); the words after it are capitalised
  /// mid-sentence anyway (connectors aside). Nil when nothing is left.
  func trim(
    _ text: String, initial: Bool, proven: Set<String>, reduce: Bool, known: Set<String>, gate: StemGate
  ) -> String? {
    guard initial else { return text }
    var pieces = KeyCache.pieces(text)
    guard let first = pieces.first else { return nil }
    // A Turkic pronoun or conjunction opening the sentence (`Мен
    // Қазақстанда тұрамын`) is no name, though a glossary form may share
    // its key (`Men adası`, the Isle of Man).
    let function = reduce && TurkicFunctionWords.contains(first)
    let vouched =
      !function
      && (keys.words(of: first).allSatisfy { proven.contains($0) }
        || (reduce && pieces.count == 1 && reduced(first, known: known, gate: gate) != nil))
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
  /// or has two words or more — so `Heydar Aliyev Center` stays whole.
  /// Two words are cut only when each is a span of its own elsewhere in
  /// the memory (`Almaniya İtaliyaya yaxındır`: Germany, Italy), and the
  /// two are not a glossary form: `Tom Jackson` stays, Jackson never
  /// standing alone. Nor are they cut when they are one name to the
  /// memory: the other side writes the two as one span (`Bəybə Yaballı` ↔
  /// `Bayba Yabally`), or both stand alone on this side and the two are
  /// written together twice or more and at least as often as either alone
  /// (a person whose given name and surname also occur alone; two places
  /// side by side are rarely written together; `Tom Merinin` twice is cut,
  /// Tom standing alone more often).
  func split(
    _ text: String, attested: Set<String>, spans: [String: Int], reduce: Bool, known: Set<String>, gate: StemGate
  ) -> [String] {
    let words = text.split(separator: " ").map(String.init)
    if let (left, right) = hyphenCut(words, attested: attested, reduce: reduce, known: known, gate: gate) {
      return split(left, attested: attested, spans: spans, reduce: reduce, known: known, gate: gate)
        + split(right, attested: attested, spans: spans, reduce: reduce, known: known, gate: gate)
    }
    guard words.count >= 2 else { return [text] }
    if words.count == 2 {
      guard NameExtractor.isCapitalised(words[1]), !(glossary?.keys.contains(spanKey(text)) ?? false)
      else { return [text] }
      /// How often `w` stands alone on this side (0 when only the other
      /// side writes it alone); nil when it never does.
      func alone(_ w: String) -> Int? {
        // A span of this memory, not a glossary form: glossaries hold
        // single words that are also the second word of a name.
        // Or a one-word span of the other side, by key — or, for a
        // glossary form, as similar as a spelling pair (`Ankara
        // Türkiyənin` ↔ `Ankara`, `Türkiye`: the keys of `Türkiyə` and
        // `Türkiye` differ). Similarity alone cuts people apart in a big
        // memory: `Bəyqo Kənyollı` is close to some one-word span of the
        // other side in both of its words.
        func writtenByOther(_ x: String) -> Bool {
          let score = gate.score(x, keys: keys)
          return score >= 1 || (score >= options.similar && glossary?.keys.contains(spanKey(x)) == true)
        }
        let own = spans[spanKey(w)]
        if let own { return own }
        if writtenByOther(w) { return 0 }
        guard reduce, let r = reduced(w, known: known, gate: gate) else { return nil }
        if let own = spans[spanKey(r)] { return own }
        return writtenByOther(r) ? 0 : nil
      }
      guard let first = alone(words[0]), let second = alone(words[1]) else { return [text] }
      // The two together, as written and (inflected) as their base.
      let base = reduce ? reduced(text, known: known, gate: gate) : nil
      if gate.score(text, keys: keys) >= 1 || base.map({ gate.score($0, keys: keys) >= 1 }) == true { return [text] }
      // The other side writes them apart (`Ankara Türkiyənin` ↔ `Ankara`,
      // `Türkiye`): cut.
      if first == 0 || second == 0 { return words }
      let whole = spanKey(text)
      var together = spans[whole] ?? 0
      if let base {
        let b = spanKey(base)
        if b != whole { together += spans[b] ?? 0 }
      }
      return together >= 2 && together >= max(first, second) ? [text] : words
    }
    func isAttested(_ part: ArraySlice<String>) -> Bool {
      let t = part.joined(separator: " ")
      if attested.contains(spanKey(t)) { return true }
      guard reduce, let r = reduced(t, known: known, gate: gate) else { return false }
      return attested.contains(spanKey(r))
    }
    for k in stride(from: words.count - 1, through: 1, by: -1) {
      let a = words[..<k]
      let b = words[k...]
      guard NameExtractor.isCapitalised(b.first!) else { continue }
      let aOK = a.count >= 2 && isAttested(a)
      let bOK = b.count >= 2 && isAttested(b)
      if (aOK && (b.count >= 2 || isAttested(b))) || (bOK && (a.count >= 2 || isAttested(a))) {
        return split(a.joined(separator: " "), attested: attested, spans: spans, reduce: reduce, known: known, gate: gate)
          + split(b.joined(separator: " "), attested: attested, spans: spans, reduce: reduce, known: known, gate: gate)
      }
    }
    return [text]
  }

  /// Two names joined by a hyphen (`the Azerbaijan-Armenia peace`,
  /// `Azərbaycan-Türkiyə əlaqələri`) are cut at it when each part is a
  /// name this side writes alone or the glossary lists (inflected, its
  /// base), and the whole is neither a glossary form (`Guinea-Bissau`) nor
  /// a spelling of the other side (a name the translation keeps whole).
  /// One name with a hyphen stays: `Kassym-Jomart`, `Nagorno-Karabakh`
  /// (neither `Kassym` nor `Nagorno` stands alone). Nil: nothing to cut.
  func hyphenCut(
    _ words: [String], attested: Set<String>, reduce: Bool, known: Set<String>, gate: StemGate
  ) -> (String, String)? {
    func alone(_ part: Substring) -> Bool {
      let p = String(part)
      guard p.count >= 2, NameExtractor.isCapitalised(p) else { return false }
      if attested.contains(spanKey(p)) { return true }
      guard reduce, let r = reduced(p, known: known, gate: gate) else { return false }
      return attested.contains(spanKey(r))
    }
    for (i, w) in words.enumerated() where w.contains("-") {
      let parts = w.split(separator: "-", omittingEmptySubsequences: false)
      guard parts.count == 2, alone(parts[0]), alone(parts[1]),
        !(glossary?.keys.contains(spanKey(w)) ?? false), gate.score(w, keys: keys) < 1
      else { continue }
      let left = (words[..<i] + [String(parts[0])]).joined(separator: " ")
      let right = ([String(parts[1])] + words[(i + 1)...]).joined(separator: " ")
      return (left, right)
    }
    return nil
  }

  /// `text` less the suffix of its last word: of the harmony-checked
  /// stems, the one that is a known spelling (`known`: the side's own
  /// spellings and the glossary's, by key) or closest to a spelling of the
  /// other side (`gate`), the longest on a tie; nil when the text itself is
  /// a spelling of the other side or a glossary form, or no stem qualifies or scores above the
  /// text as written (`Dərqadağova` stays: `Dargadaghova` is closer to it
  /// than to `Dərqadağov`); a stem ending in a doubled letter is known
  /// only from the other side (`Yaballı` is not `Yaball` + `ı`, though the
  /// memory writes `Yabal`, whose key is the same), and a word ending in
  /// the derivational `-lı` is no stem plus suffix (``derivational``).
  /// (Longest-first
  /// alone would read `Tucəlılıya` as `Tucəlılıy` + `a`: the glide makes it
  /// close to `Tujalili` too.)
  func reduced(_ text: String, known: Set<String>, gate: StemGate) -> String? {
    let unstripped = gate.score(text, keys: keys)
    // A spelling the other side writes, or the glossary lists as written
    // (`Braziliya` is no `Brazil` + suffix), is a base.
    if unstripped >= 1 || glossary?.keys.contains(spanKey(text)) == true { return nil }
    let lastSpace = text.lastIndex(of: " ").map { text.index(after: $0) } ?? text.startIndex
    let head = String(text[..<lastSpace])
    let word = String(text[lastSpace...])
    guard word.count > 3 else { return nil }
    // Ties go to the stem the other side writes (`Bostondayıq`: the memory
    // writes `Bostonda` too, but the other side says `Boston`), then to the
    // longest.
    var best: (score: Double, other: Bool, single: Int, text: String)?
    var end = word.index(before: word.endIndex)
    while word.distance(from: word.startIndex, to: end) >= 3 {
      let stem = word[..<end]
      if TurkicSuffixes.canFollow(word[end...], stem: stem),
        !MemoryAligner.derivational.contains(word[end...].lowercased())
      {
        let candidate = head + String(stem).trimmingCharacters(in: CharacterSet(charactersIn: "-'’"))
        let fromOther = gate.score(candidate, keys: keys)
        // A stem ending in a doubled letter is not this side's spelling
        // that the key (which writes the letter once) matches: `Yaballı`
        // is `Yabal` + `lı` or a surname, never `Yaball` + `ı` because the
        // memory writes a place `Yabal`.
        let doubled = stem.count >= 2 && stem.last!.lowercased() == stem.dropLast().last!.lowercased()
        var score = !doubled && known.contains(spanKey(candidate)) ? 1 : fromOther
        // In a name of several words the stem of the last may be a word of
        // the other side on its own (`Şimali Dakotada` ↔ `Kuzey Dakota`),
        // unless the suffix is the possessive that compounds end in
        // (`Süveyş Kanalı` is the base: Suez Canal).
        if score < options.similar, !head.isEmpty, stem.count >= 4,
          !MemoryAligner.compoundPossessives.contains(word[end...].lowercased()),
          gate.hasWord(keys.words(of: String(stem)))
        {
          score = options.similar
        }
        let other = fromOther >= 1
        // On a tie a stem ending in a doubled letter gives way to the
        // shorter one (`Қазақстаннан` is `Қазақстан` + `нан`, not
        // `Қазақстанн` + `ан`: the key writes the letter once).
        let single = doubled ? 0 : 1
        if score >= options.similar,
          best.map({ (score, other ? 1 : 0, single) > ($0.score, $0.other ? 1 : 0, $0.single) }) ?? (score > unstripped)
        {
          best = (score, other, single, candidate)
        }
      }
      end = word.index(before: end)
    }
    return best?.text
  }
}

/// The other side's spellings by consonant skeleton, to ask whether a stem
/// is close to one of them (same skeleton, then the pair scorer).
struct StemGate {
  private var bySkeleton: [String: [String]] = [:]
  private var exact: Set<String> = []
  /// Key words of four letters or more of the other side's spellings.
  private var words: Set<String> = []
  let aligner: Aligner
  let threshold: Double

  init(other: [String], aligner: Aligner, threshold: Double) {
    self.aligner = aligner
    self.threshold = threshold
    for t in other {
      let key = aligner.keys.words(of: t).joined(separator: " ")
      exact.insert(key)
      for w in aligner.keys.words(of: t) where w.count >= 4 { words.insert(w) }
      bySkeleton[StemGate.skeleton(key), default: []].append(t)
    }
  }

  static func skeleton(_ key: String) -> String {
    NameProfile.skeleton(Array(key.unicodeScalars.filter { $0 != " " }.map(\.value)))
  }

  /// Whether `keyWords` is one key word that a spelling of the other side has.
  func hasWord(_ keyWords: [String]) -> Bool {
    keyWords.count == 1 && words.contains(keyWords[0])
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
