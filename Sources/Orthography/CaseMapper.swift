import CICUShim

/// Language-aware case mapping through ICU.
///
/// Turkish, Azerbaijani and Kazakh Latin (2021) map I ↔ ı and İ ↔ i; every
/// other language uses the root rules, under which İ lowercases to
/// `i + U+0307` and I to i. ICU's `kk` locale has no Turkic rules, so
/// ``LanguageTag/caseLocale`` selects `tr` for Kazakh Latin.
public enum CaseMapper {
  /// Lowercases `text` with the rules of `language`.
  public static func lowercased(_ text: String, language: LanguageTag) -> String {
    map(text, locale: language.caseLocale, upper: false)
  }

  /// Uppercases `text` with the rules of `language`.
  public static func uppercased(_ text: String, language: LanguageTag) -> String {
    map(text, locale: language.caseLocale, upper: true)
  }

  /// Case-folds for caseless matching: Turkic (`EXCLUDE_SPECIAL_I`) for
  /// languages that use Turkic casing, the default folding otherwise. Fold
  /// both sides of a comparison with the same language.
  public static func folded(_ text: String, language: LanguageTag) -> String {
    folded(text, turkic: language.usesTurkicCasing)
  }

  /// Case-folds with the Turkic rule (`I → ı`, `İ → i`) or the default one.
  public static func folded(_ text: String, turkic: Bool) -> String {
    if !turkic, text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiLower(text) }
    return (try? icuTransform(text, operation: "fold case") { s, n, d, c, st in
      soz_icu_fold_case(s, n, d, c, turkic ? 1 : 0, &st)
    }) ?? text
  }

  /// Uppercases the first letter with the language's rules and leaves the
  /// rest alone (`istanbul` → `İstanbul` in Turkish).
  public static func capitalizedFirst(_ text: String, language: LanguageTag) -> String {
    guard let first = text.first else { return text }
    return uppercased(String(first), language: language) + text.dropFirst()
  }

  private static func map(_ text: String, locale: String, upper: Bool) -> String {
    (try? icuTransform(text, operation: upper ? "upper" : "lower") { s, n, d, c, st in
      locale.withCString { loc in
        upper ? soz_icu_to_upper(s, n, d, c, loc, &st)
          : soz_icu_to_lower(s, n, d, c, loc, &st)
      }
    }) ?? text
  }

  static func asciiLower(_ text: String) -> String {
    String(decoding: text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
  }
}
