import Orthography
import Testing

/// The cross-language, cross-script comparison key (ComparisonKey.swift,
/// standards.md §5.2).
@Suite("ComparisonKey")
struct ComparisonKeyTests {
  @Test(
    "Keys of single names",
    arguments: [
      ("Qarabağ", "karabag"), ("Karabağ", "karabag"), ("QARABAĞ", "karabag"),
      ("Karabakh", "karabaH"), ("Garabagh", "garabag"), ("Қарабақ", "karabak"),
      ("Карабах", "karabaH"), ("Naxçıvan", "naHCivan"), ("Нахчыван", "naHCivan"),
      ("Əliyev", "aliev"), ("Алиев", "aliev"), ("Tokayev", "tokaev"), ("Тоқаев", "tokaev"),
      ("Xocalı", "HoJali"), ("Khojaly", "HoJali"), ("Hacıyev", "HaJiev"),
      ("Kassym-Jomart", "kasim Jomart"), ("Şuşa", "SuSa"), ("Shusha", "SuSa"), ("Шуша", "SuSa"),
      ("Məmməd", "mamad"), ("Mammad", "mamad"),
      ("Kyrgyz", "kirgiz"), ("Kırgız", "kirgiz"), ("İusubov", "yusubov"), ("Yusubov", "yusubov"),
      ("Yerevan", "erevan"), ("", ""), ("  ", ""), ("’", ""),
    ])
  func key(text: String, expected: String) {
    #expect(ComparisonKey.of(text) == expected)
  }

  /// Spellings that must share one key.
  static let equivalenceClasses: [[String]] = [
    ["Qarabağ", "Karabağ", "qarabağ", "KARABAĞ"],
    ["Naxçıvan", "Nahçıvan", "Nakhchivan", "Нахчыван", "NAXÇIVAN"],
    ["Əliyev", "Aliyev", "Алиев", "Aliev", "Әлиев", "ƏLİYEV"],
    ["Tokayev", "Тоқаев", "Tokaev", "Toqaev"],
    ["Kassym-Jomart", "Қасым-Жомарт", "Kassym Jomart", "Qasym-Jomart", "KASSYM-JOMART"],
    ["Xocalı", "Khojaly", "Хоҹалы"],
    ["Hacıyev", "Hajiyev", "Һаҹыјев"],
    ["Şuşa", "Shusha", "Шуша"],
    ["Xankəndi", "Khankandi"],
    ["Cəbrayıl", "Jabrayil"],
    ["Ağcabədi", "Aghjabadi"],
    ["Qarabağ’ın", "Qarabağ'ın", "Qarabağın"],
    ["Kyrgyz", "Kırgız", "Кыргыз"],
    ["Məmməd", "Mammad"],
    ["İlham", "Ilham", "Ильхам", "Илһам"],
    ["Heydər", "Heydar", "Һејдәр"],
    ["Almaty", "Алматы", "ALMATY"],
  ]

  @Test("Equivalent spellings share a key", arguments: equivalenceClasses)
  func equivalent(spellings: [String]) {
    let keys = spellings.map { ComparisonKey.of($0) }
    for (spelling, key) in zip(spellings, keys) {
      #expect(key == keys[0], "\(spelling) → \(key) but \(spellings[0]) → \(keys[0])")
    }
  }

  /// standards.md §5.2 renderings that stay one edit away under the key;
  /// typo search covers them.
  @Test(
    "Near spellings of Karabakh are within one edit of karabag",
    arguments: ["Karabakh", "Garabagh", "Қарабақ", "Карабах", "Karabağ", "Qarabag"])
  func nearKarabag(spelling: String) {
    let key = ComparisonKey.of(spelling)
    #expect(levenshtein(key, "karabag") <= 1, "\(spelling) → \(key)")
    #expect(levenshtein(key, "karabag") <= 2)
  }

  static let mustDiffer: [(String, String)] = [
    ("Aliyev", "Aliyeva"), ("Aghdam", "Aghdara"), ("Kazakhstan", "Kyrgyzstan"),
    ("Turkistan", "Turkmenistan"), ("Turkic", "Türkiye"), ("Turkic", "Turkish"),
    ("Türkiye", "Turkish"), ("Qazax", "Qax"), ("Aliyev", "Aliyevich"),
    ("Ağdam", "Ağdaş"), ("Şuşa", "Susa"), ("Baku", "Bakı Xanları"), ("Astana", "Almaty"),
  ]

