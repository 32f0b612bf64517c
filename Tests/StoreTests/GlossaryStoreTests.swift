import Foundation
import GRDB
import Orthography
import SozCore
import Store
import Terminology
import Testing
import TestSupport

/// Real SQLite stores in temporary directories; no mocks.
@Suite struct GlossaryStoreTests {
  static let yaml = """
    - id: karabakh
      kind: place
      note: Region of Azerbaijan.
      forms:
        en: { preferred: Karabakh, admitted: [Garabagh], deprecated: [Karabagh] }
        az: Qarabağ
        tr: Karabağ
        kk: Қарабақ
        kk-Latn: Qarabaq
    - id: nakhchivan
      kind: place
      forms:
        en: { preferred: Nakhchivan, deprecated: [Nakhichevan] }
        az: Naxçıvan
        tr: Nahçıvan
        kk: Нахчыван
    - id: ilham-aliyev
      kind: person
      forms:
        en: Ilham Aliyev
        az: İlham Əliyev
        kk: Ильхам Әлиев
    - id: heydar-aliyev
      kind: person
      forms:
        en: Heydar Aliyev
        az: Heydər Əliyev
    - id: aygun-aliyeva
      kind: person
      forms:
        en: Aygun Aliyeva
        az: Aygün Əliyeva
    - id: turkiye
      kind: place
      forms:
        en: { preferred: Türkiye, admitted: [Turkey] }
        tr: Türkiye
        az: Türkiyə
        kk: Түркия
    - id: tokayev
      kind: person
      forms:
        en: Kassym-Jomart Tokayev
        kk: Қасым-Жомарт Тоқаев
        kk-Latn: Qasym-Jomart Toqaev
    """

