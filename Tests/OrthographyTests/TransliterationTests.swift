import Orthography
import Testing

/// Kazakh Cyrillic ↔ Kazakh Latin (2021, standards.md §5.1), Azerbaijani
/// Cyrillic → Latin and Russian → Latin (ICU BGN/PCGN).
@Suite("Transliteration")
struct TransliterationTests {
  /// Every letter of the 42-letter Kazakh Cyrillic alphabet, both cases,
  /// with its 2021 Latin form. Letters of Russian origin follow Söz's
  /// documented decision (ц → ts, ч → ch, щ → şş, ё → io, ю → iu, я → ia,
  /// э → e, ъ ь → ∅); a lone capital digraph is title case.
  static let kazakhLetters: [(String, String)] = [
    ("А", "A"), ("а", "a"), ("Ә", "Ä"), ("ә", "ä"), ("Б", "B"), ("б", "b"),
    ("В", "V"), ("в", "v"), ("Г", "G"), ("г", "g"), ("Ғ", "Ğ"), ("ғ", "ğ"),
    ("Д", "D"), ("д", "d"), ("Е", "E"), ("е", "e"), ("Ё", "İo"), ("ё", "io"),
    ("Ж", "J"), ("ж", "j"), ("З", "Z"), ("з", "z"), ("И", "İ"), ("и", "i"),
    ("Й", "İ"), ("й", "i"), ("К", "K"), ("к", "k"), ("Қ", "Q"), ("қ", "q"),
    ("Л", "L"), ("л", "l"), ("М", "M"), ("м", "m"), ("Н", "N"), ("н", "n"),
    ("Ң", "Ñ"), ("ң", "ñ"), ("О", "O"), ("о", "o"), ("Ө", "Ö"), ("ө", "ö"),
    ("П", "P"), ("п", "p"), ("Р", "R"), ("р", "r"), ("С", "S"), ("с", "s"),
    ("Т", "T"), ("т", "t"), ("У", "U"), ("у", "u"), ("Ұ", "Ū"), ("ұ", "ū"),
    ("Ү", "Ü"), ("ү", "ü"), ("Ф", "F"), ("ф", "f"), ("Х", "H"), ("х", "h"),
    ("Һ", "H"), ("һ", "h"), ("Ц", "Ts"), ("ц", "ts"), ("Ч", "Ch"), ("ч", "ch"),
    ("Ш", "Ş"), ("ш", "ş"), ("Щ", "Şş"), ("щ", "şş"), ("Ъ", ""), ("ъ", ""),
    ("Ы", "Y"), ("ы", "y"), ("І", "I"), ("і", "ı"), ("Ь", ""), ("ь", ""),
    ("Э", "E"), ("э", "e"), ("Ю", "İu"), ("ю", "iu"), ("Я", "İa"), ("я", "ia"),
  ]

  @Test("The table covers the whole Kazakh alphabet")
  func alphabetIsComplete() {
    let alphabet =
      "А Ә Б В Г Ғ Д Е Ё Ж З И Й К Қ Л М Н Ң О Ө П Р С Т У Ұ Ү Ф Х Һ Ц Ч Ш Щ Ъ Ы І Ь Э Ю Я"
      .split(separator: " ").map(String.init)
    #expect(alphabet.count == 42)
    let covered = Set(Self.kazakhLetters.map(\.0))
    for letter in alphabet {
      #expect(covered.contains(letter), "missing \(letter)")
      #expect(covered.contains(letter.lowercased()), "missing \(letter.lowercased())")
    }
    #expect(Self.kazakhLetters.count == 84)
  }

  @Test("kk → kk-Latn, letter by letter", arguments: kazakhLetters)
  func kazakhLetter(cyrillic: String, latin: String) {
    let result = Transforms.kazakhToLatin.transliterate(cyrillic)
    #expect(sameScalars(result, latin), "\(scalars(result))")
  }

  /// The 2021 alphabet has dotted İ/i and dotless I/ı as separate letters:
  /// и/й → i (İ), і → ı (I).
  @Test("The four I letters")
  func iLetters() {
    #expect(sameScalars(Transforms.kazakhToLatin.transliterate("и"), "i"))
    #expect(sameScalars(Transforms.kazakhToLatin.transliterate("И"), "\u{0130}"))
    #expect(sameScalars(Transforms.kazakhToLatin.transliterate("і"), "\u{0131}"))
    #expect(sameScalars(Transforms.kazakhToLatin.transliterate("І"), "I"))
  }

