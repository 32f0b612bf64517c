import CICUShim
import Foundation

/// A BCP 47 language tag in Söz's canonical spelling.
///
/// Tags are compared case-insensitively and `_` is read as `-` (TMX, TBX and
/// ICU locale IDs all appear in the wild). The canonical form minimizes a
/// script equal to the language's Suppress-Script or usual script: `kk`
/// (never `kk-Cyrl`), `tr`, `en`, and `az` for Azerbaijani in Latin script;
/// `az-Cyrl` and `kk-Latn` keep their script.
///
/// Söz writes `az` in its own files because ICU and CLDR minimize
/// `az-Latn` to `az`; exporters that need the explicit script (TMX for
/// OmegaT) may expand it with ``expanded``.
public struct LanguageTag: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The canonical tag text, e.g. `kk-Latn`.
  public let rawValue: String

  /// Parses and canonicalizes `text`; returns nil when it is not a
  /// well-formed tag with a known ISO 639 language.
  public init?(_ text: String) {
    // The tags Söz meets all the time skip ICU and the locale tables.
    if let known = LanguageTag.common[text] {
      rawValue = known
      return
    }
    let trimmed = text.trimmingCharacters(in: .whitespaces)
      .replacingOccurrences(of: "_", with: "-")
    guard !trimmed.isEmpty, trimmed.count <= 64,
      trimmed.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
    else { return nil }
    guard let canonical = LanguageTag.icuCanonical(trimmed) else { return nil }
    let language = canonical.split(separator: "-").first.map(String.init) ?? ""
    guard LanguageTag.knownLanguages.contains(language) else { return nil }
    rawValue = LanguageTag.minimized(canonical)
  }

  public static let en = LanguageTag(trusted: "en")
  public static let az = LanguageTag(trusted: "az")
  public static let azCyrl = LanguageTag(trusted: "az-Cyrl")
  public static let tr = LanguageTag(trusted: "tr")
  public static let kk = LanguageTag(trusted: "kk")
  public static let kkLatn = LanguageTag(trusted: "kk-Latn")
  public static let ru = LanguageTag(trusted: "ru")

  /// The languages Söz has orthographic knowledge of, in display order.
  public static let core: [LanguageTag] = [.en, .az, .tr, .kk, .kkLatn]

  private init(trusted: String) { rawValue = trusted }

  public var description: String { rawValue }

  /// The primary language subtag (`kk` for `kk-Latn`).
  public var language: String {
    String(rawValue.split(separator: "-").first ?? "")
  }

  /// The tag without its region subtag (`en-US` → `en`, `kk-Latn-KZ` →
  /// `kk-Latn`); the tag itself when it has none.
  public var withoutRegion: LanguageTag {
    let parts = rawValue.split(separator: "-")
    let kept = parts.enumerated().filter { i, p in
      !(i > 0 && (p.count == 2 && p.allSatisfy(\.isLetter) || p.count == 3 && p.allSatisfy(\.isNumber)))
    }.map(\.element)
    guard kept.count != parts.count else { return self }
    return LanguageTag(trusted: kept.joined(separator: "-"))
  }

  /// Whether this tag is `language` with a region (`en-US` for `en`); a
  /// script never matches another (`kk-Latn` is not `kk`).
  public func isRegional(_ language: LanguageTag) -> Bool {
    self != language && withoutRegion == language
  }

  /// The script subtag, explicit or implied (`Latn`, `Cyrl`).
  public var script: String {
    let parts = rawValue.split(separator: "-")
    if parts.count > 1, parts[1].count == 4 { return String(parts[1]) }
    return LanguageTag.defaultScripts[language] ?? "Latn"
  }

  /// The tag with the script written out, as some tools expect
  /// (`az` → `az-Latn`); tags without a default script are unchanged.
  public var expanded: String {
    if rawValue == "az" { return "az-Latn" }
    return rawValue
  }

  /// Whether this language writes dotted İ/i and dotless I/ı as separate
  /// letters (Turkish, Azerbaijani Latin and Kazakh Latin 2021).
  public var usesTurkicCasing: Bool {
    // The memory's common tags without splitting the tag (asked per
    // segment on import); the same answers as the general rule below.
    switch rawValue {
    case "en", "kk", "ru", "az-Cyrl": return false
    case "az", "tr", "kk-Latn", "az-Latn": return true
    default: break
    }
    guard script == "Latn" else { return false }
    return ["tr", "az", "kk", "crh", "gag", "tk", "tt"].contains(language)
  }

  /// The ICU locale for case mapping: `tr` for Turkic Latin, root otherwise.
  /// ICU's own `kk` locale has no I/ı rules, so Kazakh Latin uses `tr`.
  public var caseLocale: String { usesTurkicCasing ? "tr" : "" }

  public static func < (a: LanguageTag, b: LanguageTag) -> Bool {
    let order = ["en", "az", "az-Cyrl", "tr", "kk", "kk-Latn", "ru"]
    let ia = order.firstIndex(of: a.rawValue) ?? order.count
    let ib = order.firstIndex(of: b.rawValue) ?? order.count
    return ia != ib ? ia < ib : a.rawValue < b.rawValue
  }

  private static let common: [String: String] = [
    "en": "en", "az": "az", "az-Latn": "az", "az-Cyrl": "az-Cyrl", "tr": "tr", "kk": "kk",
    "kk-Cyrl": "kk", "kk-Latn": "kk-Latn", "ru": "ru",
  ]

  private static let defaultScripts: [String: String] = [
    "en": "Latn", "az": "Latn", "tr": "Latn", "kk": "Cyrl", "ru": "Cyrl",
    "uz": "Latn", "ky": "Cyrl", "tk": "Latn", "tt": "Cyrl", "ba": "Cyrl",
    "hu": "Latn", "de": "Latn", "fr": "Latn", "uk": "Cyrl", "mn": "Cyrl",
  ]

  private static let knownLanguages: Set<String> = {
    var codes = Set(Locale.LanguageCode.isoLanguageCodes.map(\.identifier))
    codes.formUnion(["en", "az", "tr", "kk", "ru"])
    return codes
  }()

  private static func icuCanonical(_ tag: String) -> String? {
    var out = [CChar](repeating: 0, count: 128)
    var status: Int32 = 0
    let n = soz_icu_canonical_tag(tag, &out, 128, &status)
    guard !ICUStatus.isFailure(status), n > 0 else { return nil }
    let text = cString(out)
    // ICU maps unparsable input to "und"; treat that as invalid.
    guard text != "und" || tag.lowercased() == "und" else { return nil }
    return text
  }

  private static func minimized(_ tag: String) -> String {
    var parts = tag.split(separator: "-").map(String.init)
    guard parts.count > 1, parts[1].count == 4 else { return tag }
    if defaultScripts[parts[0]] == parts[1] { parts.remove(at: 1) }
    return parts.joined(separator: "-")
  }
}
