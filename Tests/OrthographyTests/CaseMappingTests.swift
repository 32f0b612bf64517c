import Orthography
import Testing

/// Case mapping per language (standards.md §5.3, §6.3): Turkic I/ı İ/i
/// rules for tr, az and kk-Latn; root rules for en, ru, kk (Cyrillic) and
/// az-Cyrl.
@Suite("CaseMapper")
struct CaseMappingTests {
  static let kkLatn = LanguageTag("kk-Latn")!
  static let azCyrl = LanguageTag("az-Cyrl")!
  static let ru = LanguageTag("ru")!

  static let lowercaseTable: [LanguageCase] = [
    // Turkic rules.
    .init("IĞDIR", .tr, "ığdır"),
    .init("IĞDIR", .az, "ığdır"),
    .init("IĞDIR", kkLatn, "ığdır"),
    .init("İSTANBUL", .tr, "istanbul"),
    .init("İSTANBUL", .az, "istanbul"),
    .init("İSTANBUL", kkLatn, "istanbul"),
    .init("İSTANBUL IĞDIR", .tr, "istanbul ığdır"),
    .init("ISPARTA", .tr, "ısparta"),
    .init("ISPARTA", .az, "ısparta"),
    .init("ISPARTA", kkLatn, "ısparta"),
    // I + U+0307 is İ under Turkic rules (the dot is absorbed).
    .init("I\u{0307}STANBUL", .tr, "istanbul"),
    .init("ƏLİYEV", .az, "əliyev"),
    .init("XANKƏNDİ", .az, "xankəndi"),
    .init("QAZAQSTAN", kkLatn, "qazaqstan"),
    .init("ŞYMKENT", kkLatn, "şymkent"),
    .init("ILE", kkLatn, "ıle"),
    .init("ÄLİİA", kkLatn, "äliia"),
    .init("ŪLYTAU", kkLatn, "ūlytau"),
    .init("BAİQOÑYR", kkLatn, "baiqoñyr"),
    // Root rules: İ → i + U+0307, I → i.
    .init("İ", .en, "i\u{0307}"),
    .init("İSTANBUL IĞDIR", .en, "i\u{0307}stanbul iğdir"),
    .init("ISPARTA", .en, "isparta"),
    .init("ISPARTA", .kk, "isparta"),
    .init("ISPARTA", ru, "isparta"),
    .init("ISPARTA", azCyrl, "isparta"),
    .init("IĞDIR", .kk, "iğdir"),
    .init("ҚАЗАҚСТАН", .kk, "қазақстан"),
    .init("ӘЛИЯ ІЛЕ ҰЛЫТАУ ҮЙ ҒАЛЫМ ҢӨҺ", .kk, "әлия іле ұлытау үй ғалым ңөһ"),
    .init("МОСКВА", ru, "москва"),
    .init("ЁЛКА", ru, "ёлка"),
    .init("АЗӘРБАЈҸАН", azCyrl, "азәрбајҹан"),
    .init("", .tr, ""),
  ]

  @Test("lowercased", arguments: lowercaseTable)
  func lowercased(_ row: LanguageCase) {
    let result = CaseMapper.lowercased(row.input, language: row.language)
    #expect(sameScalars(result, row.expected), "\(scalars(result))")
  }

  static let uppercaseTable: [LanguageCase] = [
    .init("istanbul", .tr, "İSTANBUL"),
    .init("istanbul", .az, "İSTANBUL"),
    .init("istanbul", kkLatn, "İSTANBUL"),
    .init("istanbul ığdır", .tr, "İSTANBUL IĞDIR"),
    .init("əliyev", .az, "ƏLİYEV"),
    .init("qazaqstan", kkLatn, "QAZAQSTAN"),
    .init("ıle", kkLatn, "ILE"),
    .init("äliia", kkLatn, "ÄLİİA"),
    .init("baiqoñyr", kkLatn, "BAİQOÑYR"),
    .init("ūlytau", kkLatn, "ŪLYTAU"),
    // Root rules: i → I, ı → I.
    .init("istanbul ığdır", .en, "ISTANBUL IĞDIR"),
    .init("istanbul", .kk, "ISTANBUL"),
    .init("istanbul", ru, "ISTANBUL"),
    .init("қазақстан", .kk, "ҚАЗАҚСТАН"),
    .init("әлия іле ұлытау үй ғалым ңөһ", .kk, "ӘЛИЯ ІЛЕ ҰЛЫТАУ ҮЙ ҒАЛЫМ ҢӨҺ"),
    .init("москва", ru, "МОСКВА"),
    .init("азәрбајҹан", azCyrl, "АЗӘРБАЈҸАН"),
  ]

  @Test("uppercased", arguments: uppercaseTable)
  func uppercased(_ row: LanguageCase) {
    let result = CaseMapper.uppercased(row.input, language: row.language)
    #expect(sameScalars(result, row.expected), "\(scalars(result))")
  }

