@testable import Matching
import Orthography
import Terminology
import Testing

@Suite struct GlossaryMatcherTests {
  static let glossary = Glossary(concepts: [
    Concept(
      id: "karabakh", kind: .place,
      forms: [
        Form(text: "Karabakh", language: .en, status: .preferred),
        Form(text: "Garabagh", language: .en, status: .admitted),
        Form(text: "Qarabağ", language: .az, status: .preferred),
        Form(text: "Karabağ", language: .tr, status: .preferred),
      ]),
    Concept(
      id: "nakhchivan-ar", kind: .place,
      forms: [Form(text: "Nakhchivan Autonomous Republic", language: .en, status: .preferred)]),
    Concept(
      id: "nakhchivan", kind: .place,
      forms: [Form(text: "Nakhchivan", language: .en, status: .preferred)]),
  ])
  let matcher = GlossaryMatcher(glossary: glossary)

  /// Marked text: each mention is written [[like this]].
  func check(_ marked: String, _ expected: [String]) {
    let plain = marked.replacingOccurrences(of: "[[", with: "").replacingOccurrences(of: "]]", with: "")
    let found = matcher.mentions(in: plain)
    var spans: [String] = []
    var rest = Substring(marked)
    while let open = rest.range(of: "[["), let close = rest.range(of: "]]") {
      spans.append(String(rest[open.upperBound..<close.lowerBound]))
      rest = rest[close.upperBound...]
    }
    #expect(found.map { String(plain[$0.range]) } == spans)
    #expect(found.map(\.conceptID) == expected)
  }

  @Test func findsFormsAndInflectionsAfterAnApostrophe() {
    check("Talks on [[Karabakh]] and [[Karabağ'da]] too.", ["karabakh", "karabakh"])
    check("[[Qarabağ’ın]] bərpası", ["karabakh"])
    check("[[Karabakh's]] future", ["karabakh"])
  }

  @Test func prefersTheLongestForm() {
    check("In the [[Nakhchivan Autonomous Republic]] and [[Nakhchivan]] city.", ["nakhchivan-ar", "nakhchivan"])
  }

  @Test func reportsTheFormWrittenAndCase() {
    let m = matcher.mentions(in: "GARABAGH and Karabağ")
    #expect(m.map { $0.form?.text } == ["Garabagh", "Karabağ"])
    #expect(m.map(\.caseDiffers) == [true, false])
  }

  @Test func unlistedSpellingsWithTheSameKeyHaveNoForm() {
    let m = matcher.mentions(in: "Karabah")  // kh and h share a key letter
    #expect(m.first?.form == nil && m.first?.conceptID == "karabakh")
    let n = matcher.mentions(in: "Qarabag")  // diacritic dropped: same key as Qarabağ
    #expect(n.first?.form == nil && n.first?.conceptID == "karabakh")
  }

  @Test func doesNotMatchInsideOtherWords() {
    #expect(matcher.mentions(in: "Karabakhstan Nakhchivanian").isEmpty)
  }
}

@Suite struct InflectionTests {
  static let glossary = Glossary(concepts: [
    Concept(
      id: "gabala", kind: .place,
      forms: [
        Form(text: "Qəbələ", language: .az, status: .preferred),
        Form(text: "Gabala", language: .en, status: .preferred),
      ]),
    Concept(
      id: "astana", kind: .place, forms: [Form(text: "Астана", language: .kk, status: .preferred)]),
    Concept(
      id: "turkiye", kind: .place,
      forms: [
        Form(text: "Türkiyə", language: .az, status: .preferred),
        Form(text: "Türkiye", language: .tr, status: .preferred),
      ]),
    Concept(
      id: "ilham-aliyev", kind: .person,
      forms: [Form(text: "İlham Əliyev", language: .az, status: .preferred)]),
    Concept(
      id: "karabakh", kind: .place, forms: [Form(text: "Qarabağ", language: .az, status: .preferred)]),
    Concept(
      id: "ashgabat", kind: .place, forms: [Form(text: "Aşqabad", language: .az, status: .preferred)]),
  ])
  let matcher = GlossaryMatcher(glossary: glossary)

