import Orthography
import PropertyBased
import Testing

/// Letters of the five orthographies, precomposed and decomposed, plus
/// free combining marks.
let letterPool: [Character] =
  Array(
    "abcçdeəfgğhxıijkqlmnoöprsştuüvyzABCÇDEƏFGĞHXIİJKQLMNOÖPRSŞTUÜVYZ"
      + "äñūÄÑŪâîûÂÎÛ"
      + "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяАӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ"
      + "јҹҝЈҸҜǝ -'’")
  + [
    "e\u{0308}", "I\u{0307}", "i\u{0307}", "\u{0438}\u{0306}", "g\u{0306}", "s\u{0327}",
    "u\u{0308}",
  ]

/// Free combining marks (they attach to whatever precedes them).
let markPool: [Character] = [
  "\u{0301}", "\u{0306}", "\u{0307}", "\u{0308}", "\u{0327}", "\u{0302}", "\u{0304}",
]

/// Random text from the letter pool, with combining marks sprinkled in.
let mixedText = Gen<Character?>.element(of: letterPool + letterPool + markPool)
  .map { $0! }
  .array(of: 0...24)
  .map { chars in
    // Build from scalars so that free marks are not merged into the
    // previous Character's canonical form by String's own logic.
    var s = ""
    for c in chars { s.unicodeScalars.append(contentsOf: c.unicodeScalars) }
    return s
  }

/// Random text of letters only (no free marks).
let letterText = Gen<Character?>.element(of: letterPool).map { $0! }.string(of: 1...20)

/// Real names in each language, with the language to case them in.
let namesByLanguage: [(String, LanguageTag)] = [
  ("Qarabağ", .az), ("Naxçıvan", .az), ("İlham Əliyev", .az), ("Xocalı", .az), ("Şuşa", .az),
  ("Ağcabədi", .az), ("Cəbrayıl", .az), ("Hacıyev", .az), ("Азәрбајҹан", .azCyrl),
  ("Һејдәр Әлијев", .azCyrl), ("İstanbul", .tr), ("Iğdır", .tr), ("Isparta", .tr),
  ("Türkiye Cumhuriyeti", .tr), ("Kırıkkale", .tr), ("Diyarbakır", .tr), ("Қазақстан", .kk),
  ("Қасым-Жомарт Тоқаев", .kk), ("Өскемен", .kk), ("Ұлытау", .kk), ("Іле", .kk),
  ("Qazaqstan", .kkLatn), ("Şymkent", .kkLatn), ("Äliia", .kkLatn), ("Ile", .kkLatn),
  ("İasaui", .kkLatn), ("Baiqoñyr", .kkLatn), ("Ūlytau", .kkLatn), ("Kassym-Jomart Tokayev", .en),
  ("Nakhchivan", .en), ("Istanbul", .en), ("Ilham Aliyev", .en), ("Karabakh", .en),
  ("Нахичевань", .ru), ("Москва", .ru), ("Алиев", .ru), ("Ёлка", .ru),
]

@Suite("Properties")
struct PropertyTests {
  // MARK: Normalization

  @Test("NFC is idempotent and yields NFC")
  func nfcIdempotent() async {
    await propertyCheck(count: 500, input: mixedText) { text in
      let once = Normalizer.nfc(text)
      let twice = Normalizer.nfc(once)
      #expect(sameScalars(once, twice), "\(scalars(text))")
      #expect(Normalizer.isNFC(once), "\(scalars(text))")
    }
  }

  @Test("NFC and NFD agree with each other and with String ==")
  func nfcNfdAgree() async {
    await propertyCheck(count: 500, input: mixedText) { text in
      let nfc = Normalizer.nfc(text)
      let nfd = Normalizer.nfd(text)
      #expect(sameScalars(Normalizer.nfc(nfd), nfc), "\(scalars(text))")
      #expect(sameScalars(Normalizer.nfd(nfc), nfd), "\(scalars(text))")
      #expect(sameScalars(Normalizer.nfd(nfd), nfd), "\(scalars(text))")
      // Swift compares Strings by canonical equivalence.
      #expect(nfc == text)
      #expect(nfd == text)
      #expect(Normalizer.isNFC(text) == sameScalars(text, nfc), "\(scalars(text))")
    }
  }

  // MARK: Comparison key

  @Test("ComparisonKey.of ignores the normalization form")
  func keyIgnoresNormalization() async {
    await propertyCheck(count: 500, input: letterText) { text in
      let key = ComparisonKey.of(text)
      #expect(ComparisonKey.of(Normalizer.nfd(text)) == key, "\(scalars(text))")
      #expect(ComparisonKey.of(Normalizer.nfc(text)) == key, "\(scalars(text))")
    }
  }

