import Orthography

/// A word of a translation-memory segment: its search key and where it
/// stands in the segment.
public struct SegmentToken: Hashable, Sendable {
  /// The word in NFC, case-folded with its language's rules (Turkic I/ı
  /// for az, tr and kk-Latn), apostrophes unified to `'`.
  public var key: String
  /// The word's place in the segment, in Unicode scalars.
  public var range: Range<Int>

  public init(key: String, range: Range<Int>) {
    self.key = key
    self.range = range
  }
}

/// Splits segments into the words fuzzy search compares.
///
/// A word is a maximal run of letters, digits and combining marks; an
/// apostrophe between two letters stays inside the word (`Karabağ'da`,
/// `Karabakh's`). Everything else — spaces, hyphens, punctuation — separates
/// words and is not compared. The scan is pure Swift on Unicode scalars
/// (no ICU word breaks), so a million segments tokenize in seconds.
public enum SegmentTokenizer {
  /// The words of `text` with their keys and scalar ranges.
  public static func tokens(of text: String, language: LanguageTag) -> [SegmentToken] {
    var result: [SegmentToken] = []
    let turkic = language.usesTurkicCasing
    var word = String.UnicodeScalarView()
    var start = 0
    var ascii = true
    var pendingApostrophe = false
    var offset = 0
    func flush(_ end: Int) {
      if !word.isEmpty {
        result.append(SegmentToken(key: fold(String(word), ascii: ascii, turkic: turkic, language: language), range: start..<end))
      }
      word = String.UnicodeScalarView()
      ascii = true
    }
    var lastWordEnd = 0
    for s in text.unicodeScalars {
      if isWordScalar(s) {
        if word.isEmpty { start = offset }
        if pendingApostrophe {
          word.append("'")
          pendingApostrophe = false
        }
        word.append(s)
        if s.value >= 0x80 { ascii = false }
        lastWordEnd = offset + 1
      } else if isApostrophe(s), !word.isEmpty, !pendingApostrophe, lastWordEnd == offset {
        pendingApostrophe = true
      } else {
        pendingApostrophe = false
        flush(lastWordEnd)
      }
      offset += 1
    }
    flush(lastWordEnd)
    return result
  }

  /// The keys of the words of `text`.
  public static func keys(of text: String, language: LanguageTag) -> [String] {
    tokens(of: text, language: language).map(\.key)
  }

  /// The keys joined by one space: the segment's normalized text (two
  /// segments with equal normalized texts are a 100 % match).
  public static func normalized(_ text: String, language: LanguageTag) -> String {
    keys(of: text, language: language).joined(separator: " ")
  }

  static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
    if s.value < 0x80 {
      let v = s.value
      return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
    }
    let p = s.properties
    if p.isAlphabetic || p.numericType != nil { return true }
    switch p.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
    s == "'" || s == "\u{2019}" || s == "\u{02BC}"
  }

  static func fold(_ word: String, ascii: Bool, turkic: Bool, language: LanguageTag) -> String {
    if ascii {
      var bytes = Array(word.utf8)
      var needsTurkic = false
      for i in bytes.indices where bytes[i] >= 0x41 && bytes[i] <= 0x5A {
        if turkic, bytes[i] == 0x49 {
          needsTurkic = true
        } else {
          bytes[i] += 32
        }
      }
      if !needsTurkic { return String(decoding: bytes, as: UTF8.self) }
    }
    return Normalizer.nfc(CaseMapper.folded(word, language: language))
  }
}