  @Test(arguments: [
    ("Qəbələdə", "gabala", "də"), ("Астанада", "astana", "да"), ("Türkiyənin", "turkiye", "nin"),
    ("İlham Əliyevə", "ilham-aliyev", "ə"), ("Qarabağın", "karabakh", "ın"),
    ("Qarabağdakı", "karabakh", "dakı"), ("Türkiye'nin", "turkiye", "'nin"),
    // A letter the key folds away at the joint is the suffix's (TRT
    // Azərbaycan, Report): Aşqabad + da, not Aşqabadd + a.
    ("Aşqabadda", "ashgabat", "da"), ("Aşqabaddan", "ashgabat", "dan"),
  ])
  func stripsHarmonicSuffixes(word: String, concept: String, suffix: String) {
    let m = matcher.mentions(in: word)
    #expect(m.map(\.conceptID) == [concept])
    #expect(m.first?.suffix == suffix)
  }

  /// Spacing is no spelling: a double space (TRT Azərbaycan's "İlham
  /// Əliyev") or a line break inside a name matches the listed form.
  @Test(arguments: ["İlham  Əliyev dedi.", "İlham\nƏliyev dedi.", "İlham\u{00A0}\u{00A0}Əliyev dedi."])
  func spacingInsideANameIsNoSpelling(text: String) {
    let m = matcher.mentions(in: text)
    #expect(m.map(\.conceptID) == ["ilham-aliyev"])
    #expect(m.first?.form?.text == "İlham Əliyev")
    #expect(m.first?.caseDiffers == false)
  }

  @Test(arguments: ["İlham Əliyeva", "Qəbələxyz", "Türkiyeci", "Qarabağlılarınızdan"])
  func leavesOtherWordsAlone(text: String) {
    #expect(matcher.mentions(in: text).isEmpty)
  }
}

/// The byte test that drops words no name can start with before they are
/// keyed (issue #15): same mentions as keying every word, on English text
/// whose common words are forms, with plurals, possessives, hyphens and
/// names whose later words start nothing.
@Suite struct ByteFilterTests {
  static let glossary = Glossary(concepts: [
    Concept(
      id: "many", kind: .term,
      forms: [
        Form(text: "Many", language: .en, status: .preferred),
        Form(text: "Mäny", language: .az, status: .deprecated),
      ]),
    Concept(id: "ceasefire", kind: .term, forms: [Form(text: "ceasefire", language: .en, status: .preferred)]),
    Concept(id: "tax", kind: .term, forms: [Form(text: "tax", language: .en, status: .preferred)]),
    Concept(
      id: "karabakh", kind: .place,
      forms: [
        Form(text: "Karabakh", language: .en, status: .preferred),
        Form(text: "Qarabağ", language: .az, status: .preferred),
      ]),
    Concept(
      id: "nakhchivan-ar", kind: .place,
      forms: [Form(text: "Nakhchivan Autonomous Republic", language: .en, status: .preferred)]),
    Concept(
      id: "nagorno", kind: .place, forms: [Form(text: "Nagorno-Karabakh", language: .en, status: .deprecated)]),
    Concept(id: "us", kind: .place, forms: [Form(text: "U.S. Congress", language: .en, status: .preferred)]),
    Concept(id: "sheki", kind: .place, forms: [Form(text: "Shaki", language: .en, status: .preferred)]),
  ])
  let matcher = GlossaryMatcher(glossary: glossary)