  @Test("ComparisonKey.of ignores the normalization form, with free marks")
  func keyIgnoresNormalizationWithMarks() async {
    await propertyCheck(count: 500, input: mixedText) { text in
      #expect(
        ComparisonKey.of(Normalizer.nfd(text)) == ComparisonKey.of(Normalizer.nfc(text)),
        "\(scalars(text))")
    }
  }

  @Test("ComparisonKey.of ignores case, with every language's rules")
  func keyIgnoresCase() async {
    let languages: [LanguageTag] = [.en, .az, .azCyrl, .tr, .kk, .kkLatn, .ru]
    await propertyCheck(
      count: 300, input: letterText, Gen<LanguageTag?>.element(of: languages).map { $0! }
    ) {
      text, language in
      let key = ComparisonKey.of(text)
      let upper = CaseMapper.uppercased(text, language: language)
      let lower = CaseMapper.lowercased(text, language: language)
      #expect(ComparisonKey.of(upper) == key, "\(language) upper \(text) → \(upper)")
      #expect(ComparisonKey.of(lower) == key, "\(language) lower \(text) → \(lower)")
    }
  }

  @Test("ComparisonKey.of of real names ignores case and normalization form")
  func keyOfNamesIgnoresCaseAndForm() async {
    await propertyCheck(
      count: 200, input: Gen<(String, LanguageTag)?>.element(of: namesByLanguage).map { $0! }
    ) {
      pair in
      let (name, language) = pair
      let key = ComparisonKey.of(name)
      for variant in [
        CaseMapper.uppercased(name, language: language),
        CaseMapper.lowercased(name, language: language),
        CaseMapper.folded(name, language: language),
        CaseMapper.uppercased(name, language: .en),
        CaseMapper.lowercased(name, language: .en),
        Normalizer.nfd(name),
        Normalizer.nfd(CaseMapper.uppercased(name, language: language)),
      ] {
        #expect(ComparisonKey.of(variant) == key, "\(name) [\(language)] vs \(variant)")
      }
    }
  }

  @Test("KeyCache agrees with ComparisonKey on random text")
  func keyCacheAgrees() async {
    let cache = KeyCache()
    await propertyCheck(count: 300, input: letterText) { text in
      #expect(cache.words(of: text) == ComparisonKey.words(of: text), "\(scalars(text))")
    }
  }

  // MARK: Kazakh round trip

  @Test("kk → kk-Latn → kk on native words")
  func kazakhRoundTrip() async {
    await propertyCheck(count: 300, input: Gen<String?>.element(of: kazakhNativeWords).map { $0! })
    { word in
      let latin = Transforms.kazakhToLatin.transliterate(word)
      #expect(Transforms.kazakhToCyrillic.transliterate(latin) == word, "\(word) → \(latin)")
    }
  }

  @Test("kk → kk-Latn → kk on phrases of native words")
  func kazakhPhraseRoundTrip() async {
    let phrase = Gen<String?>.element(of: kazakhNativeWords).map { $0! }
      .array(of: 1...8)
      .map { $0.joined(separator: " ") }
    await propertyCheck(count: 300, input: phrase) { text in
      let latin = Transforms.kazakhToLatin.transliterate(text)
      #expect(Transforms.kazakhToCyrillic.transliterate(latin) == text, "\(text) → \(latin)")
      #expect(Script.of(latin) == .latin)
    }
  }

  @Test("kk-Latn output is NFC and never contains Cyrillic")
  func kazakhLatinIsClean() async {
    let cyrillicKazakh = Gen<Character?>.element(
      of: Array(
        "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяАӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ -")
    )
    .map { $0! }.string(of: 0...30)
    await propertyCheck(count: 500, input: cyrillicKazakh) { text in
      let latin = Transforms.kazakhToLatin.transliterate(text)
      #expect(Normalizer.isNFC(latin))
      #expect(Script.of(latin) != .cyrillic && Script.of(latin) != .mixed, "\(text) → \(latin)")
    }
  }

  // MARK: Case mapping

  @Test("Turkic lower ∘ upper is the identity on Turkic lowercase text")
  func turkicCaseRoundTrip() async {
    let lower = Gen<Character?>.element(of: Array("abcçdeəfgğhxıijkqlmnoöprsştuüvyzäñū ")).map {
      $0!
    }
    .string(of: 0...20)
    await propertyCheck(
      count: 300, input: lower, Gen<LanguageTag?>.element(of: [.tr, .az, .kkLatn]).map { $0! }
    ) {
      text, language in
      let upper = CaseMapper.uppercased(text, language: language)
      #expect(
        CaseMapper.lowercased(upper, language: language) == text, "\(language): \(text) → \(upper)")
    }
  }

  @Test("Folding levels are idempotent")
  func foldingIdempotent() async {
    // neutralCaseKey on letters (see FoldingTests.neutralCaseKeyIsNFC for
    // dotless/dotted I followed by a free combining mark).
    await propertyCheck(count: 300, input: letterText) { text in
      let neutral = Folding.neutralCaseKey(text)
      #expect(sameScalars(Folding.neutralCaseKey(neutral), neutral), "\(scalars(text))")
      #expect(Normalizer.isNFC(neutral), "\(scalars(text))")
    }
    await propertyCheck(count: 300, input: mixedText) { text in
      let diacritic = Folding.diacriticKey(text)
      #expect(sameScalars(Folding.diacriticKey(diacritic), diacritic), "\(scalars(text))")
      #expect(Normalizer.isNFC(diacritic), "\(scalars(text))")
    }
  }
}