  static func makeStore() throws -> (GlossaryStore, URL) {
    let dir = Scratch.root
      .appendingPathComponent("soz-store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let store = try GlossaryStore(path: dir.appendingPathComponent("store.sqlite").path)
    let glossary = Glossary(concepts: try GlossaryYAMLReader.read(yaml, file: "test.yaml"))
    try store.replaceSource(path: "test.yaml", kind: .file, fingerprint: "1", glossary: glossary)
    return (store, dir)
  }

  struct Query: CustomTestStringConvertible, Sendable {
    var text: String
    var concept: String
    var level: MatchLevel
    /// The form it matched, when the test cares which.
    var form: String? = nil
    var testDescription: String { "\(text) → \(concept) (\(level.rawValue))" }
  }

  @Test(arguments: [
    Query(text: "Karabakh", concept: "karabakh", level: .exact),
    Query(text: "karabakh", concept: "karabakh", level: .case),
    Query(text: "QARABAG", concept: "karabakh", level: .diacritics),
    Query(text: "TURKIYE", concept: "turkiye", level: .diacritics),
    Query(text: "Карабах", concept: "karabakh", level: .transliteration),
    Query(text: "Naxcivan", concept: "nakhchivan", level: .diacritics),
    Query(text: "Нахчыван", concept: "nakhchivan", level: .exact),
    Query(text: "Nahcivan", concept: "nakhchivan", level: .diacritics),
    Query(text: "ilham aliyev", concept: "ilham-aliyev", level: .case),
    Query(text: "Ильхам Алиев", concept: "ilham-aliyev", level: .transliteration),
    Query(text: "Aliyev Ilham", concept: "ilham-aliyev", level: .wordOrder),
    Query(text: "Aygun Aliyeva", concept: "aygun-aliyeva", level: .exact),
    Query(text: "Aygün Aliyeva", concept: "aygun-aliyeva", level: .diacritics),
    Query(text: "garabag", concept: "karabakh", level: .transliteration),
    Query(text: "nakchivan", concept: "nakhchivan", level: .fuzzy),
    Query(text: "Nakhchivn", concept: "nakhchivan", level: .fuzzy),
    Query(text: "Ilham Alyiev", concept: "ilham-aliyev", level: .fuzzy),
    Query(text: "Тоқаев", concept: "tokayev", level: .partial),
    Query(text: "Kassym Jomart Tokayev", concept: "tokayev", level: .transliteration),
    Query(text: "Karabakh's", concept: "karabakh", level: .exact),
    Query(text: "Qarabağ’ın", concept: "karabakh", level: .exact),
    Query(text: "Türkiye'nin", concept: "turkiye", level: .exact),
    // Word breaks typed wrong: joined, split, hyphen dropped, a letter for
    // the space; below every variant, above the typo search.
    Query(text: "IlhamAliyev", concept: "ilham-aliyev", level: .spacing),
    Query(text: "ilhamaliyev", concept: "ilham-aliyev", level: .spacing),
    Query(text: "Ilhamxaliyev", concept: "ilham-aliyev", level: .spacing),
    Query(text: "Kara bakh", concept: "karabakh", level: .spacing),
    Query(text: "Nax çıvan", concept: "nakhchivan", level: .spacing, form: "Naxçıvan"),
    Query(text: "Nak hchivan", concept: "nakhchivan", level: .spacing, form: "Nakhchivan"),
    Query(text: "KassymJomart Tokayev", concept: "tokayev", level: .spacing),
    Query(text: "Kassym Jomart Tokayev", concept: "tokayev", level: .transliteration),
    Query(text: "Қасым Жомарт Тоқаев", concept: "tokayev", level: .transliteration),
  ])
  func lookupFindsTheConcept(_ q: Query) throws {
    let (store, dir) = try Self.makeStore()
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try store.lookup(q.text)
    let top = try #require(result.candidates.first, "no match for \(q.text)")
    #expect(top.concept.id == q.concept)
    #expect(top.level == q.level)
    if let form = q.form { #expect(top.form == form) }
    #expect(top.concept.canonical(in: .en) != nil)
  }

  @Test func aSpacingMatchRanksBelowExactAndVariants() throws {
    let (store, dir) = try Self.makeStore()
    defer { try? FileManager.default.removeItem(at: dir) }
    let two = Glossary(concepts: [
      Concept(id: "aksu", kind: .place, forms: [Form(text: "Aksu", language: .en, status: .preferred)]),
      Concept(id: "ak-su", kind: .place, forms: [Form(text: "Ak Su", language: .en, status: .preferred)]),
    ])
    try store.replaceSource(path: "two.yaml", kind: .file, fingerprint: "1", glossary: two)
    let joined = try store.lookup("Aksu").candidates
    #expect(joined.map(\.concept.id) == ["aksu", "ak-su"])
    #expect(joined.map(\.level) == [.exact, .spacing])
    let split = try store.lookup("ak su").candidates
    #expect(split.map(\.concept.id) == ["ak-su", "aksu"])
    #expect(split.map(\.level) == [.case, .spacing])
    // One more letter than a name, with no space lost, is a typo, not a
    // spacing slip.
    #expect(try store.lookup("Karabakhs").candidates.first?.level == .fuzzy)
  }

  @Test func aStoreFromBeforeTheJoinedKeyIsMigrated() throws {
    let (store, dir) = try Self.makeStore()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("store.sqlite").path
    _ = store
    // Take the store back to its v3 shape, as an older Söz left it.
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
      try db.execute(
        sql: """
          DROP INDEX form_on_joinedKey;
          ALTER TABLE form DROP COLUMN joinedKey;
          DELETE FROM grdb_migrations WHERE identifier = 'v4-joined-key';
          """)
    }
    try queue.close()
    let reopened = try GlossaryStore(path: path)
    let top = try #require(try reopened.lookup("IlhamAliyev").candidates.first)
    #expect(top.concept.id == "ilham-aliyev" && top.level == .spacing)
  }

  @Test func aSurnameAloneIsAmbiguous() throws {
    let (store, dir) = try Self.makeStore()
    defer { try? FileManager.default.removeItem(at: dir) }
    let ids = try store.lookup("Aliyev").candidates.map(\.concept.id)
    #expect(Set(ids.prefix(2)) == ["ilham-aliyev", "heydar-aliyev"])
  }

  @Test func noMatchGivesSuggestions() throws {
    let (store, dir) = try Self.makeStore()
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try store.lookup("Xyzzy")
    #expect(!result.isMatch)
    let near = try store.lookup("Nakhi")
    #expect(!near.isMatch || near.candidates[0].concept.id == "nakhchivan")
  }

  @Test func reimportReplacesTheSource() throws {
    let (store, dir) = try Self.makeStore()
    defer { try? FileManager.default.removeItem(at: dir) }
    let smaller = Glossary(concepts: [
      Concept(id: "baku", kind: .place, forms: [Form(text: "Baku", language: .en, status: .preferred)])
    ])
    try store.replaceSource(path: "test.yaml", kind: .file, fingerprint: "2", glossary: smaller)
    let counts = try store.counts()
    #expect(counts.concepts == 1 && counts.forms == 1 && counts.words == 1)
    #expect(try store.lookup("Karabakh").isMatch == false)
    #expect(try store.fingerprint(ofSource: "test.yaml") == "2")
  }

  @Test func aConceptIDBelongsToOneSource() throws {
    let (store, dir) = try Self.makeStore()
    defer { try? FileManager.default.removeItem(at: dir) }
    let clash = Glossary(concepts: [
      Concept(id: "karabakh", kind: .place, forms: [Form(text: "K", language: .en, status: .preferred)])
    ])
    #expect(throws: StoreError.self) {
      try store.replaceSource(path: "other.tsv", kind: .file, fingerprint: "x", glossary: clash)
    }
    // The failed import changed nothing.
    #expect(try store.counts().sources == 1)
    #expect(try store.lookup("Karabakh").candidates.first?.concept.id == "karabakh")
  }

