@testable import Alignment
import Orthography
import Terminology
import Testing

/// A name's translation spelled another way in a unit where the memory's
/// usual translation is missing, and two names joined by a hyphen (issue
/// 17). Made-up sentences; Evaluation/align holds the real ones.
@Suite struct MemoryAlignmentStrayTests {
  typealias T = MemoryAlignmentTests

  /// `Kazakhstan` → `Қазақстан` three times, and once the Russian
  /// spelling `Қазахстан`: the stray spelling is proposed, seen once,
  /// with the unit that writes it.
  @Test func straySpellingSeenOnceIsProposed() throws {
    let units = [
      ("I live in Kazakhstan.", "Мен Қазақстанда тұрамын."),
      ("They went to Kazakhstan.", "Олар Қазақстанға барды."),
      ("This was made in Kazakhstan.", "Бұл Қазақстанда жасалған."),
      ("Is your home Kazakhstan?", "Сіздің үйіңіз Қазахстан ба?"),
    ]
    let p = T.align(units, to: .kk, minCount: 2)
    let found = T.pairs(p)
    #expect(found.contains("Kazakhstan → Қазақстан"), "\(found)")
    let stray = try #require(p.first { $0.target == "Қазахстан" }, "\(found)")
    #expect(stray.source == "Kazakhstan")
    #expect(stray.count == 1)
    #expect(stray.examples == ["u4"])
  }

  /// A source spelling the translation keeps once (`Meri` for `Mary`).
  @Test func keptSourceSpellingIsProposed() {
    let units = [
      ("Tom Merini sevir.", "Tom, Mary'yi seviyor."),
      ("Tom Merinin qardaşıdır.", "Tom, Mary'nin kardeşidir."),
      ("Tom Meri ilə danışdı.", "Tom, Mary ile konuştu."),
      ("Tom Meri ilə gəldi.", "Tom, Meri ile geldi."),
    ]
    let found = T.pairs(T.align(units, from: .az, to: .tr, minCount: 2))
    #expect(found.contains("Meri → Mary"), "\(found)")
    #expect(found.contains("Meri → Meri"), "\(found)")
  }

  /// What is not a stray: a name unlike the source in the unit lacking
  /// the usual translation, an inflection of the usual translation, and
  /// anything in a unit that has the usual translation.
  @Test(arguments: [
    // Unlike: `Астана` is no spelling of Kazakhstan.
    [
      ("I live in Kazakhstan.", "Мен Қазақстанда тұрамын."),
      ("They went to Kazakhstan.", "Олар Қазақстанға барды."),
      ("He flew from Kazakhstan.", "Ол Астанадан ұшты."),
    ],
    // The unit has the usual translation beside another spelling.
    [
      ("I live in Kazakhstan.", "Мен Қазақстанда тұрамын."),
      ("They went to Kazakhstan.", "Олар Қазақстанға барды."),
      ("He flew from Kazakhstan.", "Ол Қазақстаннан, Қазахстан деп жазылған, ұшты."),
    ],
  ])
  func notStrays(units: [(String, String)]) {
    let found = T.pairs(T.align(units, to: .kk, minCount: 2))
    #expect(found == ["Kazakhstan → Қазақстан"], "\(found)")
  }

  /// `Çinə` is `Çin` + dative, though its key is the English reading of
  /// `China` (so the suffix is not removed): no other spelling.
  @Test func inflectedUsualTranslationIsNoStray() {
    var units = [
      ("I wrote about China.", "Mən Çin haqqında yazdım."),
      ("They say China is big.", "Deyirlər ki, Çin böyükdür."),
      ("We flew over China.", "Biz Çin üzərindən uçduq."),
      ("They trade with China.", "Onlar Çinlə ticarət edirlər."),
      ("Welcome to China!", "Çinə xoş gəlmisiniz!"),
    ]
    for k in 1...10 { units.append(("It rained on day \(k).", "\(k)-ci gün yağış yağdı.")) }
    let found = T.pairs(T.align(units, to: .az, minCount: 2))
    #expect(found.contains("China → Çin"), "\(found)")
    #expect(!found.contains("China → Çinə"), "\(found)")
  }

  /// The baselines keep their one signal: nothing below the count.
  @Test(arguments: [MemoryAlignmentMethod.cooccurrence, .similarity])
  func baselinesHaveNoStrays(method: MemoryAlignmentMethod) {
    let units = [
      ("I live in Kazakhstan.", "Мен Қазақстанда тұрамын."),
      ("They went to Kazakhstan.", "Олар Қазақстанға барды."),
      ("Is your home Kazakhstan?", "Сіздің үйіңіз Қазахстан ба?"),
    ]
    let found = T.pairs(T.align(units, to: .kk, minCount: 2, method: method))
    #expect(!found.contains("Kazakhstan → Қазахстан"), "\(found)")
  }

