import Orthography

/// Re-attaches a case suffix to a replacement name in the text's language.
///
/// Azerbaijani and Kazakh attach suffixes directly (Qarabağda), Turkish
/// after an apostrophe (Karabağ'da), English keeps its 's. The suffix's
/// vowels follow the vowel before them, the first the new name's last
/// vowel (back a ı o u, front e ə i ö ü; in Kazakh Latin y is back and ı
/// front): Karabağda in Azerbaijani text becomes Qarabağda, Türkiye'de in
/// Azerbaijani text Türkiyədə. The suffix's first consonant follows the
/// name's last sound (``Joint``): Dağlıq Qarabağ Respublikasının becomes
/// Qarabağın, Таулы Қарабақ Республикасының Қарабақтың.
enum SuffixAdapter {
  static let apostrophes: Set<Character> = ["'", "’", "ʼ"]

  static func apply(_ suffix: String, to name: String, language: LanguageTag) -> String {
    guard !suffix.isEmpty else { return name }
    var body = suffix
    var apostrophe: Character = "'"
    if let first = body.first, apostrophes.contains(first) {
      apostrophe = first
      body.removeFirst()
    }
    let plural = suffix == "s" || suffix == "es"
    if language == .en {
      if plural { return englishPlural(name) }
      return name + String(apostrophe) + body
    }
    // An English plural has no Turkic counterpart to carry over.
    if plural { return name }
    let harmonized = Joint.adapt(harmonize(body, after: name, language: language), after: name, language: language)
    // Turkish keeps the text's apostrophe (Karabağ’da stays curly).
    if language == .tr { return name + String(apostrophe) + harmonized }
    return name + harmonized
  }

  /// `name` in the plural: `es` after a sibilant, `ies` for a consonant
  /// and `y`, else `s`.
  static func englishPlural(_ name: String) -> String {
    let lower = name.lowercased()
    if ["s", "x", "z", "ch", "sh"].contains(where: { lower.hasSuffix($0) }) { return name + "es" }
    if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) {
      return name.dropLast() + "ies"
    }
    return name + "s"
  }

  /// The suffix's vowels in a chain: each follows the vowel before it, the
  /// first the name's last vowel (Qarabağ + dakı, Türkiyə + dəki). Turkish
  /// -ki never changes (Karabağ'daki, Türkiye'dekiler).
  static func harmonize(_ suffix: String, after name: String, language: LanguageTag) -> String {
    let h = Harmony.of(language)
    guard var previous = name.lowercased().last(where: h.isVowel) else { return suffix }
    let chars = Array(suffix)
    var out = ""
    for (i, c) in chars.enumerated() {
      if language == .tr, "ıiuü".contains(c), i > 0, chars[i - 1] == "k", i == 1 || "aeən".contains(chars[i - 2]) {
        out.append("i")
        previous = "i"
      } else if h.isVowel(c) {
        let v = h.harmonized(c, after: previous)
        out.append(v)
        previous = v
      } else {
        out.append(c)
      }
    }
    return out
  }
}

/// The vowels of a language's suffixes and how they harmonize.
struct Harmony {
  var back: Set<Character>
  var front: Set<Character>
  /// Vowels with a four-way (rounded) and a two-way (a/e) alternation,
  /// each as (back unrounded, back rounded, front unrounded, front rounded).
  var high: [Character]
  var low: [Character]
  var rounding: Bool

  func isVowel(_ c: Character) -> Bool { back.contains(c) || front.contains(c) }

  func harmonized(_ c: Character, after previous: Character) -> Character {
    let isBack = back.contains(previous)
    let rounded = rounding && "oöuüū".contains(previous)
    if high.contains(c) {
      return rounding ? high[(isBack ? 0 : 2) + (rounded ? 1 : 0)] : high[isBack ? 0 : 2]
    }
    if low.contains(c) { return isBack ? low[0] : low[2] }
    return c
  }

  static func of(_ language: LanguageTag) -> Harmony {
    switch language {
    case .az:
      return Harmony(
        back: ["a", "ı", "o", "u"], front: ["e", "ə", "i", "ö", "ü"], high: ["ı", "u", "i", "ü"],
        low: ["a", "a", "ə", "e"], rounding: true)
    case .tr:
      return Harmony(
        back: ["a", "ı", "o", "u"], front: ["e", "i", "ö", "ü"], high: ["ı", "u", "i", "ü"],
        low: ["a", "a", "e", "e"], rounding: true)
    case .kkLatn:
      // The 2021 alphabet: y is ы (back), ı is і (front), i is й.
      return Harmony(
        back: ["a", "o", "ū", "y"], front: ["ä", "e", "ı", "ö", "ü"], high: ["y", "y", "ı", "ı"],
        low: ["a", "a", "e", "e", "ä"], rounding: false)
    default:
      return Harmony(
        back: ["а", "ы", "о", "ұ"], front: ["ә", "е", "і", "ө", "ү"], high: ["ы", "ы", "і", "і"],
        low: ["а", "а", "е", "е"], rounding: false)
    }
  }
}

