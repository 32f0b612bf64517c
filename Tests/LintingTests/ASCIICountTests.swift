@testable import Linting
import Orthography
import Testing

/// The lint's byte-level shortcuts (issue #15) against the Character walk
/// and the ICU keys they replace, in en, az, tr and kk.
@Suite("Lint ASCII shortcuts")
struct ASCIICountTests {
  static let texts: [String] = [
    "Officials visited Nakhichevan.\nThe port of Baku\r\nopened.\r\rEnd\u{0B}x\u{0C}y\n",
    "Naxçıvan Muxtar Respublikası\nQarabağ'da yeni məktəb açıldı.\r\n",
    "Naxcivan Muxtar Respublikasi\nQarabag'da yeni mekteb acildi.\r\n",
    "İstanbul'da Şanlıurfa\r\nIğdır'a gitti.\n\n",
    "Istanbul'da Sanliurfa\r\nIgdir'a gitti.\n\n",
    "Қасым-Жомарт Тоқаев\nАлматыда болды.\r\n",
    "Qasym-Jomart Toqaev\nAlmatyda boldy.\r\n",
    "", "\r\n", "\r", "a\r\n\r\nb",
  ]

  @Test("Character counts equal the Character walk", arguments: texts)
  func counts(text: String) {
    for cut in [0, 1, text.utf8.count / 2, text.utf8.count] where cut <= text.utf8.count {
      let i = text.utf8.index(text.startIndex, offsetBy: cut)
      guard i.samePosition(in: text.unicodeScalars) != nil else { continue }
      #expect(ASCIICount.characters(text[i...]) == text[i...].count)
      #expect(ASCIICount.characters(text[..<i]) == text[..<i].count)
    }
  }

  @Test("Line starts equal the Character walk", arguments: texts)
  func lineStarts(text: String) {
    var expected: [Int] = []
    for (i, c) in text.enumerated() where c.isNewline { expected.append(i + 1) }
    if let fast = ASCIICount.lineStarts(text) { #expect(fast == expected) }
    #expect((ASCIICount.lineStarts(text) != nil) == text.utf8.allSatisfy { $0 < 0x80 })
  }

  @Test("Character offsets equal the Character walk", arguments: texts)
  func offsets(text: String) {
    let offsets = CharacterOffsets(text)
    var i = text.startIndex
    var n = 0
    while i < text.endIndex {
      #expect(offsets.offset(i) == n)
      i = text.index(after: i)
      n += 1
    }
  }

  @Test("The written-out connector keys are ICU's")
  func connectorKeys() {
    let icu = Set(TitleIndex.connectors.flatMap { ComparisonKey.words(of: $0) })
    #expect(TitleIndex.connectorKeys == icu)
  }
}

/// The near-miss rule's candidate test on bytes against the Character one.
@Suite("Lint capitalized names")
struct CapitalizedNameTests {
  @Test(
    "Six or more Characters after a capital",
    arguments: [
      "Nakhchivan", "Naxçıvan", "İstanbul", "Istanbul", "Şanlıurfa", "Қарағанды", "Алматы", "Алма",
      "Baku", "almaty", "Almaty", "A\u{0301}lmaty", "COP29x", "2026ab", "Ábcdef", "",
    ])
  func candidate(word: String) {
    let expected = (word.first?.isUppercase ?? false) && word.count >= 6
    #expect(Linter.isCapitalizedName(word) == expected)
  }
}