  static let kazakhWords: [(String, String)] = [
    ("Қазақстан", "Qazaqstan"),
    ("Шымкент", "Şymkent"),
    ("Жезқазған", "Jezqazğan"),
    ("Тоқаев", "Toqaev"),
    ("Әлия", "Äliia"),
    ("ЧЕМПИОНАТ", "CHEMPİONAT"),
    ("Чемпионат", "Chempionat"),
    ("Қасым-Жомарт", "Qasym-Jomart"),
    ("Қазақстан Республикасы", "Qazaqstan Respublikasy"),
    ("Нұрсұлтан", "Nūrsūltan"),
    ("Өскемен", "Öskemen"),
    ("Ақтөбе", "Aqtöbe"),
    ("Түркістан", "Türkıstan"),
    ("Байқоңыр", "Baiqoñyr"),
    ("Ұлытау", "Ūlytau"),
    ("Іле", "Ile"),
    ("Әуезов", "Äuezov"),
    ("Құрманғазы", "Qūrmanğazy"),
    ("Мұхтар", "Mūhtar"),
    ("ұйықтау", "ūiyqtau"),
    ("үй", "üi"),
    ("Щучинск", "Şşuchinsk"),
    ("Целиноград", "Tselinograd"),
    ("ЦЕЛИНОГРАД", "TSELİNOGRAD"),
    ("Ясауи", "İasaui"),
    ("съезд", "sezd"),
    ("пьеса", "pesa"),
    ("Эмба", "Emba"),
    ("Ёлка", "İolka"),
    ("Юрий", "İurii"),
    ("Һ", "H"),
    ("ҚАЗАҚСТАН", "QAZAQSTAN"),
    ("2024 жылы, Алматы!", "2024 jyly, Almaty!"),
    ("", ""),
  ]

  @Test("kk → kk-Latn, words", arguments: kazakhWords)
  func kazakhWord(cyrillic: String, latin: String) {
    let result = Transforms.kazakhToLatin.transliterate(cyrillic)
    #expect(sameScalars(result, latin), "\(scalars(result))")
  }

  @Test("kk → kk-Latn accepts decomposed input (й = и + U+0306)")
  func kazakhDecomposedInput() {
    #expect(Transforms.kazakhToLatin.transliterate("Аба\u{0438}\u{0306}") == "Abai")
    #expect(Transforms.kazakhToLatin.transliterate("\u{0415}\u{0308}") == "İo")
  }

  /// A capital digraph letter inside an all-caps word must be all caps.
  /// Before a capital this works (ЧЕМПИОНАТ → CHEMPİONAT); at the end of
  /// an all-caps word the rules fall back to title case.
  @Test(
    "kk → kk-Latn, all-caps words ending in a digraph letter",
    arguments: [
      ("ӘЛИЯ", "ÄLİİA"),
      ("АЮ", "AİU"),
      (
        "ҚАЗАҚСТАН ЖӘНЕ РЕСЕЙ ҚАРЫМ-ҚАТЫНАСЫ ДАМЫП ЖАТЫР ЖӘНЕ ОЮ",
        "QAZAQSTAN JÄNE RESEİ QARYM-QATYNASY DAMYP JATYR JÄNE OİU"
      ),
    ])
  func kazakhAllCapsDigraphAtEnd(cyrillic: String, latin: String) {
    let result = Transforms.kazakhToLatin.transliterate(cyrillic)
    #expect(sameScalars(result, latin), "\(scalars(result))")
  }

  // MARK: kk-Latn → kk

  static let kazakhLatinLetters: [(String, String)] = [
    ("A", "А"), ("a", "а"), ("Ä", "Ә"), ("ä", "ә"), ("B", "Б"), ("b", "б"),
    ("D", "Д"), ("d", "д"), ("E", "Е"), ("e", "е"), ("F", "Ф"), ("f", "ф"),
    ("G", "Г"), ("g", "г"), ("Ğ", "Ғ"), ("ğ", "ғ"), ("H", "Х"), ("h", "х"),
    ("I", "І"), ("ı", "і"), ("İ", "И"), ("i", "и"), ("J", "Ж"), ("j", "ж"),
    ("K", "К"), ("k", "к"), ("L", "Л"), ("l", "л"), ("M", "М"), ("m", "м"),
    ("N", "Н"), ("n", "н"), ("Ñ", "Ң"), ("ñ", "ң"), ("O", "О"), ("o", "о"),
    ("Ö", "Ө"), ("ö", "ө"), ("P", "П"), ("p", "п"), ("Q", "Қ"), ("q", "қ"),
    ("R", "Р"), ("r", "р"), ("S", "С"), ("s", "с"), ("Ş", "Ш"), ("ş", "ш"),
    ("T", "Т"), ("t", "т"), ("U", "У"), ("u", "у"), ("Ū", "Ұ"), ("ū", "ұ"),
    ("Ü", "Ү"), ("ü", "ү"), ("V", "В"), ("v", "в"), ("Y", "Ы"), ("y", "ы"),
    ("Z", "З"), ("z", "з"),
  ]

