import Orthography
import Testing

@Suite("Normalizer")
struct NormalizerTests {
  /// (decomposed, composed) pairs: NFC composes the first into the second
  /// and NFD decomposes the second into the first.
  static let pairs: [(String, String)] = [
    ("e\u{0308}", "\u{00EB}"),  // ë
    ("E\u{0308}", "\u{00CB}"),  // Ë
    ("I\u{0307}", "\u{0130}"),  // İ
    ("\u{0438}\u{0306}", "\u{0439}"),  // Cyrillic й
    ("\u{0418}\u{0306}", "\u{0419}"),  // Cyrillic Й
    ("\u{0435}\u{0308}", "\u{0451}"),  // Cyrillic ё
    ("g\u{0306}", "\u{011F}"),  // ğ
    ("s\u{0327}", "\u{015F}"),  // ş
    ("c\u{0327}", "\u{00E7}"),  // ç
    ("u\u{0308}", "\u{00FC}"),  // ü
    ("a\u{0302}", "\u{00E2}"),  // â
    ("n\u{0303}", "\u{00F1}"),  // ñ (Kazakh Latin)
    ("u\u{0304}", "\u{016B}"),  // ū (Kazakh Latin)
    ("a\u{0308}", "\u{00E4}"),  // ä (Kazakh Latin)
    ("Qarabag\u{0306}", "Qarabağ"),
    ("Ayg\u{00FC}n", "Aygün"),  // already composed stays
    ("Ayg" + "u\u{0308}" + "n", "Aygün"),
    ("I\u{0307}stanbul", "İstanbul"),
    ("\u{0410}\u{0431}\u{0430}\u{0438}\u{0306}", "Абай"),
  ]

  @Test("NFC composes", arguments: pairs)
  func nfcComposes(decomposed: String, composed: String) {
    let result = Normalizer.nfc(decomposed)
    #expect(sameScalars(result, composed), "\(scalars(result)) ≠ \(scalars(composed))")
    #expect(Normalizer.isNFC(result))
  }

  @Test("NFD decomposes", arguments: pairs)
  func nfdDecomposes(decomposed: String, composed: String) {
    let result = Normalizer.nfd(composed)
    #expect(sameScalars(result, Normalizer.nfd(decomposed)), "\(scalars(result))")
    #expect(sameScalars(Normalizer.nfc(result), composed))
  }

  @Test(
    "isNFC",
    arguments: [
      ("", true), ("Qarabağ", true), ("Qarabag\u{0306}", false), ("İstanbul", true),
      ("I\u{0307}stanbul", false), ("Абай", true), ("Аба\u{0438}\u{0306}", false),
      ("ə", true), ("Ә", true), ("plain ASCII", true), ("e\u{0308}", false),
      // i + U+0307 has no precomposed form, so it is NFC as it stands.
      ("i\u{0307}", true),
    ])
  func isNFC(text: String, expected: Bool) {
    #expect(Normalizer.isNFC(text) == expected)
  }

  @Test(
    "Letters that are not a base plus a mark have no decomposition",
    arguments: ["ə", "Ə", "ı", "ǝ", "ә", "Ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і"])
  func atomicLetters(letter: String) {
    #expect(sameScalars(Normalizer.nfd(letter), letter))
    #expect(sameScalars(Normalizer.nfc(letter), letter))
  }

  @Test("ASCII passes through untouched")
  func ascii() {
    let text = "Kassym-Jomart Tokayev, COP29 (2024)"
    #expect(sameScalars(Normalizer.nfc(text), text))
    #expect(sameScalars(Normalizer.nfd(text), text))
  }

  @Test("Empty string")
  func empty() {
    #expect(Normalizer.nfc("") == "")
    #expect(Normalizer.nfd("") == "")
  }

  @Test("Long text survives the buffer growth")
  func longText() {
    let unit = "I\u{0307}stanbul Qarabag\u{0306} \u{0438}\u{0306} "
    let text = String(repeating: unit, count: 500)
    let expected = String(repeating: "İstanbul Qarabağ й ", count: 500)
    #expect(sameScalars(Normalizer.nfc(text), expected))
    #expect(sameScalars(Normalizer.nfd(expected), text))
  }
}
