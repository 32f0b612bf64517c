import Foundation

/// A cross-language, cross-script key under which spellings of one name
/// come together.
///
/// The key is computed in three steps (../docs: variants.md §7):
///
/// 1. **Pivot** (ICU rules, ``ComparisonKeyRules/pivot``): NFC, Turkic-safe
///    lowercasing (I, İ and ı all become i), Cyrillic (Russian, Kazakh,
///    Azerbaijani) to a Turkic Latin pivot, and every romanization
///    tradition's digraphs to one symbol: `S` = sh ş ш щ, `C` = ch ç ч,
///    `J` = j c zh dj dzh ж ҹ, `H` = kh x h х һ; then q → k, ğ gh ғ → g,
///    ə ä ә → a, ı ы і → i, ö ө → o, ü ū ұ ү → u, w → v, ñ ң → ng; and
///    diacritics stripped.
/// 2. **Glides** (Swift): y between vowels is dropped (Aliyev ≡ Алиев,
///    Tokayev ≡ Тоқаев), y between consonants or after a consonant at the
///    end is i (Kyrgyz ≡ Kırgız, Khojaly ≡ Xocalı), word-initial ye is e and
///    i before a vowel at the start is y (kk-Latn İusubov ≡ Yusubov).
/// 3. **Doubles** collapse (Məmməd ≡ Mammad, Kassym ≡ Qasym).
///
/// Words are separated by one space (hyphens count as spaces) and
/// apostrophes and other punctuation vanish, so `Kassym-Jomart` and
/// `Kassym Jomart` share a key. Under the key Qarabağ and Karabağ are equal
/// (`karabag`), and Garabagh, Karabakh, Қарабақ and Карабах are one edit
/// away; the typo search and ``WeightedEditDistance`` do the rest.
///
/// Keys are for comparison only: never display them.
public enum ComparisonKey {
  /// The key of `text` (a word or a multiword name).
  public static func of(_ text: String) -> String {
    words(of: text).joined(separator: " ")
  }

  /// The key of each word of `text`, in order; empty words are dropped.
  public static func words(of text: String) -> [String] {
    // Most words of English text and of romanized names are ASCII: their
    // pivot is a few byte rules, with no ICU call (the ICU rules are then
    // not even compiled in a process that sees no other text).
    if let ascii = ASCIIKeyPivot.words(of: text) { return ascii }
    return icuWords(of: text)
  }

  /// The key of the ASCII word `bytes` when that key is exactly one word,
  /// written into `scratch` (at least `2 * bytes.count + 2` bytes), else
  /// nil (no word, several, non-ASCII bytes, too small a scratch): the
  /// bytes ``words(of:)`` would return as its only String, for a lookup
  /// that needs no String (the lint's test of whether a token can start a
  /// glossary name).
  public static func singleASCIIWord(
    of bytes: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutableBufferPointer<UInt8>
  ) -> UnsafeBufferPointer<UInt8>? {
    ASCIIKeyPivot.singleWord(of: bytes, scratch: scratch)
  }

