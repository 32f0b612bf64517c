import Exchange
import Foundation
import Orthography
import PropertyBased
import Terminology
import Testing

/// Random glossaries survive every glossary format, and a second export
/// is byte-identical to the first.
@Suite struct GlossaryPropertyTests {
  static let pool: [Character] = Array("aəğıİqxçşAZ қәңұЖ<>&\"',;:#é-_. 1")
  /// Non-empty text without leading or trailing spaces (the table readers
  /// trim fields).
  static let word = Gen<Character?>.element(of: pool).map { $0! }.string(of: 1...12).map { s -> String in
    let t = s.trimmingCharacters(in: .whitespaces)
    return t.isEmpty ? "x" : t
  }
  static let language = Gen<LanguageTag?>.element(of: [.en, .az, .tr, .kk, .kkLatn, .ru]).map { $0! }
  static let status = Gen<FormStatus?>.element(of: FormStatus.allCases).map { $0! }
  static let kind = Gen<ConceptKind?>.element(of: ConceptKind.allCases).map { $0! }

  static let form = zip(word, language, status, word).map { text, lang, status, replacement in
    Form(
      text: text, language: lang, status: status,
      replacement: status == .forbidden && replacement.count % 2 == 0 ? replacement : nil)
  }

  static let concept = zip(word, kind, word, form.array(of: 1...5)).map { id, kind, note, forms in
    Concept(id: id, kind: kind, note: note.count % 3 == 0 ? nil : note, forms: forms)
  }

  static let glossary = concept.array(of: 1...6).map { concepts in
    // Ids are unique in a glossary.
    var seen: Set<String> = []
    return Glossary(concepts: concepts.filter { seen.insert($0.id).inserted })
  }

  /// What a reader hands back when forms of one language are written
  /// together (TBX groups them by language).
  static func groupedByLanguage(_ g: Glossary) -> [Concept] {
    g.portable.map { c in
      var c = c
      var order: [LanguageTag] = []
      for f in c.forms where !order.contains(f.language) { order.append(f.language) }
      c.forms = order.flatMap { l in c.forms.filter { $0.language == l } }
      return c
    }
  }

  @Test func everyGlossaryFormatRoundTrips() async {
    await propertyCheck(count: 150, input: Self.glossary) { g in
      do {
        for version in TBXVersion.allCases {
          let once = TBXWriter.string(g, version: version)
          let back = try TBXReader.read(string: once)
          #expect(back.portable == Self.groupedByLanguage(g), "\(once)")
          #expect(TBXWriter.string(back, version: version) == once)
        }
        let tmx = GlossaryTMX.string(g)
        let fromTMX = try GlossaryTMX.read(string: tmx)
        #expect(fromTMX.portable == g.portable, "\(tmx)")
        #expect(GlossaryTMX.string(fromTMX) == tmx)
        for dialect in [DelimitedText.Dialect.csv, .tsv] {
          let once = GlossaryTableWriter.string(g, dialect: dialect)
          let back = try GlossaryTableReader.read(once, dialect: dialect, file: "g")
          #expect(back.portable == g.portable, "\(once)")
          #expect(GlossaryTableWriter.string(back, dialect: dialect) == once)
        }
      } catch {
        Issue.record("\(error)")
      }
    }
  }
}
