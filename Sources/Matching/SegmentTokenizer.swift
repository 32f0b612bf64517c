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
    let scalars = text.unicodeScalars
    var start: String.Index?
    var startOffset = 0
    var end = scalars.startIndex
    var endOffset = 0
    // Lowercase-only non-ASCII letters and ASCII: folded without ICU.
    var simple = true
    var curlyApostrophe = false
    var pendingApostrophe = false
    func flush() {
      guard let s = start else { return }
      var word = String(text.unicodeScalars[s..<end])
      if curlyApostrophe {
        word = word.replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{02BC}", with: "'")
      }
      let key = simple ? asciiFold(word, turkic: turkic) : Normalizer.nfc(CaseMapper.folded(word, language: language))
      result.append(SegmentToken(key: key, range: startOffset..<endOffset))
      start = nil
      simple = true
      curlyApostrophe = false
    }
    var offset = 0
    var i = scalars.startIndex
    while i != scalars.endIndex {
      let sc = scalars[i]
      let next = scalars.index(after: i)
      let k = kind(of: sc)
      if k & Self.word != 0 {
        if start == nil {
          start = i
          startOffset = offset
        }
        if pendingApostrophe { pendingApostrophe = false }
        if k & Self.folded != 0 { simple = false }
        end = next
        endOffset = offset + 1
      } else if isApostrophe(sc), start != nil, !pendingApostrophe, endOffset == offset {
        pendingApostrophe = true
        if sc != "'" { curlyApostrophe = true }
      } else {
        pendingApostrophe = false
        flush()
      }
      offset += 1
      i = next
    }
    flush()
    return result
  }

  /// Folds a word whose only letters that change under case folding are
  /// ASCII: A–Z to a–z, and with Turkic rules I to ı.
  static func asciiFold(_ word: String, turkic: Bool) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(word.utf8.count + 1)
    var changed = false
    for b in word.utf8 {
      if b >= 0x41, b <= 0x5A {
        changed = true
        if turkic, b == 0x49 {
          bytes.append(0xC4)
          bytes.append(0xB1)
        } else {
          bytes.append(b + 32)
        }
      } else {
        bytes.append(b)
      }
    }
    return changed ? String(decoding: bytes, as: UTF8.self) : word
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

  /// ``kind(of:)``'s bits: a word scalar; a non-ASCII scalar that folding
  /// changes, or a mark (the word needs ICU's folding and NFC).
  static let word: UInt8 = 1
  static let folded: UInt8 = 2

  /// The kinds of U+0000…U+07FF (Latin, Greek, Cyrillic…), computed once:
  /// a segment's scalars are nearly all there, and Unicode properties cost
  /// a table walk each.
  static let kinds: [UInt8] = (0..<0x800).map { classify(Unicode.Scalar(UInt32($0))!) }

  @inline(__always) static func kind(of s: Unicode.Scalar) -> UInt8 {
    s.value < 0x800 ? kinds[Int(s.value)] : classify(s)
  }

  static func classify(_ s: Unicode.Scalar) -> UInt8 {
    guard isWordScalar(s) else { return 0 }
    guard s.value >= 0x80 else { return word }
    let p = s.properties
    if p.changesWhenCaseFolded { return word | folded }
    switch p.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return word | folded
    default: return word
    }
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
}
