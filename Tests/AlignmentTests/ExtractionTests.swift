import Alignment
import Orthography
import Terminology
import Testing

/// Extraction of candidate names from small texts in each language, with
/// inflections reduced to their base.
@Suite struct ExtractionTests {
  static let glossary = Glossary(concepts: [
    Concept(
      id: "karabakh", kind: .place,
      forms: [
        Form(text: "Karabakh", language: .en, status: .preferred),
        Form(text: "Qarabağ", language: .az, status: .preferred),
        Form(text: "Karabağ", language: .tr, status: .preferred),
        Form(text: "Қарабақ", language: .kk, status: .preferred),
      ])
  ])

  func extract(_ texts: [(String, LanguageTag)], glossary: Glossary? = nil) -> [NameCandidate] {
    let e = NameExtractor(glossary: glossary)
    let all = texts.enumerated().flatMap { i, t in e.candidates(in: t.0, file: "t\(i).md", language: t.1) }
    return e.reduceInflections(all)
  }

  @Test(arguments: [
    ("Qızılorda şəhəri böyüyür. Nazir Qızılordada olub. Qızılorda yaşıl şəhərdir.", LanguageTag.az, "Qızılordada", "Qızılorda"),
    ("Yeni köprü Kızılorda'da açıldı. Törende Kızılorda temsil edildi.", .tr, "Kızılorda'da", "Kızılorda"),
    ("Министр Қызылордада болды. Ол Қызылорда туралы айтты.", .kk, "Қызылордада", "Қызылорда"),
    ("We met Kyzylorda's mayor. The talks in Kyzylorda went on.", .en, "Kyzylorda's", "Kyzylorda"),
  ])
  func reducesInflectionsToTheBase(text: String, lang: LanguageTag, inflected: String, base: String) {
    let found = extract([(text, lang)])
    let reduced = found.filter { $0.inflected == inflected }
    #expect(reduced.map(\.text) == [base], "\(found.map { ($0.text, $0.inflected ?? "-") })")
    #expect(!found.contains { $0.text == inflected })
  }

  @Test func glossaryMentionsCarryTheirConcept() {
    let found = extract(
      [("Yeni evlər Qarabağda tikilir.", .az), ("Karabağ'da yeni evler var.", .tr)], glossary: Self.glossary)
    #expect(found.map(\.text) == ["Qarabağ", "Karabağ"])
    #expect(found.allSatisfy { $0.conceptID == "karabakh" })
    #expect(found.map(\.inflected) == ["Qarabağda", "Karabağ'da"])
  }

  @Test func multiwordNamesWithConnectorsAndGenericWords() {
    let found = extract([
      ("Delegates of the Organization of Turkic States met in Kyzylorda Region on Monday.", .en),
      ("Делегаттар Қызылорда облысы әкімдігінде кездесті.", .kk),
    ]).map(\.text)
    #expect(found.contains("Organization of Turkic States"))
    #expect(found.contains("Kyzylorda Region"))
    #expect(found.contains("Қызылорда облысы"))
    #expect(!found.contains("Monday"))
  }

  @Test func sentenceInitialWordsNeedEvidence() {
    let found = extract([("Törende Kızılorda anıldı. Heyet dün Kızılorda'ya gitti. Yarın toplantı var.", .tr)])
    #expect(found.map(\.text).allSatisfy { $0 == "Kızılorda" }, "\(found.map(\.text))")
    #expect(found.count == 2)
  }

  @Test func locationsAreLineAndColumn() {
    let found = extract([("First line here.\nThe mayor of Kyzylorda spoke, and Kyzylorda listened.", .en)])
    #expect(found.first?.location == "t0.md:2:14")
  }

  @Test func corpusGroupsLinkToTheGlossaryAndFindNewVariants() {
    let texts: [(String, LanguageTag)] = [
      ("Reconstruction in Garabagh continues. Garabagh is rebuilt.", .en),
      ("Qarabağda bərpa davam edir. Qarabağ yenidən qurulur.", .az),
      ("Kyzylorda and Kyzylorda again.", .en), ("Қызылорда мен Қызылорда.", .kk),
    ]
    let groups = CorpusAligner(minCount: 2).align(extract(texts, glossary: Self.glossary), glossary: Self.glossary)
    let karabakh = groups.first { $0.conceptID == "karabakh" }
    #expect(karabakh?.newSpellings.map(\.text) == ["Garabagh"])
    #expect(karabakh?.mostUsed["az"] == "Qarabağ")
    let fresh = groups.first { $0.conceptID == nil }
    #expect(Set(fresh?.spellings.map(\.text) ?? []) == ["Kyzylorda", "Қызылорда"])
    let patch = GlossaryPatch.proposals(groups, glossary: Self.glossary)
    #expect(patch.map(\.id) == ["karabakh", "kyzylorda"])
    #expect(patch[0].forms.map(\.status) == [.admitted])
  }
}