  static let foldTable: [LanguageCase] = [
    // standards.md §6.3: DEFAULT gives i i̇ ı i, EXCLUDE_SPECIAL_I gives ı i ı i.
    .init("Iİıi", .tr, "ıiıi"),
    .init("Iİıi", .az, "ıiıi"),
    .init("Iİıi", kkLatn, "ıiıi"),
    .init("Iİıi", .en, "ii\u{0307}ıi"),
    .init("Iİıi", .kk, "ii\u{0307}ıi"),
    .init("Iİıi", ru, "ii\u{0307}ıi"),
    .init("ISPARTA", .tr, "ısparta"),
    .init("ISPARTA", .en, "isparta"),  // the ASCII fast path
    .init("İSTANBUL", .tr, "istanbul"),
    .init("İSTANBUL", .en, "i\u{0307}stanbul"),
    .init("IĞDIR", .az, "ığdır"),
    .init("IĞDIR", .en, "iğdir"),
    .init("ƏLİYEV", .az, "əliyev"),
    .init("ҚАЗАҚСТАН", .kk, "қазақстан"),
    .init("Straße", .en, "strasse"),
  ]

  @Test("folded", arguments: foldTable)
  func folded(_ row: LanguageCase) {
    let result = CaseMapper.folded(row.input, language: row.language)
    #expect(sameScalars(result, row.expected), "\(scalars(result))")
  }

  @Test(
    "folded(turkic:) agrees with the language's rule", arguments: LanguageTag.core + [ru, azCyrl])
  func foldedTurkicFlag(language: LanguageTag) {
    let text = "Iİıi IĞDIR İstanbul Əliyev"
    #expect(
      CaseMapper.folded(text, language: language)
        == CaseMapper.folded(text, turkic: language.usesTurkicCasing))
  }

  @Test(
    "capitalizedFirst",
    arguments: [
      LanguageCase("istanbul", .tr, "İstanbul"),
      LanguageCase("istanbul", .en, "Istanbul"),
      LanguageCase("ıle", kkLatn, "Ile"),
      LanguageCase("əliyev", .az, "Əliyev"),
      LanguageCase("қазақ", .kk, "Қазақ"),
      LanguageCase("", .tr, ""),
    ])
  func capitalizedFirst(_ row: LanguageCase) {
    #expect(CaseMapper.capitalizedFirst(row.input, language: row.language) == row.expected)
  }

  @Test("Turkic lower/upper round trip keeps the four I letters apart")
  func turkicRoundTrip() {
    for language in [LanguageTag.tr, .az, Self.kkLatn] {
      let upper = "IİIİ"
      let lower = CaseMapper.lowercased(upper, language: language)
      #expect(lower == "ıiıi")
      #expect(CaseMapper.uppercased(lower, language: language) == upper)
    }
  }

  @Test("Output longer than the input (İ → i + U+0307 under root rules)")
  func growingOutput() {
    let text = String(repeating: "İ", count: 200)
    let lower = CaseMapper.lowercased(text, language: .en)
    #expect(lower.unicodeScalars.count == 400)
    #expect(lower == String(repeating: "i\u{0307}", count: 200))
  }

  @Test(
    "Case locale per language",
    arguments: [
      (LanguageTag.tr, "tr"), (.az, "tr"), (kkLatn, "tr"), (.kk, ""), (.en, ""), (ru, ""),
      (azCyrl, ""),
    ])
  func caseLocale(language: LanguageTag, expected: String) {
    #expect(language.caseLocale == expected)
  }
}

@Suite("Folding")
struct FoldingTests {
  static let kkLatn = LanguageTag("kk-Latn")!

  static let caseKeyTable: [(String, LanguageTag?, String)] = [
    ("IĞDIR", .tr, "ığdır"),
    ("IĞDIR", nil, "iğdir"),
    ("IĞDIR", .en, "iğdir"),
    ("İstanbul", .tr, "istanbul"),
    ("İstanbul", nil, "istanbul"),
    ("İstanbul", .en, "i\u{0307}stanbul"),
    ("I\u{0307}stanbul", .tr, "istanbul"),  // NFC first
    ("ıĞdır", nil, "iğdir"),
    ("Əliyev", .az, "əliyev"),
    ("ҚАЗАҚ", .kk, "қазақ"),
    ("ҚАЗАҚ", nil, "қазақ"),
    ("ILE", kkLatn, "ıle"),
  ]

  @Test("caseKey", arguments: caseKeyTable)
  func caseKey(text: String, language: LanguageTag?, expected: String) {
    let result = Folding.caseKey(text, language: language)
    #expect(sameScalars(result, expected), "\(scalars(result))")
  }

