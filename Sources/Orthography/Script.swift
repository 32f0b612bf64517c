import CICUShim

/// The writing system of a character, a word or a text (ISO 15924).
public enum Script: String, Sendable, Codable, CaseIterable {
  case latin = "Latn"
  case cyrillic = "Cyrl"
  /// Digits, punctuation and symbols shared by every script.
  case common = "Zyyy"
  /// Letters of two or more scripts in one word (homoglyph suspects).
  case mixed = "Mixed"
  case other = "Zzzz"

  /// The script of one code point, from ICU's Script property.
  public static func of(_ scalar: Unicode.Scalar) -> Script {
    if scalar.isASCII {
      let v = scalar.value
      return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) ? .latin : .common
    }
    let code = String(cString: soz_icu_script_code(scalar.value))
    switch code {
    case "Latn": return .latin
    case "Cyrl": return .cyrillic
    case "Zyyy", "Zinh": return .common
    default: return .other
    }
  }

  /// The script of a word: the one script of its letters, `.mixed` when
  /// letters of several scripts meet, `.common` when it has no letters.
  public static func of(_ text: some StringProtocol) -> Script {
    var found: Script?
    for scalar in text.unicodeScalars {
      let s = Script.of(scalar)
      if s == .common { continue }
      if let f = found, f != s { return .mixed }
      found = s
    }
    return found ?? .common
  }
}