  @Test(arguments: [
    ("the", true), ("house", true), ("Autonomous", true), ("Republic", true), ("2026", true),
    ("Many", false), ("many", false), ("MANY", false), ("ceasefires", false), ("taxes", false),
    ("Karabakh's", false), ("Nagorno-Karabakh", false), ("Nakhchivan", false), ("Sheki", true), ("Shaki", false),
    ("Qarabağ", false), ("U.S", false),
  ])
  func dropsOnlyWordsNoNameStartsWith(word: String, dropped: Bool) {
    let token = Tokenizer.shared.tokens(in: word)[0]
    let scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 256)
    defer { scratch.deallocate() }
    #expect(matcher.cannotStartName(token, scratch: scratch) == dropped, "\(word)")
  }

  @Test(arguments: [
    "Many ceasefires and taxes in the Nakhchivan Autonomous Republic.",
    "Karabakh's future: Nagorno-Karabakh, Azerbaijan-Karabakh, Sheki and Shaki.",
    "the U.S. Congress said many things about MANY houses; Nakhchivan Autonomous",
    "Qarabağ and Mäny are written here too, 2026 and COP29.",
  ])
  func sameMentionsAsKeyingEveryWord(text: String) {
    expectSame(text)
  }

  @Test func generatedTextGivesTheSameMentions() {
    let words = [
      "the", "many", "Many", "ceasefires", "ceasefire", "taxes", "tax", "Karabakh's", "Karabakh",
      "Nakhchivan", "Autonomous", "Republic", "Nagorno-Karabakh", "Nagorno", "U.S.", "Congress", "Sheki",
      "Shaki's", "houses", "and", "2026", "Karabakhs", "Shakis", "Qarabağ", "Republics",
    ]
    let gaps = [" ", " ", " ", ", ", ". ", "\n", " - ", "-"]
    var state: UInt64 = 15
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
    for _ in 0..<500 {
      var text = ""
      for _ in 0..<(next(12) + 1) { text += words[next(words.count)] + gaps[next(gaps.count)] }
      expectSame(text)
    }
  }

  private func expectSame(_ text: String) {
    let tokens = Tokenizer.shared.tokens(in: text)
    let fast = matcher.mentions(in: text, tokens: tokens, turkicSuffixes: false, byteFilter: true)
    let slow = matcher.mentions(in: text, tokens: tokens, turkicSuffixes: false, byteFilter: false)
    #expect(fast == slow, "\(text.debugDescription)")
  }
}

/// The quick test that spares an ICU fold when an ASCII surface is
/// compared with a form: a form it says folds outside ASCII really does.
@Suite struct FoldQuickRejectTests {
  @Test(arguments: [
    ("Qarabağ", true), ("Naxçıvan", true), ("Қарағанды", true), ("Mäny", true), ("Əliyev", true),
    ("Many", false), ("İstanbul", false), ("Iğdır", true), ("ılıca", false), ("Straße", false),
    ("ſtate", false), ("Ꝁ", false), ("K\u{212A}", false),
  ])
  func saysOutsideOnlyWhenTheFoldIs(form: String, outside: Bool) {
    #expect(GlossaryMatcher.foldsOutsideASCII(form) == outside, "\(form)")
    if GlossaryMatcher.foldsOutsideASCII(form) {
      #expect(!Folding.neutralCaseKey(form).utf8.allSatisfy { $0 < 0x80 }, "\(form)")
    }
  }

  /// Every Latin-1, Latin Extended and Cyrillic scalar the test names folds
  /// to something non-ASCII, alone and after an ASCII letter.
  @Test func holdsForEveryScalarItNames() {
    for v in Array(0xC0...0x24F) + Array(0x400...0x4FF) {
      guard let s = Unicode.Scalar(v) else { continue }
      let text = String(Character(s))
      guard GlossaryMatcher.foldsOutsideASCII(text) else { continue }
      for t in [text, "a" + text, text + "a"] {
        #expect(!Folding.neutralCaseKey(t).utf8.allSatisfy { $0 < 0x80 }, "U+\(String(v, radix: 16))")
      }
    }
  }
}
