import Orthography

/// Re-attaches a case suffix to a replacement name in the text's language.
///
/// Azerbaijani and Kazakh attach suffixes directly (Qarabağda), Turkish
/// after an apostrophe (Karabağ'da), English keeps its 's. The suffix's
/// vowels follow the new name's last vowel (back a ı o u, front e ə i ö ü):
/// Karabağda in Azerbaijani text becomes Qarabağda, Türkiye'de in
/// Azerbaijani text Türkiyədə.
enum SuffixAdapter {
  static let apostrophes: Set<Character> = ["'", "’", "ʼ"]
  static let back: Set<Character> = ["a", "ı", "o", "u", "а", "ы", "о", "ұ"]
  static let front: Set<Character> = ["e", "ə", "i", "ö", "ü", "е", "ә", "і", "ө", "ү"]

  static func apply(_ suffix: String, to name: String, language: LanguageTag) -> String {
    guard !suffix.isEmpty else { return name }
    var body = suffix
    if let first = body.first, apostrophes.contains(first) { body.removeFirst() }
    let plural = suffix == "s" || suffix == "es"
    if language == .en {
      if plural { return englishPlural(name) }
      return name + (suffix.first.map { apostrophes.contains($0) } == true ? suffix : "'" + body)
    }
    // An English plural has no Turkic counterpart to carry over.
    if plural { return name }
    let harmonized = harmonize(body, after: name, language: language)
    if language == .tr { return name + "'" + harmonized }
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

  static func harmonize(_ suffix: String, after name: String, language: LanguageTag) -> String {
    guard let last = name.lowercased().last(where: { back.contains($0) || front.contains($0) }) else {
      return suffix
    }
    let isBack = back.contains(last)
    let rounded: Bool = "oöuüұүө".contains(last)
    return String(
      suffix.map { c -> Character in
        switch c {
        case "a", "e", "ə":
          return isBack ? "a" : (language == .az ? "ə" : "e")
        case "ı", "i", "u", "ü":
          if language == .tr || language == .az {
            return isBack ? (rounded ? "u" : "ı") : (rounded ? "ü" : "i")
          }
          return isBack ? "ı" : "i"
        case "а", "е": return isBack ? "а" : "е"
        case "ы", "і": return isBack ? "ы" : "і"
        default: return c
        }
      })
  }
}