  @Test func directoryIsResyncedWhenItChanges() throws {
    let dir = Scratch.root.appendingPathComponent("soz-sync-\(UUID().uuidString)")
    let glossaries = dir.appendingPathComponent("glossaries")
    try FileManager.default.createDirectory(at: glossaries, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = glossaries.appendingPathComponent("a.yaml")
    try "- id: baku\n  kind: place\n  forms: {en: Baku, az: Bakı}\n".write(to: file, atomically: true, encoding: .utf8)
    let workspace = try Workspace(store: nil, glossary: nil, environment: [:], workingDirectory: dir, executable: nil)
    #expect(workspace.storePath == dir.appendingPathComponent(".soz/store.sqlite").path)
    #expect(try workspace.openStore().lookup("Bakı").isMatch)
    try "- id: ganja\n  kind: place\n  forms: {en: Ganja, az: Gəncə}\n".write(to: file, atomically: true, encoding: .utf8)
    let store = try workspace.openStore()
    #expect(try store.lookup("Gəncə").isMatch)
    #expect(try !store.lookup("Bakı").isMatch)
  }
}

/// Typos in names that share common words with many others.
@Suite struct TypoLookupTests {
  static func store() throws -> GlossaryStore {
    var concepts: [Concept] = []
    // Many forms with the common words, so that they are not rare.
    for i in 0..<1_200 {
      concepts.append(
        Concept(
          id: "filler-\(i)", kind: .place,
          forms: [
            Form(text: "Böyük Filler\(i)köy", language: .az, status: .preferred),
            Form(text: "2008 Filler\(i) talks", language: .en, status: .preferred),
          ]))
    }
    concepts += [
      Concept(
        id: "boyuk-menkoy", kind: .place,
        forms: [Form(text: "Böyük Menköy", language: .az, status: .preferred)]),
      Concept(
        id: "menkoy", kind: .place, forms: [Form(text: "Mənköy", language: .az, status: .preferred)]),
      Concept(
        id: "irali-talks", kind: .event,
        forms: [Form(text: "2008 Boyuk Irali talks", language: .en, status: .preferred)]),
      Concept(
        id: "botkoy", kind: .place, forms: [Form(text: "Bötköy", language: .az, status: .preferred)]),
      Concept(
        id: "bokoy", kind: .place, forms: [Form(text: "Bököy", language: .az, status: .preferred)]),
    ]
    let dir = Scratch.root
      .appendingPathComponent("soz-typo-\(UUID().uuidString)")
    let store = try GlossaryStore(path: dir.appendingPathComponent("s.sqlite").path)
    try store.replaceSource(
      path: "typos", kind: .file, fingerprint: "1", glossary: Glossary(concepts: concepts))
    return store
  }

  @Test(arguments: [
    ("Böyük Menlöy", "boyuk-menkoy"),  // one slip in the rare word, a common word exact
    ("2008 Boyuk rail talks", "irali-talks"),  // the rare word two edits off
    ("Böyköy", "botkoy"),  // t and y are neighbouring keys: likelier than an extra y
  ])
  func findsTheIntendedName(query: String, concept: String) throws {
    let s = try Self.store()
    #expect(try s.lookup(query).candidates.first?.concept.id == concept)
    #expect(try s.lookup(query, words: s.loadWordTable()).candidates.first?.concept.id == concept)
  }
}