/// The consonant at the joint of a name and its suffix, which depends on
/// the name's last sound: the buffer n or y of Azerbaijani and Turkish
/// after a vowel (Türkiyənin, Qarabağın; Türkiye'ye, Karabağ'a), Turkish
/// d/t after a voiceless consonant, and the Kazakh н/д/т, ғ/қ, г/к
/// alternations (Астананың, Қарабақтың, Ыстамбұлдың; Астанаға, Қарабаққа).
/// Only the case suffixes a name takes are adapted; any other suffix is
/// left as written.
enum Joint {
  static func adapt(_ suffix: String, after name: String, language: LanguageTag) -> String {
    guard let last = name.lowercased().last, !suffix.isEmpty else { return suffix }
    switch language {
    case .az, .tr: return turkic(Array(suffix), last, language)
    case .kk: return kazakh(Array(suffix), last)
    default: return suffix
    }
  }

  static let latinVowels: Set<Character> = ["a", "ı", "o", "u", "e", "ə", "i", "ö", "ü", "â", "î", "û"]
  static let latinHigh: Set<Character> = ["ı", "i", "u", "ü"]
  static let latinLow: Set<Character> = ["a", "e", "ə"]
  static let voiceless: Set<Character> = ["ç", "f", "h", "k", "p", "s", "ş", "t"]

  private static func turkic(_ s: [Character], _ last: Character, _ language: LanguageTag) -> String {
    let vowelFinal = latinVowels.contains(last)
    var s = s
    if vowelFinal {
      // Genitive ın → nın; accusative ı → nı (az) / yı (tr); dative a → ya.
      if s.count == 2, latinHigh.contains(s[0]), s[1] == "n" { s.insert("n", at: 0) }
      else if s.count == 1, latinHigh.contains(s[0]) { s.insert(language == .az ? "n" : "y", at: 0) }
      else if s.count == 1, latinLow.contains(s[0]) { s.insert("y", at: 0) }
    } else {
      // The buffers go after a consonant: nın → ın, nı/yı → ı, ya → a.
      if s.count == 3, s[0] == "n", latinHigh.contains(s[1]), s[2] == "n" { s.removeFirst() }
      else if s.count == 2, s[0] == "n" || s[0] == "y", latinHigh.contains(s[1]) { s.removeFirst() }
      else if s.count == 2, s[0] == "y", latinLow.contains(s[1]) { s.removeFirst() }
    }
    // Turkish d/t after a voiceless consonant (Tokat'ta, Karabağ'da).
    if language == .tr, let first = s.first, first == "d" || first == "t", s.count > 1, latinVowels.contains(s[1]) {
      s[0] = voiceless.contains(last) ? "t" : "d"
    }
    return String(s)
  }

  static let cyrillicVowels: Set<Character> = ["а", "ә", "е", "ё", "и", "о", "ө", "у", "ұ", "ү", "ы", "і", "э", "ю", "я"]
  static let nasal: Set<Character> = ["м", "н", "ң"]
  static let voiced: Set<Character> = ["ж", "з", "й", "л", "р", "у"]

  /// Kazakh: genitive н/д/т + ың, accusative н/д/т + ы, ablative д/н/т +
  /// ан, locative д/т + а, dative ғ/қ (г/к) + а.
  private static func kazakh(_ s: [Character], _ last: Character) -> String {
    guard s.count >= 2 else { return String(s) }
    let vowel = cyrillicVowels.contains(last) && last != "у"
    let sonorant = nasal.contains(last)
    let soft = voiced.contains(last)
    var s = s
    let high: Set<Character> = ["ы", "і"]
    let low: Set<Character> = ["а", "е"]
    let first = s[0]
    if "ндт".contains(first), high.contains(s[1]), s.count == 2 || (s.count == 3 && s[2] == "ң") {
      // Genitive (ың: Астананың, Қазақстанның, Ыстамбұлдың, Қарабақтың)
      // and accusative (ы: Астананы, Қазақстанды, Қарабақты).
      let genitive = s.count == 3
      s[0] = vowel || (sonorant && genitive) ? "н" : (sonorant || soft) ? "д" : "т"
    } else if "ндт".contains(first), low.contains(s[1]), s.count == 3, s[2] == "н" {
      // Ablative: Астанадан, Қазақстаннан, Қарабақтан.
      s[0] = sonorant ? "н" : (vowel || soft) ? "д" : "т"
    } else if "дт".contains(first), low.contains(s[1]), s.count == 2 {
      // Locative: Астанада, Қазақстанда, Қарабақта.
      s[0] = vowel || sonorant || soft ? "д" : "т"
    } else if "ғқгк".contains(first), low.contains(s[1]), s.count == 2 {
      // Dative: Астанаға, Қарабаққа; the consonant follows the vowel's row.
      let hard = !(vowel || sonorant || soft)
      s[0] = hard ? (s[1] == "а" ? "қ" : "к") : (s[1] == "а" ? "ғ" : "г")
    }
    return String(s)
  }
}
