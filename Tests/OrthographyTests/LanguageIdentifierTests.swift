import Orthography
import Testing

@Suite("LanguageIdentifier")
struct LanguageIdentifierTests {
  static let samples: [(String, LanguageTag)] = [
    (
      "The President of Azerbaijan said that the new agreement will be signed in Baku. "
        + "It is the first step for the region and its people.", .en
    ),
    ("The conference was held in Astana on Monday.", .en),
    (
      "Azərbaycan Respublikasının Prezidenti İlham Əliyev bu gün Bakıda "
        + "xarici qonaqları qəbul edib. "
        + "Görüşdə iki ölkə arasında əməkdaşlıq məsələləri müzakirə olunub.", .az
    ),
    ("Qarabağda yeni məktəb və xəstəxana tikilir.", .az),
    (
      "Türkiye Cumhurbaşkanı bugün İstanbul'da bir açıklama yaptı. "
        + "Toplantıda iki ülke arasındaki ilişkiler ve ekonomik işbirliği ele alındı.", .tr
    ),
    ("Bu yıl İzmir'de düzenlenen fuarda çok sayıda ziyaretçi vardı.", .tr),
    (
      "Қазақстан Республикасының Президенті Қасым-Жомарт Тоқаев бүгін Астанада "
        + "шетелдік қонақтарды қабылдады. "
        + "Кездесуде екі ел арасындағы ынтымақтастық мәселелері талқыланды.", .kk
    ),
    ("Алматыда жаңа мектеп пен аурухана салынып жатыр.", .kk),
    (
      "Qazaqstan Respublikasynyñ Prezidentı Qasym-Jomart Toqaev bügın Astanada "
        + "şeteldık qonaqtardy qabyldady. "
        + "Kezdesude ekı el arasyndağy yntymaqtastyq mäselelerı talqylandy.",
      LanguageTag("kk-Latn")!
    ),
    ("Almatyda jaña mektep pen auruhana salynyp jatyr jäne būl jaqsy.", LanguageTag("kk-Latn")!),
    (
      "Президент России заявил, что переговоры с Казахстаном пройдут в Москве. "
        + "Это уже второй визит в этом году.", LanguageTag("ru")!
    ),
    ("Выставка откроется в Москве в следующем году.", LanguageTag("ru")!),
  ]

  @Test("One or two sentences in each language", arguments: samples)
  func identify(text: String, language: LanguageTag) throws {
    let guess = try #require(LanguageIdentifier.identify(text))
    #expect(guess.language == language, "scores: \(guess.scores)")
    #expect(guess.confidence >= 0.5, "confidence \(guess.confidence), scores: \(guess.scores)")
    #expect(guess.confidence <= 1)
    #expect(guess.scores.first?.0 == guess.language)
    let values = guess.scores.map(\.1)
    #expect(values == values.sorted(by: >))
  }

  @Test("The Kazakh Latin samples are the transliterated Kazakh ones")
  func kazakhSamplesAgree() {
    let cyrillic = Self.samples[6].0
    let latin = Self.samples[8].0
    #expect(Transforms.kazakhToLatin.transliterate(cyrillic) == latin)
  }

  @Test("No letters, no guess", arguments: ["", "   ", "2024 — 12:30!", "…"])
  func noLetters(text: String) {
    #expect(LanguageIdentifier.identify(text) == nil)
  }

  @Test("Paragraphs of a mixed text are identified separately")
  func paragraphs() throws {
    let chosen = [0, 2, 4, 6, 8, 10].map { Self.samples[$0] }
    let text = chosen.map(\.0).joined(separator: "\n\n")
    let result = LanguageIdentifier.identifyParagraphs(text)
    try #require(result.count == chosen.count)
    for ((range, guess), (paragraph, language)) in zip(result, chosen) {
      #expect(String(text[range]) == paragraph)
      #expect(guess.language == language)
      #expect(guess.confidence >= 0.5)
    }
  }

  @Test("Paragraph separators: several blank lines, blank lines with spaces, CRLF")
  func paragraphSeparators() throws {
    let en = "The agreement was signed in Baku by the ministers of the two countries."
    let az = "Müqavilə Bakıda iki ölkənin nazirləri tərəfindən imzalanıb."
    let kk = "Келісімге екі елдің министрлері Астанада қол қойды және бұл маңызды."
    let text = en + "\n\n\n" + az + "\n  \n" + kk + "\r\n\r\n"
    let result = LanguageIdentifier.identifyParagraphs(text)
    #expect(result.map { String(text[$0.0]) } == [en, az, kk])
    #expect(result.map(\.1.language) == [.en, .az, .kk])
  }

  @Test("A single line break does not split a paragraph")
  func singleLineBreak() {
    let text = "The agreement was signed in Baku.\nIt is the first step for the region."
    let result = LanguageIdentifier.identifyParagraphs(text)
    #expect(result.count == 1)
    #expect(result.first.map { String(text[$0.0]) } == text)
  }

  /// The doc comment: "a small prior lets plain Latin be English and plain
  /// Cyrillic be Russian when nothing else speaks".
  @Test(
    "With no evidence, plain Latin is English and plain Cyrillic is Russian",
    arguments: [
      ("Baku", LanguageTag.en), ("Москва", LanguageTag("ru")!), ("Президент", LanguageTag("ru")!),
    ])
  func priors(text: String, language: LanguageTag) throws {
    let guess = try #require(LanguageIdentifier.identify(text))
    #expect(guess.language == language, "scores: \(guess.scores)")
  }
}