  /// `the Azerbaijan-Armenia talks`: two names, each written alone
  /// elsewhere, are cut at the hyphen; one name with a hyphen is not.
  @Test func namesJoinedByAHyphenAreCut() {
    let units = [
      ("They discussed the Azerbaijan-Armenia border.", "Onlar Azərbaycan ilə Ermənistan sərhədini müzakirə etdilər."),
      ("She lives in Azerbaijan.", "O, Azərbaycanda yaşayır."),
      ("He went to Armenia.", "O, Ermənistana getdi."),
      ("President Kassym-Jomart Tokayev spoke.", "Prezident Kassım-Jomart Tokayev çıxış etdi."),
    ]
    let found = T.pairs(T.align(units, to: .az, minCount: 1))
    let p = T.align(units, to: .az, minCount: 2)
    #expect(p.first { $0.source == "Azerbaijan" && $0.target == "Azərbaycan" }?.count == 2, "\(T.pairs(p))")
    #expect(!found.contains { $0.hasPrefix("Azerbaijan-Armenia") }, "\(found)")
    #expect(found.contains("Kassym-Jomart Tokayev → Kassım-Jomart Tokayev"), "\(found)")
  }

  /// A Kazakh `Мен` (I) opening the sentence is no name, though the
  /// glossary's `Men adası` (Isle of Man) proves the capital `Men`; and
  /// `Қазақстаннан` is `Қазақстан` + `нан`, not `Қазақстанн` + `ан`.
  @Test func pronounsAndDoubledLettersLeaveTheName() throws {
    let glossary = Glossary(concepts: [
      Concept(
        id: "isle-of-man", kind: .place,
        forms: [Form(text: "Isle of Man", language: .en, status: .preferred), Form(text: "Men adası", language: .az, status: .preferred)])
    ])
    let units = [
      ("I live in Kazakhstan.", "Мен Қазақстанда тұрамын."),
      ("They went to Kazakhstan.", "Олар Қазақстанға барды."),
      ("He flew from Kazakhstan.", "Ол Қазақстаннан ұшты."),
    ]
    let p = T.align(units, to: .kk, glossary: glossary, minCount: 2)
    let pair = try #require(p.first { $0.source == "Kazakhstan" }, "\(T.pairs(p))")
    #expect(pair.target == "Қазақстан")
    #expect(pair.count == 3)
    #expect(Set(pair.inflections) == ["Қазақстанда", "Қазақстанға", "Қазақстаннан"])
  }

  /// `Ankara Türkiyənin` opening two sentences is one span; the other
  /// side writes `Ankara` and `Türkiye` apart. `Türkiyə` and `Türkiye`
  /// differ in key, so only the glossary, which lists `Türkiyə`, lets
  /// their similarity cut the span; without it the span stays whole (in a
  /// big memory similarity alone cut people's names apart).
  @Test func glossaryFormsSimilarToTheOtherSideCutASpan() {
    let glossary = Glossary(concepts: [
      Concept(
        id: "turkiye", kind: .place,
        forms: [Form(text: "Türkiyə", language: .az, status: .preferred), Form(text: "Türkiye", language: .tr, status: .preferred)]),
      Concept(
        id: "ankara", kind: .place,
        forms: [Form(text: "Ankara", language: .az, status: .preferred), Form(text: "Ankara", language: .tr, status: .preferred)]),
    ])
    let units = [
      ("Ankara Türkiyənin ən böyük şəhərlərindəndir.", "Ankara, Türkiye'nin en büyük şehirlerindendir."),
      ("Ankara Türkiyənin mərkəzindədir.", "Ankara, Türkiye'nin merkezindedir."),
    ]
    let found = T.pairs(T.align(units, from: .az, to: .tr, glossary: glossary, minCount: 2))
    #expect(found.contains("Türkiyə → Türkiye"), "\(found)")
    #expect(found.contains("Ankara → Ankara"), "\(found)")
    let bare = T.pairs(T.align(units, from: .az, to: .tr, minCount: 2))
    #expect(!bare.contains("Türkiyə → Türkiye"), "\(bare)")
  }

  /// One span on this side, two names on the other side of the same unit
  /// (`Meri Vaşinqton küçələrində` ↔ `Mary, Washington sokaklarında`; the keys
  /// differ, so only their similarity says so): cut there; a span the
  /// other side writes whole stays whole.
  @Test func twoNamesTheTranslationWritesApartAreCut() {
    let apart = T.pairs(
      T.align(
        [("Meri Vaşinqton küçələrində gəzir.", "Mary, Washington sokaklarında geziyor.")], from: .az, to: .tr, minCount: 1))
    #expect(apart.contains("Meri → Mary"), "\(apart)")
    #expect(apart.contains("Vaşinqton → Washington"), "\(apart)")
    #expect(!apart.contains { $0.hasPrefix("Meri Vaşinqton") }, "\(apart)")
    let whole = T.pairs(T.align([("Anna Boston gəldi.", "Anna Boston geldi.")], from: .az, to: .tr, minCount: 1))
    #expect(whole.contains("Anna Boston → Anna Boston"), "\(whole)")
  }
}
