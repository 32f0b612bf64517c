import CICUShim
import Foundation

/// A word that mixes scripts, with the spelling it was meant to have.
public struct Homoglyph: Equatable, Sendable {
  /// The word as written, e.g. `Аzerbaijan` with a Cyrillic А.
  public var word: String
  /// The word with every look-alike letter mapped into the word's main
  /// script (`Azerbaijan`), or nil when no single-script spelling exists.
  public var corrected: String?
  /// The script most of the word's letters are in.
  public var mainScript: Script
  /// Offsets (in Characters) of the letters that are not in the main script.
  public var foreignOffsets: [Int]
}

/// Finds mixed-script words with ICU's spoof checker and corrects them.
///
/// ICU flags a word that fails the "highly restrictive" level (Latin mixed
/// with Cyrillic, say). The correction maps each letter of the minority
/// script to its look-alike in the main script from a table of the
/// Cyrillic/Latin confusables that occur in practice (а/a, е/e, о/o, р/p,
/// с/c, х/x, і/i, ә/ə, Т/T…). ICU's skeletons are for comparison only and
/// are never shown.
public final class HomoglyphDetector: @unchecked Sendable {
  private let checker: OpaquePointer

  /// The process-wide detector (configured once, then read-only).
  public static let shared = HomoglyphDetector()

  private init() {
    var status: Int32 = 0
    guard let c = soz_icu_spoof_open(&status) else {
      fatalError("ICU spoof checker unavailable: \(ICUStatus.name(status))")
    }
    checker = c
  }

  deinit { soz_icu_spoof_close(checker) }

  /// Whether ICU's spoof checker rejects `word` (mixed scripts and the
  /// like). Pure Latin and pure Cyrillic words pass.
  public func isSuspicious(_ word: String) -> Bool {
    let units = Array(word.utf16)
    var status: Int32 = 0
    let result = units.withUnsafeBufferPointer {
      soz_icu_spoof_check(checker, $0.baseAddress, Int32($0.count), &status)
    }
    return !ICUStatus.isFailure(status) && result != 0
  }

  /// ICU's confusable skeleton of `text`, for comparison only.
  public func skeleton(_ text: String) -> String {
    (try? icuTransform(text, operation: "spoof skeleton") { s, n, d, c, st in
      soz_icu_spoof_skeleton(checker, s, n, d, c, &st)
    }) ?? text
  }

  /// Checks one word; nil when it is fine.
  public func check(_ word: String) -> Homoglyph? {
    guard Script.of(word) == .mixed, isSuspicious(word) else { return nil }
    var latin = 0
    var cyrillic = 0
    for s in word.unicodeScalars {
      switch Script.of(s) {
      case .latin: latin += 1
      case .cyrillic: cyrillic += 1
      default: break
      }
    }
    let main: Script = latin >= cyrillic ? .latin : .cyrillic
    let table = main == .latin ? Confusables.cyrillicToLatin : Confusables.latinToCyrillic
    var corrected = ""
    var offsets: [Int] = []
    var ok = true
    for (i, ch) in word.enumerated() {
      let script = Script.of(String(ch))
      if script == .common || script == main {
        corrected.append(ch)
      } else if let replacement = table[ch] {
        corrected.append(replacement)
        offsets.append(i)
      } else {
        corrected.append(ch)
        offsets.append(i)
        ok = false
      }
    }
    return Homoglyph(
      word: word, corrected: ok ? corrected : nil, mainScript: main, foreignOffsets: offsets)
  }
}

/// Cyrillic ↔ Latin letters that look alike in common fonts.
enum Confusables {
  static let cyrillicToLatin: [Character: Character] = [
    "А": "A", "а": "a", "В": "B", "Е": "E", "е": "e", "К": "K", "М": "M",
    "Н": "H", "О": "O", "о": "o", "Р": "P", "р": "p", "С": "C", "с": "c",
    "Т": "T", "У": "Y", "у": "y", "Х": "X", "х": "x", "І": "I", "і": "i",
    "Ј": "J", "ј": "j", "Ѕ": "S", "ѕ": "s", "Ә": "Ə", "ә": "ə", "Һ": "H",
    "һ": "h", "Ү": "Y", "ԛ": "q", "Ԛ": "Q", "ԁ": "d", "ɡ": "g",
  ]
  static let latinToCyrillic: [Character: Character] = [
    "A": "А", "a": "а", "B": "В", "E": "Е", "e": "е", "K": "К", "M": "М",
    "H": "Н", "O": "О", "o": "о", "P": "Р", "p": "р", "C": "С", "c": "с",
    "T": "Т", "Y": "У", "y": "у", "X": "Х", "x": "х", "I": "І", "i": "і",
    "Ə": "Ә", "ə": "ә", "h": "һ", "J": "Ј", "j": "ј", "S": "Ѕ", "s": "ѕ",
  ]
}
