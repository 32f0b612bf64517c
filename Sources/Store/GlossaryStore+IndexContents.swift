import Foundation
import GRDB
import Search
import Terminology

extension GlossaryStore {
  /// Every form with its keys, the typo index's words and postings, and
  /// the concepts, in one read transaction (``InMemoryGlossaryIndex``).
  public func indexContents() throws(StoreError) -> GlossaryIndexContents {
    try read { db in
      var forms: [GlossaryIndexContents.Form] = []
      let formRows = try Row.fetchCursor(
        db,
        sql: """
          SELECT id, conceptId, lang, text, status, replacement, caseKey, foldKey, matchKey,
            sortedKey, joinedKey FROM form ORDER BY id
          """)
      while let row = try formRows.next() {
        forms.append(.init(form: SQLiteIndexReader.form(row), joinedKey: row[10]))
      }
      var words: [StoredWord] = []
      let wordRows = try Row.fetchCursor(db, sql: "SELECT id, word, formCount FROM keyWord ORDER BY id")
      while let row = try wordRows.next() {
        words.append(StoredWord(id: row[0], word: row[1], formCount: row[2]))
      }
      var postings: [Int64: [Int64]] = [:]
      let postingRows = try Row.fetchCursor(
        db, sql: "SELECT DISTINCT wordId, formId FROM formWord ORDER BY wordId, formId")
      while let row = try postingRows.next() {
        postings[row[0] as Int64, default: []].append(row[1])
      }
      var concepts: [GlossaryIndexContents.Concept] = []
      for row in try Row.fetchAll(db, sql: "SELECT id, kind, note FROM concept") {
        concepts.append(
          .init(id: row[0], kind: ConceptKind(rawValue: row[1]) ?? .term, note: row[2]))
      }
      return GlossaryIndexContents(
        forms: forms, words: words, postings: postings, concepts: concepts,
        formCount: try formCount(db))
    }
  }
}
