/// Explicit matching levels below exact equality.
///
/// Each level is a separate function so that a correctness check never
/// folds silently: lint compares exact forms, lookup walks down the levels
/// and reports which one matched.
public enum Folding {
  /// Case level: the text case-folded with its language's rules, or, with
  /// no language, lowercased so that I, İ, ı and i all become i.
  public static func caseKey(_ text: String, language: LanguageTag?) -> String {
    let nfc = Normalizer.nfc(text)
    if let language { return CaseMapper.folded(nfc, language: language) }
    return neutralCaseKey(nfc)
  }

  /// Language-neutral case folding: Turkic I-forms collapse to i, then the
  /// default Unicode case folding.
  public static func neutralCaseKey(_ text: String) -> String {
    // ASCII: NFC is the identity, I → i is the lowercase's, and default
    // case folding is the ASCII lowercase (no ICU call, no scalar loop).
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return CaseMapper.asciiLower(text) }
    var units = ""
    units.reserveCapacity(text.utf8.count)
    var changed = false
    for s in Normalizer.nfc(text).unicodeScalars {
      switch s {
      case "İ", "I", "ı":
        units.unicodeScalars.append("i")
        changed = changed || s != "I"
      default: units.unicodeScalars.append(s)
      }
    }
    // ı + a combining mark recomposes once it is i (ı́ → í).
    let folded = CaseMapper.folded(changed ? Normalizer.nfc(units) : units, turkic: false)
    return Normalizer.nfc(folded)
  }

  /// Diacritic level: the neutral case key with the combining marks of
  /// Latin letters removed and dotless ı as i (â → a, ğ → g, ş → s,
  /// ü → u, ä → a). Letters that are not a base plus a mark stay (ə), and
  /// Cyrillic letters are never changed (й, ё and ү are letters, not
  /// и, е and у with marks).
  public static func diacriticKey(_ text: String) -> String {
    let decomposed = Normalizer.nfd(neutralCaseKey(text))
    var out = ""
    out.reserveCapacity(decomposed.utf8.count)
    var baseIsLatin = false
    for s in decomposed.unicodeScalars {
      if s.properties.generalCategory == .nonspacingMark {
        if baseIsLatin { continue }
      } else {
        baseIsLatin = Script.of(s) == .latin
      }
      out.unicodeScalars.append(s)
    }
    return Normalizer.nfc(out)
  }
}
