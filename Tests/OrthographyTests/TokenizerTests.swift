import Orthography
import Testing

/// Word tokens on UAX #29 boundaries (standards.md §6.6).
@Suite("Tokenizer")
struct TokenizerTests {
  func words(_ text: String) -> [String] {
    Tokenizer.shared.tokens(in: text).map(\.text)
  }

  @Test(
    "Stays one token",
    arguments: [
      "Karabağ'da", "Qarabağ\u{2019}ın", "İstanbul'da", "Kassym-Jomart", "News.Az", "COP29",
      "Nagorno-Karabakh", "Қасым-Жомарт", "Heydər", "Aygün", "Ясауи", "Aygu\u{0308}n",
      "2021-ci",
    ])
  func oneToken(word: String) {
    let tokens = Tokenizer.shared.tokens(in: word)
    #expect(tokens.map(\.text) == [word])
    #expect(tokens.first?.utf16Range == 0..<word.utf16.count)
  }

  @Test(
    "Tokens of a sentence",
    arguments: [
      ("Karabağ'da yeni məktəb açıldı.", ["Karabağ'da", "yeni", "məktəb", "açıldı"]),
      ("Qarabağ’ın bərpası", ["Qarabağ’ın", "bərpası"]),
      ("Kassym-Jomart Tokayev said", ["Kassym-Jomart", "Tokayev", "said"]),
      ("News.Az reports on COP29.", ["News.Az", "reports", "on", "COP29"]),
      // COP29 is letters, so like 2021-ci it joins a number across a hyphen.
      ("COP29-2024 talks", ["COP29-2024", "talks"]),
      ("2021-ci ildə", ["2021-ci", "ildə"]),
      ("2020-2021", ["2020", "2021"]),
      ("Baku - Tbilisi", ["Baku", "Tbilisi"]),
      ("Baku -Tbilisi", ["Baku", "Tbilisi"]),
      ("Abai's  words", ["Abai's", "words"]),
      ("Astana.", ["Astana"]),
      ("Shymkent'", ["Shymkent"]),
      ("(Алматы, 1,5 млн)", ["Алматы", "1,5", "млн"]),
      ("", []),
      ("  \n\t ", []),
      ("— … !", []),
    ])
  func sentence(text: String, expected: [String]) {
    #expect(words(text) == expected)
  }

  @Test(
    "Script and number flag of each token",
    arguments: [
      ("Karabağ'da", Script.latin, false),
      ("Qarabağ\u{2019}ın", .latin, false),
      ("Kassym-Jomart", .latin, false),
      ("COP29", .latin, false),
      ("2026", .common, true),
      ("2021-ci", .latin, false),
      ("Алматы", .cyrillic, false),
      ("Қасым-Жомарт", .cyrillic, false),
      ("Азәрбајҹан", .cyrillic, false),
      ("Əliyev", .latin, false),
      ("\u{0410}zerbaijan", .mixed, false),  // Cyrillic А
      ("Q\u{0430}rabağ", .mixed, false),  // Cyrillic а
      ("\u{04D8}liyev", .mixed, false),  // Cyrillic Ә
    ])
  func script(word: String, script: Script, isNumeric: Bool) {
    let tokens = Tokenizer.shared.tokens(in: word)
    #expect(tokens.count == 1)
    #expect(tokens.first?.script == script)
    #expect(tokens.first?.isNumeric == isNumeric)
  }

  static let texts = [
    "Prezident İlham Əliyev Qarabağ’ın bərpası haqqında danışdı.",
    "😀 Karabağ'da 2021-ci ildə — COP29, News.Az; Kassym-Jomart Tokayev.",
    "Қазақстан Республикасының Президенті Қасым-Жомарт Тоқаев 🇰🇿 Астанада.",
    "I\u{0307}stanbul'da Aygu\u{0308}n \u{0410}zerbaijan 𝒳 Nagorno-Karabakh",
    "\r\nBaku\r\n\r\nTbilisi\u{00A0}Yerevan",
  ]

  /// utf16Range, range and text describe the same slice of the input.
  @Test("range, utf16Range and text agree", arguments: texts)
  func rangesAgree(text: String) {
    let tokens = Tokenizer.shared.tokens(in: text)
    #expect(!tokens.isEmpty)
    var previousEnd = 0
    for token in tokens {
      #expect(String(text[token.range]) == token.text)
      let lower = text.utf16.distance(from: text.utf16.startIndex, to: token.range.lowerBound)
      let upper = text.utf16.distance(from: text.utf16.startIndex, to: token.range.upperBound)
      #expect(lower..<upper == token.utf16Range, "\(token.text)")
      let units = Array(text.utf16)[token.utf16Range]
      #expect(String(decoding: units, as: UTF16.self) == token.text)
      #expect(token.utf16Range.lowerBound >= previousEnd, "tokens overlap or go back")
      previousEnd = token.utf16Range.upperBound
      #expect(!token.text.isEmpty)
      #expect(token.script == Script.of(token.text))
    }
  }

  @Test("Offsets count UTF-16 units, not Characters")
  func utf16Offsets() {
    let text = "😀 Qarabağ"  // 😀 is two UTF-16 units
    let tokens = Tokenizer.shared.tokens(in: text)
    #expect(tokens.map(\.text) == ["Qarabağ"])
    #expect(tokens.first?.utf16Range == 3..<10)
  }

  @Test("Tokenizing many texts concurrently gives the serial result")
  func concurrent() async {
    let expected = Self.texts.map { Tokenizer.shared.tokens(in: $0) }
    await withTaskGroup(of: Bool.self) { group in
      for _ in 0..<8 {
        group.addTask {
          for _ in 0..<100 {
            for (text, tokens) in zip(Self.texts, expected)
            where Tokenizer.shared.tokens(in: text) != tokens {
              return false
            }
          }
          return true
        }
      }
      for await ok in group { #expect(ok) }
    }
  }
}

@Suite("Script")
struct ScriptTests {
  @Test(
    "Script of a scalar",
    arguments: [
      ("a", Script.latin), ("Z", .latin), ("ə", .latin), ("Ə", .latin), ("ı", .latin),
      ("İ", .latin), ("ğ", .latin), ("ǝ", .latin), ("ä", .latin), ("ñ", .latin), ("ū", .latin),
      ("а", .cyrillic), ("ә", .cyrillic), ("Ә", .cyrillic), ("қ", .cyrillic), ("ҹ", .cyrillic),
      ("ј", .cyrillic), ("і", .cyrillic), ("1", .common), ("-", .common), ("’", .common),
      (" ", .common), ("\u{0307}", .common), ("α", .other), ("字", .other),
    ] as [(Unicode.Scalar, Script)])
  func scalar(scalar: Unicode.Scalar, expected: Script) {
    #expect(Script.of(scalar) == expected)
  }

  @Test(
    "Script of a word",
    arguments: [
      ("Qarabağ", Script.latin), ("Қарабақ", .cyrillic), ("2024", .common), ("", .common),
      ("Q\u{0430}rabağ", .mixed), ("COP29", .latin), ("Алматы-2024", .cyrillic),
      ("Aygu\u{0308}n", .latin), ("Αθήνα", .other), ("Athens Αθήνα", .mixed),
    ])
  func word(text: String, expected: Script) {
    #expect(Script.of(text) == expected)
  }
}