  @Test(
    "neutralCaseKey collapses I, İ, ı and i",
    arguments: [
      ("İstanbul", "istanbul"), ("ISTANBUL", "istanbul"), ("ıstanbul", "istanbul"),
      ("I\u{0307}stanbul", "istanbul"), ("IĞDIR", "iğdir"), ("ığdır", "iğdir"),
      ("Iİıi", "iiii"), ("ƏLİYEV", "əliyev"), ("QAZAQSTAN", "qazaqstan"), ("ALMATY", "almaty"),
      ("ҚАЗАҚСТАН", "қазақстан"),
    ])
  func neutralCaseKey(text: String, expected: String) {
    let result = Folding.neutralCaseKey(text)
    #expect(sameScalars(result, expected), "\(scalars(result))")
  }

  /// Söz compares text in NFC (Normalizer.swift); the case key must be
  /// NFC too, or canonically equal inputs get different keys.
  @Test(
    "neutralCaseKey output is NFC",
    arguments: [
      ("ı\u{0301}", "\u{00ED}"),  // dotless ı + acute → í, as for "í"
      ("İ\u{0301}", "\u{00ED}"),
      ("\u{00ED}", "\u{00ED}"),
      ("ı\u{0304}", "\u{012B}"),  // ı + macron → ī
      ("İ\u{0304}", "\u{012B}"),
      ("I\u{0308}", "\u{00EF}"),  // NFC gives Ï first, then folding gives ï
      ("ı\u{0308}", "\u{00EF}"),
    ])
  func neutralCaseKeyIsNFC(text: String, expected: String) {
    let result = Folding.neutralCaseKey(text)
    #expect(sameScalars(result, expected), "\(scalars(result))")
    #expect(Normalizer.isNFC(result), "\(scalars(result))")
  }

  @Test(
    "diacriticKey strips marks",
    arguments: [
      ("Aygün", "aygun"), ("Türkiye", "turkiye"), ("kâğıt", "kagit"), ("Kâğıt", "kagit"),
      ("Şuşa", "susa"), ("Çaylı", "cayli"), ("Göranboy", "goranboy"), ("IĞDIR", "igdir"),
      ("İstanbul", "istanbul"), ("Ayg" + "u\u{0308}" + "n", "aygun"), ("Qarabağ", "qarabag"),
      ("Füzuli", "fuzuli"), ("ÎMÂN", "iman"),
    ])
  func diacriticKey(text: String, expected: String) {
    let result = Folding.diacriticKey(text)
    #expect(sameScalars(result, expected), "\(scalars(result))")
  }

  /// standards.md §5.4: Latin-ASCII and "NFD + remove marks" leave ə
  /// alone; it is a letter of its own, so the diacritic key keeps it too.
  @Test(
    "diacriticKey keeps ə (a letter, not a base plus mark)",
    arguments: [
      ("Əliyev", "əliyev"), ("Xankəndi", "xankəndi"), ("ə", "ə"), ("Ə", "ə"),
      ("Ağcabədi", "agcabədi"), ("Zəngilan", "zəngilan"),
    ])
  func diacriticKeyKeepsSchwa(text: String, expected: String) {
    let result = Folding.diacriticKey(text)
    #expect(sameScalars(result, expected), "\(scalars(result))")
    #expect(result.unicodeScalars.contains("\u{0259}"))
  }

  @Test("ICU Latin-ASCII leaves ə (the §5.4 pitfall the diacritic key shares)")
  func latinASCIIPitfall() throws {
    let latinASCII = try Transliterator(systemID: "Latin-ASCII")
    #expect(latinASCII.transliterate("Xankəndi Şuşa") == "Xankəndi Susa")
  }

  /// The doc comment of `Folding.diacriticKey`: "Letters that are not a
  /// base plus a mark stay: ə, ä and Cyrillic letters are unchanged."
  @Test(
    "diacriticKey leaves Cyrillic letters unchanged (only lowercased)",
    arguments: [
      ("Алматы", "алматы"), ("Қазақстан", "қазақстан"), ("ӘЛИЯ", "әлия"), ("Өскемен", "өскемен"),
      ("Ұлытау", "ұлытау"), ("Үй", "үй"), ("Іле", "іле"), ("Ғалым", "ғалым"), ("Ң", "ң"),
      ("Һ", "һ"), ("Азәрбајҹан", "азәрбајҹан"),
      // Letters with a canonical decomposition: й = и + U+0306, ё = е + U+0308.
      ("Абай", "абай"), ("Тоқаев Қасым-Жомарт Ұйықтау", "тоқаев қасым-жомарт ұйықтау"),
      ("Ёлка", "ёлка"),
    ])
  func diacriticKeyCyrillic(text: String, expected: String) {
    let result = Folding.diacriticKey(text)
    #expect(sameScalars(result, expected), "\(scalars(result))")
  }

  @Test("diacriticKey strips ä like ü and ö (decided: Latin marks go), keeps ə")
  func diacriticKeyKazakhLatinA() {
    let result = Folding.diacriticKey("Äliia Əliyeva")
    #expect(sameScalars(result, "aliia əliyeva"), "\(scalars(result))")
  }
}
