import Orthography
import Terminology

/// A place in a text where a glossary concept is mentioned.
public struct Mention: Equatable, Sendable {
  /// The concept mentioned.
  public var conceptID: String
  /// The words as written, without an inflectional suffix.
  public var surface: String
  /// The inflectional suffix (`'da` in `Karabağ'da`, `da` in `Qəbələdə`).
  public var suffix: String
  /// The mention's place in the text (surface and suffix).
  public var range: Range<String.Index>
  /// The glossary form written exactly (or differing only in case), if any;
  /// nil when the text spells the name in a way the glossary lacks.
  public var form: Form?
  /// Whether ``form`` matched only when case was ignored.
  public var caseDiffers: Bool
}

/// Finds glossary concepts in running text by comparison key.
///
/// Each token's key words are compared with every form's key words,
/// longest form first, so `Nakhchivan Autonomous Republic` wins over
/// `Nakhchivan`. A token with an apostrophe (`Karabağ'da`, `Karabakh's`)
/// also matches on the part before it. This is the in-memory matcher the
/// glossary's own examples run through; the lint of later issues builds
/// on it.
public struct GlossaryMatcher: Sendable {
  private struct Entry: Sendable {
    var conceptID: String
    var form: Form
  }
  /// Per joined key-word sequence: the forms with that key, and whether
  /// some longer form starts with it (one hash lookup answers both).
  private struct Node: Sendable {
    var entries: [Entry] = []
    var continues = false
  }
  /// The compiled glossary the matcher reads its tables from.
  public let compiled: CompiledGlossary
  private var maxWords: Int { compiled.maxWords }
  /// Keys of distinct words, shared by every scan (texts repeat words).
  private let keys: KeyCache

  /// Compiles `glossary` in memory and matches against it.
  ///
  /// - Parameter keys: a key cache to share (the lint's near-miss index
  ///   keys the same forms). Distinct words are keyed on every core first.
  public init(glossary: Glossary, keys: KeyCache = KeyCache()) {
    let image = CompiledGlossary.compile(glossary, keys: keys, fingerprint: "")
    // An image this process just wrote always opens.
    self.init(compiled: try! CompiledGlossary(image: .init(image)), keys: keys)
  }

  /// Matches against a compiled glossary (opened from the store, or built
  /// in memory).
  public init(compiled: CompiledGlossary, keys: KeyCache = KeyCache()) {
    self.compiled = compiled
    self.keys = keys
  }

  private func node(_ key: String) -> Node? {
    guard let n = compiled.node(key) else { return nil }
    var node = Node(continues: n.continues)
    node.entries.reserveCapacity(n.forms.count)
    for ref in n.forms {
      let c = compiled.concept(at: ref.concept)
      guard ref.form < c.forms.count else { continue }
      node.entries.append(Entry(conceptID: c.id, form: c.forms[ref.form]))
    }
    return node
  }

  private func endsForm(_ word: String) -> Bool { compiled.endsForm(word) }

  /// Every mention in `text`, in order, longest match first at each place.
  ///
  /// - Parameter turkicSuffixes: whether to look for names inside words
  ///   with Turkic case suffixes (Qəbələdə); a caller that knows the text
  ///   is English can skip that work. Suffixes after an apostrophe are
  ///   always recognised.
  public func mentions(in text: String, turkicSuffixes: Bool = true) -> [Mention] {
    mentions(in: text, tokens: Tokenizer.shared.tokens(in: text), turkicSuffixes: turkicSuffixes)
  }

  /// ``mentions(in:turkicSuffixes:)`` on tokens the caller already has
  /// (the lint shares one tokenization between its rules).
  public func mentions(in text: String, tokens all: [Token], turkicSuffixes: Bool = true) -> [Mention] {
    mentions(in: text, tokens: all, turkicSuffixes: turkicSuffixes, byteFilter: true)
  }

