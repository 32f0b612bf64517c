import CICUShim

/// Unicode normalization through ICU.
///
/// Söz stores and compares text in NFC: every reader calls ``nfc(_:)`` on
/// text as it enters, so `e + U+0308` and `ë`, or `I + U+0307` and `İ`, are
/// one string everywhere after that.
public enum Normalizer {
  /// Returns `text` in Normalization Form C.
  ///
  /// ASCII text is returned as is without calling ICU.
  public static func nfc(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
    if isStableLatinOrCyrillic(text) { return text }
    // NFC cannot fail on valid UTF-16; a failure here is a broken ICU.
    return (try? icuTransform(text, operation: "NFC") { s, n, d, c, st in
      soz_icu_nfc(s, n, d, c, &st)
    }) ?? text
  }

  /// Whether every scalar is one that NFC leaves alone next to any other
  /// of them: Latin up to U+02FF, Cyrillic U+0400–U+04FF except the
  /// combining marks U+0483–U+0489, and general punctuation — text in
  /// the five orthographies, which then skips ICU (checked exhaustively
  /// over all pairs; no combining mark is in these ranges).
  static func isStableLatinOrCyrillic(_ text: String) -> Bool {
    for s in text.unicodeScalars {
      let v = s.value
      if v < 0x300 { continue }
      if v >= 0x400, v < 0x500, !(v >= 0x483 && v <= 0x489) { continue }
      if v >= 0x2010, v < 0x2030 { continue }
      return false
    }
    return true
  }

  /// Returns `text` in Normalization Form D (decomposed).
  public static func nfd(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
    return (try? icuTransform(text, operation: "NFD") { s, n, d, c, st in
      soz_icu_nfd(s, n, d, c, &st)
    }) ?? text
  }

  /// Whether `text` is already in NFC.
  public static func isNFC(_ text: String) -> Bool {
    let units = Array(text.utf16)
    var status: Int32 = 0
    return units.withUnsafeBufferPointer { p in
      soz_icu_is_nfc(p.baseAddress, Int32(p.count), &status) == 1
    }
  }
}
