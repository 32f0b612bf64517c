import Orthography
import Testing

/// Mixed-script look-alikes (standards.md §6.5).
@Suite("HomoglyphDetector")
struct HomoglyphTests {
  let detector = HomoglyphDetector.shared

  static let suspects: [(String, String, Script, [Int])] = [
    // (word as written, corrected, main script, foreign offsets)
    ("\u{0410}zerbaijan", "Azerbaijan", .latin, [0]),  // Cyrillic А
    ("Q\u{0430}rabağ", "Qarabağ", .latin, [1]),  // Cyrillic а
    ("\u{04D8}liyev", "\u{018F}liyev", .latin, [0]),  // Cyrillic Ә → Latin Ə
    ("\u{0410}lmaty", "Almaty", .latin, [0]),
    ("B\u{0430}k\u{0131}", "Bakı", .latin, [1]),
    ("Xank\u{04D9}ndi", "Xankəndi", .latin, [4]),  // Cyrillic ә → Latin ə
    ("\u{0420}r\u{0435}sid\u{0435}nt", "President", .latin, [0, 2, 6]),
    ("Москв\u{0061}", "Москва", .cyrillic, [5]),  // Latin a in a Cyrillic word
    ("Aлматы", "Алматы", .cyrillic, [0]),  // Latin A
  ]

  @Test("Mixed-script words are corrected", arguments: suspects)
  func corrected(word: String, corrected: String, main: Script, offsets: [Int]) throws {
    #expect(Script.of(word) == .mixed)
    #expect(detector.isSuspicious(word))
    let found = try #require(detector.check(word))
    #expect(found.word == word)
    #expect(found.corrected == corrected)
    if let fixed = found.corrected {
      #expect(sameScalars(fixed, corrected), "\(scalars(fixed))")
      #expect(Script.of(fixed) == main)
    }
    #expect(found.mainScript == main)
    #expect(found.foreignOffsets == offsets)
  }

  @Test(
    "Single-script words pass",
    arguments: [
      "Алматы", "Almaty", "Azerbaijan", "Qarabağ", "Əliyev", "Қазақстан", "Азәрбајҹан", "Türkiye",
      "Qazaqstan", "Äliia", "COP29", "2024", "Nakhichevan\u{02B9}",
    ])
  func clean(word: String) {
    #expect(detector.check(word) == nil)
  }

  @Test(
    "Pure-script words are not suspicious",
    arguments: ["Алматы", "Almaty", "Qarabağ", "Əliyev", "Қазақстан"])
  func notSuspicious(word: String) {
    #expect(!detector.isSuspicious(word))
  }

  @Test("A mixed word with no look-alike mapping has no correction")
  func noCorrection() throws {
    // Latin word with a Cyrillic ж (no Latin look-alike).
    let word = "Qara\u{0436}ağ"
    let found = try #require(detector.check(word))
    #expect(found.corrected == nil)
    #expect(found.mainScript == .latin)
    #expect(found.foreignOffsets == [4])
  }

  @Test("The three schwas share one skeleton")
  func schwaSkeletons() {
    let latin = detector.skeleton("\u{0259}")  // ə
    let cyrillic = detector.skeleton("\u{04D9}")  // ә
    let turned = detector.skeleton("\u{01DD}")  // ǝ
    #expect(latin == cyrillic)
    #expect(cyrillic == turned)
    #expect(detector.skeleton("Əliyev") == detector.skeleton("\u{04D8}liyev"))
  }

  @Test(
    "Confusable pairs share a skeleton",
    arguments: [
      ("Almaty", "\u{0410}lmaty"), ("Qarabağ", "Q\u{0430}rabağ"),
      ("Azerbaijan", "\u{0410}zerbaijan"),
      ("Xankəndi", "Xank\u{04D9}ndi"),
    ])
  func confusableSkeletons(a: String, b: String) {
    #expect(detector.skeleton(a) == detector.skeleton(b))
  }

  @Test("Different words have different skeletons")
  func distinctSkeletons() {
    #expect(detector.skeleton("Almaty") != detector.skeleton("Astana"))
    #expect(detector.skeleton("") == "")
  }
}
