import Orthography
import Testing

/// BCP 47 tags in Söz's canonical spelling (standards.md §4).
@Suite("LanguageTag")
struct LanguageTagTests {
  @Test(
    "Canonical spelling",
    arguments: [
      ("az-Latn", "az"), ("az", "az"), ("AZ-LATN", "az"), ("az_Latn", "az"),
      ("az-Cyrl", "az-Cyrl"), ("az_cyrl", "az-Cyrl"), ("AZ-CYRL", "az-Cyrl"),
      ("kk-Cyrl", "kk"), ("kk", "kk"), ("kk_latn", "kk-Latn"), ("kk-Latn", "kk-Latn"),
      ("KK-LATN", "kk-Latn"), ("kk-Latn-KZ", "kk-Latn-KZ"), ("kk-Cyrl-KZ", "kk-KZ"),
      ("tr-Latn", "tr"), ("tr", "tr"), ("TR", "tr"), ("EN", "en"), ("en", "en"),
      ("en-us", "en-US"), ("en_US", "en-US"), ("en-Latn", "en"), ("ru", "ru"),
      ("ru-Cyrl", "ru"), (" kk-Latn ", "kk-Latn"),
    ])
  func canonical(text: String, expected: String) throws {
    let tag = try #require(LanguageTag(text))
    #expect(tag.rawValue == expected)
    #expect(tag.description == expected)
    // Canonical spelling is a fixed point.
    #expect(LanguageTag(tag.rawValue)?.rawValue == expected)
  }

  @Test(
    "Invalid tags",
    arguments: [
      "", "   ", "kz", "xx-Foo", "en US", "en--US", "123", "english", "e", "kk-Latn!", "қаз",
    ])
  func invalid(text: String) {
    #expect(LanguageTag(text) == nil)
  }

  /// Tags whose ICU locale ID reaches and passes the shim's 157-byte
  /// buffer (variants of eight letters, the last of five to eight): each is
  /// refused or canonical, never read past the buffer (the ID that fills it
  /// exactly comes back unterminated).
  @Test("Long tags around the ICU buffer's size", arguments: 1...19)
  func longTags(variants: Int) {
    // Distinct variants (a repeated one makes the tag invalid).
    let letters = Array("abcdefghijklmnopqrstuvwxyz")
    let distinct: [String] = (0..<variants).map { (i: Int) -> String in
      let pair: String = String([letters[i / 26], letters[i % 26]])
      return "-abcdef" + pair
    }
    var accepted = 0
    for last in 5...8 {
      let text = "en" + distinct.joined() + "-" + String(repeating: "k", count: last)
      guard let tag = LanguageTag(text) else { continue }
      accepted += 1
      #expect(tag.rawValue.lowercased() == text.lowercased(), "\(text.count) bytes")
      #expect(LanguageTag(tag.rawValue) == tag)
    }
    // Short enough tags are valid: the loop above is not vacuous.
    if variants <= 4 { #expect(accepted == 4) }
  }

  @Test(
    "Script",
    arguments: [
      ("az", "Latn"), ("az-Cyrl", "Cyrl"), ("kk", "Cyrl"), ("kk-Latn", "Latn"), ("tr", "Latn"),
      ("en", "Latn"), ("ru", "Cyrl"), ("kk-KZ", "Cyrl"), ("kk-Latn-KZ", "Latn"),
    ])
  func script(tag: String, expected: String) throws {
    #expect(try #require(LanguageTag(tag)).script == expected)
  }

  @Test(
    "usesTurkicCasing",
    arguments: [
      ("tr", true), ("az", true), ("az-Latn", true), ("kk-Latn", true), ("kk", false),
      ("kk-Cyrl", false), ("az-Cyrl", false), ("en", false), ("ru", false),
    ])
  func turkicCasing(tag: String, expected: Bool) throws {
    #expect(try #require(LanguageTag(tag)).usesTurkicCasing == expected)
  }

  @Test(
    "expanded",
    arguments: [
      ("az", "az-Latn"), ("az-Latn", "az-Latn"), ("az-Cyrl", "az-Cyrl"), ("kk", "kk"),
      ("kk-Latn", "kk-Latn"), ("tr", "tr"), ("en", "en"),
    ])
  func expanded(tag: String, expected: String) throws {
    #expect(try #require(LanguageTag(tag)).expanded == expected)
  }

  @Test(
    "language subtag",
    arguments: [("az-Cyrl", "az"), ("kk-Latn", "kk"), ("en-US", "en"), ("tr", "tr")])
  func language(tag: String, expected: String) throws {
    #expect(try #require(LanguageTag(tag)).language == expected)
  }

  @Test("Static tags equal parsed tags")
  func statics() {
    #expect(LanguageTag("en") == .en)
    #expect(LanguageTag("az-Latn") == .az)
    #expect(LanguageTag("az-Cyrl") == .azCyrl)
    #expect(LanguageTag("tr") == .tr)
    #expect(LanguageTag("kk-Cyrl") == .kk)
    #expect(LanguageTag("kk_latn") == .kkLatn)
    #expect(LanguageTag("ru") == .ru)
    #expect(LanguageTag.core == [.en, .az, .tr, .kk, .kkLatn])
  }

  @Test("Ordering follows the display order")
  func ordering() {
    let tags: [LanguageTag] = [.ru, .kkLatn, .kk, .tr, .azCyrl, .az, .en]
    #expect(tags.sorted() == [.en, .az, .azCyrl, .tr, .kk, .kkLatn, .ru])
    let other = [LanguageTag("fr")!, LanguageTag("de")!, .en]
    #expect(other.sorted().map(\.rawValue) == ["en", "de", "fr"])
  }

  @Test("Hashable: spellings of one tag are one key")
  func hashable() {
    let set: Set<LanguageTag?> = [
      LanguageTag("az-Latn"), LanguageTag("az"), LanguageTag("AZ_latn"),
    ]
    #expect(set.count == 1)
  }
}