  @Test("The Latin table covers the 31 letters of the 2021 alphabet")
  func latinAlphabetIsComplete() {
    let alphabet = "A Ä B D E F G Ğ H I İ J K L M N Ñ O Ö P Q R S Ş T U Ū Ü V Y Z"
      .split(separator: " ").map(String.init)
    #expect(alphabet.count == 31)
    #expect(Set(Self.kazakhLatinLetters.map(\.0)).count == 62)
    for letter in alphabet {
      #expect(Self.kazakhLatinLetters.contains { $0.0 == letter })
    }
  }

  @Test("kk-Latn → kk, letter by letter", arguments: kazakhLatinLetters)
  func kazakhLatinLetter(latin: String, cyrillic: String) {
    let result = Transforms.kazakhToCyrillic.transliterate(latin)
    #expect(sameScalars(result, cyrillic), "\(scalars(result))")
  }

  static let kazakhLatinWords: [(String, String)] = [
    ("Qazaqstan", "Қазақстан"),
    ("Şymkent", "Шымкент"),
    ("Jezqazğan", "Жезқазған"),
    ("Toqaev", "Тоқаев"),
    ("Äliia", "Әлия"),  // l + i + ia: и, then я after the vowel
    ("CHEMPİONAT", "ЧЕМПИОНАТ"),
    ("Chempionat", "Чемпионат"),
    ("Qasym-Jomart", "Қасым-Жомарт"),
    ("Abai", "Абай"),  // i after a vowel is й
    ("ABAİ", "АБАЙ"),
    ("ūiyqtau", "ұйықтау"),
    ("qiaq", "қиақ"),  // ia after a consonant is иа
    ("jiu", "жиу"),  // iu after a consonant is иу
    ("İasaui", "Ясауй"),  // see KazakhRoundTripTests: и after a vowel reads as й
    ("Baianauyl", "Баянауыл"),
    ("Türkıstan", "Түркістан"),
    ("Ile", "Іле"),
    ("Mūhtar", "Мұхтар"),
    ("Tselinograd", "Целиноград"),
    ("Şşuchinsk", "Щучинск"),
    ("İolka", "Ёлка"),
    ("Qazaqstan Respublikasy", "Қазақстан Республикасы"),
    ("2024 jyly, Almaty!", "2024 жылы, Алматы!"),
    ("Şymkent", "Шымкент"),  // decomposed Ş = S + U+0327
    ("", ""),
  ]

  @Test("kk-Latn → kk, words", arguments: kazakhLatinWords)
  func kazakhLatinWord(latin: String, cyrillic: String) {
    let result = Transforms.kazakhToCyrillic.transliterate(latin)
    #expect(sameScalars(result, cyrillic), "\(scalars(result))")
  }

  @Test("kk-Latn → kk accepts decomposed input")
  func kazakhLatinDecomposed() {
    let decomposed = Normalizer.nfd("Şymkent Ädıl Öskemen Ūlytau Bügın Qoñyr Jezqazğan İle")
    #expect(!Normalizer.isNFC(decomposed))
    #expect(
      Transforms.kazakhToCyrillic.transliterate(decomposed)
        == "Шымкент Әділ Өскемен Ұлытау Бүгін Қоңыр Жезқазған Иле")
  }

  // MARK: az-Cyrl → az-Latn (ICU Azerbaijani-Latin/BGN)

  @Test(
    "az-Cyrl → az-Latn",
    arguments: [
      ("Азәрбајҹан", "Azərbaycan"),
      ("Гарабағ", "Qarabağ"),
      ("Бакы", "Bakı"),
      ("Нахчыван", "Naxçıvan"),
      ("Шуша", "Şuşa"),
      ("Ҝәнҹә", "Gəncə"),
      ("Әлијев", "Əliyev"),
      ("Хоҹалы", "Xocalı"),
      ("Һејдәр", "Heydər"),
      ("Илһам", "İlham"),
      ("Сумгајыт", "Sumqayıt"),
      ("Өмәр Үзејир", "Ömər Üzeyir"),
    ])
  func azerbaijani(cyrillic: String, latin: String) {
    let result = Transforms.azerbaijaniToLatin.transliterate(cyrillic)
    #expect(sameScalars(result, latin), "\(scalars(result))")
    #expect(Normalizer.isNFC(result))
  }

  // MARK: ru → Latin (ICU Russian-Latin/BGN)

  @Test(
    "ru → Latin (BGN/PCGN)",
    arguments: [
      ("Нахичевань", "Nakhichevan\u{02B9}"),
      ("Алиев", "Aliyev"),
      ("Щучинск", "Shchuchinsk"),
      ("объект", "ob\u{02BA}yekt"),
      ("ёлка", "yëlka"),
      ("Москва", "Moskva"),
      ("Казахстан", "Kazakhstan"),
      ("Алматы", "Almaty"),
    ])
  func russian(cyrillic: String, latin: String) {
    let result = Transforms.russianToLatin.transliterate(cyrillic)
    #expect(sameScalars(result, latin), "\(scalars(result))")
    #expect(Normalizer.isNFC(result))
  }

  @Test("Transliterator IDs")
  func ids() {
    #expect(Transforms.kazakhToLatin.id == "x-soz-kk-kk_Latn-2021")
    #expect(Transforms.kazakhToCyrillic.id == "x-soz-kk_Latn-kk-2021")
    #expect(Transforms.azerbaijaniToLatin.id == "Azerbaijani-Latin/BGN")
    #expect(Transforms.russianToLatin.id == "Russian-Latin/BGN")
  }

  @Test("Long input (buffer growth: щ → şş doubles the length)")
  func longInput() {
    let text = String(repeating: "щ", count: 5000)
    let result = Transforms.kazakhToLatin.transliterate(text)
    #expect(result == String(repeating: "şş", count: 5000))
    let mixed = String(repeating: "Қазақстан Щучинск ", count: 300)
    #expect(
      Transforms.kazakhToLatin.transliterate(mixed)
        == String(repeating: "Qazaqstan Şşuchinsk ", count: 300))
  }
}