  /// ``words(of:)`` through the ICU pivot, whatever the text: the
  /// reference the ASCII fast path is tested against.
  static func icuWords(of text: String) -> [String] {
    let pivot = Transforms.keyPivot.transliterate(text)
    var words: [String] = []
    var current: [Unicode.Scalar] = []
    func flush() {
      if !current.isEmpty { words.append(finish(current)) }
      current.removeAll(keepingCapacity: true)
    }
    for scalar in pivot.unicodeScalars {
      if isWordBreak(scalar) {
        flush()
      } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        current.append(scalar)
      }
      // Apostrophes and other punctuation vanish.
    }
    flush()
    return words.filter { !$0.isEmpty }
  }

  /// Whether `scalar` separates words in a key: spaces, hyphens, dashes
  /// between parts of a name, slashes.
  public static func isWordBreak(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2013}"
      || scalar.properties.isWhitespace || scalar == "/"
  }

  /// The key of `text` with its word breaks taken out first, as if typed
  /// as one word: spellings that differ only in where words break
  /// (NagornoKarabakh, Nagorno-Karabakh; Kekfis htepe, Kekfishtepe) share
  /// it, including where a digraph, a doubled letter or a glide spans the
  /// break.
  public static func unbroken(_ text: String) -> String {
    let joined = String(String.UnicodeScalarView(text.unicodeScalars.filter { !isWordBreak($0) }))
    return words(of: joined).joined()
  }

  /// The consonant skeleton of a key word, for blocking: non-initial
  /// vowels dropped and k, g and H merged (`karabag`, `garabaH` → `krbk`).
  public static func skeleton(ofKeyWord word: String) -> String {
    var out = ""
    for (i, c) in word.enumerated() {
      if i > 0, isVowel(c) { continue }
      let mapped: Character = (c == "g" || c == "H" || c == "k") ? "k" : c
      if out.last != mapped || i == 0 { out.append(mapped) }
    }
    return out
  }

  static func isVowel(_ c: Character) -> Bool { "aeiou".contains(c) }

  private static func isVowel(_ s: Unicode.Scalar) -> Bool {
    s == "a" || s == "e" || s == "i" || s == "o" || s == "u"
  }

  private static func isConsonant(_ s: Unicode.Scalar) -> Bool {
    s.properties.isAlphabetic && !isVowel(s) && s != "y"
  }

  /// Applies the glide and double-letter rules to one pivoted word.
  static func finish(_ word: [Unicode.Scalar]) -> String {
    var s = word
    // Word-initial ye → e; word-initial i + vowel → y + vowel.
    if s.count > 2, s[0] == "y", s[1] == "e" { s.removeFirst() }
    if s.count > 2, s[0] == "i", isVowel(s[1]) { s[0] = "y" }
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(s.count)
    for i in s.indices {
      let c = s[i]
      if c == "y", i > 0 {
        let before = s[i - 1]
        let after: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
        if isVowel(before), let after, isVowel(after) { continue }
        if isConsonant(before), after == nil || isConsonant(after!) {
          out.append("i")
          continue
        }
      }
      if let last = out.last, last == c, isConsonant(c) { continue }
      out.append(c)
    }
    var text = String(String.UnicodeScalarView(out))
    if text.isEmpty { text = String(String.UnicodeScalarView(word)) }
    return text
  }
}

/// The ICU rule string behind ``ComparisonKey``'s pivot step.
public enum ComparisonKeyRules {
  /// NFC, Turkic-safe lowercase, Cyrillic → Latin pivot, digraph symbols,
  /// letter folds, then diacritics stripped.
  public static let pivot = """
    :: NFC;
    İ > i; I > i; ı > i;
    :: Lower;
    дж > J; ж > J; ҹ > J; ш > S; щ > S; ч > C; ц > ts;
    х > H; һ > H; қ > k; к > k; ғ > g; г > g; ҝ > g; ң > ng;
    ә > a; ө > o; ұ > u; ү > u; і > i; ы > i; ј > y;
    ё > yo; ю > yu; я > ya; ъ > ; ь > ; э > e; е > e;
    а > a; б > b; в > v; д > d; з > z; и > i; й > y; л > l;
    м > m; н > n; о > o; п > p; р > r; с > s; т > t; у > u; ф > f;
    dzh > J; sch > S; tch > C; sh > S; ch > C; zh > J; dj > J;
    kh > H; gh > g;
    ş > S; ș > S; ç > C; c > J; j > J; x > H; h > H; ğ > g; q > k;
    ə > a; ǝ > a; ä > a; ñ > ng; ö > o; ü > u; ū > u; w > v;
    ’ > ; ʼ > ; ʻ > ; ‘ > ; \\' > ; \\` > ;
    :: NFD;
    :: [:Nonspacing Mark:] Remove;
    :: NFC;
    """
}