  @Test("Different names keep different keys", arguments: mustDiffer)
  func different(a: String, b: String) {
    #expect(ComparisonKey.of(a) != ComparisonKey.of(b), "\(a) and \(b) → \(ComparisonKey.of(a))")
  }

  @Test(
    "Spellings broken differently share the unbroken key",
    arguments: [
      ("Nagorno-Karabakh", "NagornoKarabakh"),
      ("Kassym-Jomart", "KassymJomart"),
      ("Kara bakh", "Karabakh"),
      // A digraph, a doubled letter or a glide across the break.
      ("Nak hchivan", "Nakhchivan"),
      ("Uqşut tau", "Uqşuttau"),
      ("Sultana Yölşerkili", "SultanaYölşerkili"),
      ("Арман Нәсиров", "АрманНәсиров"),
      ("Ilham Aliyev", "Ильхам Алиев"),
    ])
  func unbroken(a: String, b: String) {
    #expect(ComparisonKey.unbroken(a) == ComparisonKey.unbroken(b), "\(a), \(b)")
    #expect(!ComparisonKey.unbroken(a).contains(" "))
  }

  @Test(
    "Words of a multiword name",
    arguments: [
      ("Kassym-Jomart Tokayev", ["kasim", "Jomart", "tokaev"]),
      ("Qasym-Jomart  Toqaev", ["kasim", "Jomart", "tokaev"]),
      ("İlham Əliyev", ["ilHam", "aliev"]),
      ("Nagorno–Karabakh", ["nagorno", "karabaH"]),
      ("Baku/Bakı", ["baku", "baki"]),
      ("Qarabağ’ın, 2021-ci il.", ["karabagin", "2021", "Ji", "il"]),
      ("", []),
      ("— , .", []),
    ])
  func words(text: String, expected: [String]) {
    #expect(ComparisonKey.words(of: text) == expected)
    #expect(ComparisonKey.of(text) == expected.joined(separator: " "))
  }

  @Test(
    "Consonant skeleton for blocking",
    arguments: [
      ("karabag", "krbk"), ("garabaH", "krbk"), ("karabak", "krbk"), ("aliev", "alv"),
      ("naHCivan", "nkCvn"), ("tokaev", "tkv"), ("", ""),
    ])
  func skeleton(word: String, expected: String) {
    #expect(ComparisonKey.skeleton(ofKeyWord: word) == expected)
  }

  @Test("The pivot rules are public and compile")
  func pivotRulesCompile() throws {
    let t = try Transliterator(id: "x-test-pivot", rules: ComparisonKeyRules.pivot)
    #expect(t.transliterate("Qarabağ") == "karabag")
  }
}

@Suite("KeyCache")
struct KeyCacheTests {
  static let names = [
    "Kassym-Jomart Tokayev", "İlham Əliyev", "Qarabağ", "Nagorno-Karabakh", "Нахчыван",
    "Heydər Əliyev adına Beynəlxalq Aeroport", "Қасым-Жомарт Тоқаев", "  Baku  ", "",
    "Qarabağ’ın", "Türkiye Cumhuriyeti",
  ]

  @Test("words(of:) equals ComparisonKey.words(of:)", arguments: names)
  func sameAsKey(name: String) {
    let cache = KeyCache()
    #expect(cache.words(of: name) == ComparisonKey.words(of: name))
    // Second call is served from the cache.
    #expect(cache.words(of: name) == ComparisonKey.words(of: name))
  }

  @Test("Shared cache under concurrency")
  func concurrent() async {
    let cache = KeyCache()
    let expected = Self.names.map { ComparisonKey.words(of: $0) }
    await withTaskGroup(of: Bool.self) { group in
      for _ in 0..<8 {
        group.addTask {
          for _ in 0..<100 {
            for (name, words) in zip(Self.names, expected) where cache.words(of: name) != words {
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