@Suite("Transliterator errors")
struct TransliteratorErrorTests {
  static let badRules: [(String, Int)] = [
    // (rules, 1-based line of the error)
    ("a > b;\n[z- > c;", 2),
    ("a > b;\nc > d;\n$undefined > e;", 3),
    ("a > b;\nq > r;\n[:Foo:] > x;", 3),
  ]

  @Test("Bad rules throw OrthographyError with the rule position", arguments: badRules)
  func badRule(rules: String, line: Int) {
    do {
      _ = try Transliterator(id: "x-test-bad", rules: rules)
      Issue.record("compiled bad rules: \(rules)")
    } catch {
      #expect(error.operation.contains("x-test-bad"))
      #expect(!error.status.isEmpty)
      #expect(error.status.hasPrefix("U_"))
      #expect(error.ruleLine != nil)
      #expect(error.ruleOffset != nil)
      #expect(error.description.contains(error.status))
    }
  }

  /// `OrthographyError.ruleLine` is documented as "the 1-based rule line".
  @Test("The rule line of a syntax error is the 1-based line", arguments: badRules)
  func badRuleLine(rules: String, line: Int) {
    do {
      _ = try Transliterator(id: "x-test-bad", rules: rules)
      Issue.record("compiled bad rules: \(rules)")
    } catch {
      #expect(error.ruleLine == line, "\(error)")
    }
  }

  @Test(
    "Unknown system IDs throw",
    arguments: ["Klingon-Latin/BGN", "x-does-not-exist", "Kazakh-Latin/2021", ""])
  func unknownSystemID(id: String) {
    #expect(throws: OrthographyError.self) {
      _ = try Transliterator(systemID: id)
    }
    do {
      _ = try Transliterator(systemID: id)
    } catch {
      #expect(error.ruleLine == nil)
      #expect(error.ruleOffset == nil)
    }
  }

  @Test("Unknown system ID reports U_INVALID_ID")
  func unknownSystemIDStatus() {
    do {
      _ = try Transliterator(systemID: "Klingon-Latin/BGN")
      Issue.record("opened an unknown transform")
    } catch {
      #expect(error.status == "U_INVALID_ID")
    }
  }

  @Test("Good custom rules compile and run; the last rule may omit ';'")
  func goodRules() throws {
    let t = try Transliterator(id: "x-test-good", rules: "ә > ä; Ә > Ä; і > ı")
    #expect(t.id == "x-test-good")
    #expect(t.transliterate("Әліппе") == "Äлıппе")
  }

  @Test("System transforms open", arguments: ["Latin-ASCII", "Any-Lower", "Kazakh-Latin/BGN"])
  func systemTransforms(id: String) throws {
    let t = try Transliterator(systemID: id)
    #expect(t.id == id)
  }

  @Test("Kazakh-Latin/BGN output is NFC after transliterate (standards §5.4 bug)")
  func bgnKazakhIsNFC() throws {
    let t = try Transliterator(systemID: "Kazakh-Latin/BGN")
    let result = t.transliterate("Ёлка Йод")
    #expect(Normalizer.isNFC(result), "\(scalars(result))")
  }
}
