import Foundation
import GRDB
import Orthography
import Terminology

extension GlossaryStore {
  /// Every concept the store holds with its forms, for export: sources in
  /// the order they were added, concepts and forms in the order they were
  /// imported (so exports are deterministic). Locations are the files and
  /// lines the store recorded; examples are not stored and come back empty.
  /// - Throws: ``StoreError`` on a database error or a row the store
  ///   cannot have written (unknown kind, status or language).
  public func allConcepts() throws(StoreError) -> Glossary {
    try read { db in try concepts(db, withKeys: false).0 }
  }

  /// Every concept with, per form, its comparison-key words as stored at
  /// import (one read transaction): what a compile needs, without keying
  /// anything again.
  public func conceptsWithKeyWords() throws(StoreError) -> (Glossary, [[[String]]]) {
    try read { db in try concepts(db, withKeys: true) }
  }

  private func concepts(_ db: Database, withKeys: Bool) throws -> (Glossary, [[[String]]]) {
    do {
      var concepts: [Concept] = []
      var index: [String: Int] = [:]
      let conceptRows = try Row.fetchCursor(
        db,
        sql: """
          SELECT c.id, c.kind, c.note, c.file, c.line FROM concept c
          ORDER BY c.sourceId, c.rowid
          """)
      while let row = try conceptRows.next() {
        let id: String = row[0]
        let kindText: String = row[1]
        guard let kind = ConceptKind(rawValue: kindText) else {
          throw StoreError(path: path, message: "concept '\(id)' has an unknown kind '\(kindText)'")
        }
        let file: String? = row[3]
        let line: Int? = row[4]
        index[id] = concepts.count
        concepts.append(
          Concept(
            id: id, kind: kind, note: row[2],
            location: file.map { SourceLocation(file: $0, line: line ?? 1) }))
      }
      let formRows = try Row.fetchCursor(
        db,
        sql: "SELECT conceptId, lang, text, status, replacement, file, line, matchKey FROM form ORDER BY id")
      var words: [[[String]]] = withKeys ? concepts.map { _ in [] } : []
      var tags: [String: LanguageTag] = [:]
      while let row = try formRows.next() {
        let conceptID: String = row[0]
        let langText: String = row[1]
        let statusText: String = row[3]
        guard let i = index[conceptID] else { continue }
        let lang = tags[langText] ?? LanguageTag(langText)
        guard let lang, let status = FormStatus(rawValue: statusText) else {
          throw StoreError(
            path: path, message: "a form of '\(conceptID)' has an invalid language or status")
        }
        tags[langText] = lang
        let file: String? = row[5]
        let line: Int? = row[6]
        concepts[i].forms.append(
          // Stored texts were normalized (NFC) when they were imported.
          Form(
            nfc: row[2], language: lang, status: status, replacement: row[4],
            location: file.map { SourceLocation(file: $0, line: line ?? 1) }))
        if withKeys {
          let key: String = row[7]
          words[i].append(key.isEmpty ? [] : key.split(separator: " ").map(String.init))
        }
      }
      return (Glossary(concepts: concepts), words)
    }
  }
}