  /// ``mentions(in:tokens:turkicSuffixes:)``, with the byte test of
  /// ``cannotStartName(_:)`` on or off (off: every token is keyed, the
  /// reference the tests hold the filter to).
  func mentions(in text: String, tokens all: [Token], turkicSuffixes: Bool, byteFilter: Bool) -> [Mention] {
    let tokens = all.contains(where: \.isNumeric) ? all.filter { !$0.isNumeric } : all
    // One array for all tokens (not one per token, flattened). A token is
    // keyed only when a name could start at it, or when a name that started
    // before it reaches it.
    var words: [Token] = []
    var keyed: [KeyedToken?] = []
    words.reserveCapacity(tokens.count)
    keyed.reserveCapacity(tokens.count)
    // Where a word's key is built for the byte test (longer words skip it).
    let scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 256)
    defer { scratch.deallocate() }
    for token in tokens {
      if byteFilter, !turkicSuffixes, cannotStartName(token, scratch: scratch) {
        words.append(token)
        keyed.append(nil)
        continue
      }
      let whole = keyedToken(token, turkicSuffixes)
      // A hyphenated pair of names that is no listed name as a whole
      // (Azərbaycan-Türkiyə münasibətləri) is two mentions.
      guard token.text.utf8.contains(0x2D), whole.full.count > 1,
        compiled.node(whole.full.joined(separator: " ")) == nil,
        compiled.node(whole.stem.joined(separator: " ")) == nil
      else {
        words.append(token)
        keyed.append(whole)
        continue
      }
      for part in token.hyphenParts(in: text) {
        words.append(part)
        keyed.append(keyedToken(part, turkicSuffixes))
      }
    }
    var result: [Mention] = []
    var i = 0
    while i < keyed.count {
      if keyed[i] != nil, let (mention, used) = longestMatch(at: i, words, &keyed, turkicSuffixes, text: text) {
        result.append(mention)
        i += used
      } else {
        i += 1
      }
    }
    return result
  }

  private func keyedToken(_ token: Token, _ turkicSuffixes: Bool) -> KeyedToken {
    let full = keys.words(of: token.text)
    let apostrophe = Self.stem(token.text)
    if apostrophe != token.text { return KeyedToken(token, full, keys.words(of: apostrophe), apostrophe, .turkic) }
    if turkicSuffixes, let stem = inflectionStem(token.text, key: full.last ?? "") {
      return KeyedToken(token, full, keys.words(of: stem), stem, .turkic)
    }
    if let stem = englishPluralStem(token.text) {
      return KeyedToken(token, full, keys.words(of: stem), stem, .englishPlural)
    }
    return KeyedToken(token, full, full, token.text, .none)
  }

  private func longestMatch(
    at start: Int, _ words: [Token], _ keyed: inout [KeyedToken?], _ turkicSuffixes: Bool, text: String
  ) -> (Mention, Int)? {
    var key = ""
    var candidates: [(Int, [Entry], Bool)] = []
    for end in start..<min(keyed.count, start + maxWords) {
      // A name never spans punctuation (Nakhchivan, Autonomous Republic).
      if end > start, !Self.joins(text[words[end - 1].range.upperBound..<words[end].range.lowerBound]) {
        break
      }
      // A word no name starts with is keyed when a name reaches it.
      if keyed[end] == nil { keyed[end] = keyedToken(words[end], turkicSuffixes) }
      let k = keyed[end]!
      let full = k.full, stem = k.stem
      let before = key
      let joint = before.isEmpty ? "" : " "
      // Reversed below: the whole word is tried before its stem.
      if k.stemming != .none, stem != full,
        let n = node(before + joint + stem.joined(separator: " "))
      {
        // An English plural stands only for English common nouns
        // (ceasefires); a name ending in s is a name (Suluas is not two
        // Suluas).
        let hits =
          k.stemming == .englishPlural
          ? n.entries.filter { $0.form.language == .en && $0.form.text.first?.isLowercase == true }
          : n.entries
        if !hits.isEmpty { candidates.append((end, hits, true)) }
      }
      key = before + joint + (full.count == 1 ? full[0] : full.joined(separator: " "))
      let found = node(key)
      if let found, !found.entries.isEmpty { candidates.append((end, found.entries, false)) }
      // Longer names only continue names that start this way.
      if found?.continues != true { break }
    }
    for (end, hits, stemmed) in candidates.reversed() {
      let first = words[start].range.lowerBound
      let last = words[end]
      var surface = String(text[first..<last.range.upperBound])
      var suffix = ""
      if stemmed {
        suffix = String(last.text.dropFirst(keyed[end]!.stemText.count))
        surface = String(surface.dropLast(suffix.count))
      }
      return (mention(hits, surface: surface, suffix: suffix, range: first..<last.range.upperBound), end - start + 1)
    }
    return nil
  }

  private func mention(_ hits: [Entry], surface: String, suffix: String, range: Range<String.Index>) -> Mention {
    // Typography is no spelling: People’s Artist (a curly apostrophe), an
    // en dash or a no-break space inside a name match the plain form.
    let normalized = Self.plainTypography(Normalizer.nfc(surface))
    if let exact = hits.first(where: { Self.plainTypography($0.form.text) == normalized }) {
      return Mention(
        conceptID: exact.conceptID, surface: surface, suffix: suffix, range: range,
        form: exact.form, caseDiffers: false)
    }
    let folded = Folding.neutralCaseKey(normalized)
    // An ASCII surface cannot fold like a form with a letter whose fold is
    // never ASCII (no ICU call for it).
    let asciiFold = folded.utf8.allSatisfy { $0 < 0x80 }
    if let caseless = hits.first(where: {
      !(asciiFold && Self.foldsOutsideASCII($0.form.text)) && Folding.neutralCaseKey($0.form.text) == folded
    }) {
      return Mention(
        conceptID: caseless.conceptID, surface: surface, suffix: suffix, range: range,
        form: caseless.form, caseDiffers: true)
    }
    return Mention(
      conceptID: hits[0].conceptID, surface: surface, suffix: suffix, range: range, form: nil,
      caseDiffers: false)
  }

  /// `text` with typographic characters replaced by their plain forms:
  /// curly and modifier apostrophes and quotes, hyphens and dashes; a run
  /// of spaces, tabs, line breaks, no-break and narrow spaces is one space
  /// (İlham  Əliyev, a name broken across lines); soft hyphens and
  /// zero-width characters removed.
  public static func plainTypography(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 >= 0xC2 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
      || Self.hasDoubleSpace(text)
    else { return text }
    var out = String.UnicodeScalarView()
    var space = false
    for u in text.unicodeScalars {
      switch u.value {
      case 0x20, 0x09, 0x0A, 0x0D, 0x00A0, 0x2007, 0x202F, 0x2009, 0x200A:
        if !space { out.append(" ") }
        space = true
        continue
      case 0x2018, 0x2019, 0x201B, 0x02BC, 0x2032: out.append("'")
      case 0x201C, 0x201D, 0x201F, 0x2033: out.append("\"")
      case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212: out.append("-")
      case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: continue
      default: out.append(u)
      }
      space = false
    }
    return String(out)
  }

  /// Whether `text` holds two ASCII spaces in a row (a byte scan; what
  /// Foundation's `contains("  ")` answers on the ASCII text it is asked
  /// about, at a fraction of the cost).
  static func hasDoubleSpace(_ text: String) -> Bool {
    var previousSpace = false
    for b in text.utf8 {
      if b == 0x20, previousSpace { return true }
      previousSpace = b == 0x20
    }
    return false
  }

  /// Whether the text between two words can be inside a name: spaces,
  /// line breaks and hyphens, nothing else.
  static func joins(_ gap: Substring) -> Bool {
    gap.utf8.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x2D }
      || gap.allSatisfy { $0.isWhitespace || $0 == "-" || $0 == "‐" || $0 == "–" }
  }

  /// Whether ``Folding/neutralCaseKey(_:)`` of `text` surely holds a
  /// non-ASCII scalar: `text` has a Latin-1, Latin Extended-A/B or Cyrillic
  /// letter other than those whose case folding can be ASCII (ß, İ, ı, ſ).
  /// Such a scalar is no NFC singleton, composes only into other
  /// non-ASCII letters, and folds to a non-ASCII lower-case letter (with a
  /// non-ASCII mark or modifier where the fold has two scalars: ŉ, ǰ).
  static func foldsOutsideASCII(_ text: String) -> Bool {
    for b in text.utf8 where b >= 0x80 {
      // Only then look at scalars: most forms answer on their first byte.
      return text.unicodeScalars.contains { s in
        let v = s.value
        return ((v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7 && v != 0xDF && v != 0x130 && v != 0x131
          && v != 0x17F) || (v >= 0x400 && v <= 0x4FF))
      }
    }
    return false
  }

  /// A token with its key words, and those of its stem when it carries a
  /// suffix.
  private struct KeyedToken {
    enum Stemming { case none, turkic, englishPlural }
    var token: Token
    var full: [String]
    var stem: [String]
    var stemText: String
    var stemming: Stemming
    init(_ token: Token, _ full: [String], _ stem: [String], _ stemText: String, _ stemming: Stemming) {
      self.token = token
      self.full = full
      self.stem = stem
      self.stemText = stemText
      self.stemming = stemming
    }
  }

  /// The singular inside an English plural (`ceasefires` → `ceasefire`,
  /// `taxes` → `tax`): only when
  /// the singular's key ends some form, so most words cost one byte test.
  func englishPluralStem(_ word: String) -> String? {
    let utf8 = word.utf8
    guard utf8.count >= 4, utf8.last == UInt8(ascii: "s"), !word.hasSuffix("ss") else { return nil }
    var candidates = [String(word.dropLast())]
    if word.hasSuffix("es") { candidates.append(String(word.dropLast(2))) }
    for stem in candidates {
      if let k = keys.words(of: stem).last, endsForm(k) { return stem }
    }
    return nil
  }

  /// The name inside an inflected word (`Qəbələdə` → `Qəbələ`): the
  /// longest prefix whose key is the last word of some form and whose
  /// remainder is a harmonic suffix chain; nil when there is none.
  func inflectionStem(_ word: String, key: String) -> String? {
    guard key.count > 3 else { return nil }
    var prefix = ""
    var found = false
    for (i, c) in key.enumerated() {
      prefix.append(c)
      if i >= 2, i < key.count - 1, endsForm(prefix) {
        found = true
        break
      }
    }
    guard found else { return nil }
    // The longest stem wins, except over a shorter one with the same key:
    // a letter the key folds away at the joint belongs to the suffix
    // (Aşqabadda is Aşqabad + da, not Aşqabadd + a).
    var best: (stem: Substring, key: String)?
    var end = word.index(before: word.endIndex)
    while word.distance(from: word.startIndex, to: end) >= 3 {
      let stem = word[..<end]
      let suffix = word[end...]
      if TurkicSuffixes.canFollow(suffix, stem: stem),
        let k = keys.words(of: String(stem)).last, endsForm(k), best == nil || best?.key == k
      {
        best = (stem, k)
      } else if best != nil {
        break
      }
      end = word.index(before: end)
    }
    return best.map { String($0.stem) }
  }

  /// The part of a word before its first apostrophe (`Karabağ'da` →
  /// `Karabağ`), or the word itself.
  public static func stem(_ word: String) -> String {
    // Most words have no apostrophe: one byte scan, no Character work.
    guard word.utf8.contains(where: { $0 == 0x27 || $0 == 0x60 || $0 == 0xE2 || $0 == 0xCA })
    else { return word }
    guard let i = word.firstIndex(where: { apostrophes.contains($0) }), i > word.startIndex
    else { return word }
    return String(word[..<i])
  }

  private static let apostrophes: Set<Character> = ["'", "’", "ʼ", "`"]
}
