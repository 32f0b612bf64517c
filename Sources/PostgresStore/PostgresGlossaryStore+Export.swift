import Foundation
import Orthography
import PostgresNIO
import Search
import Terminology

extension PostgresGlossaryStore {
  public func allConcepts() throws(StoreError) -> Glossary {
    try concepts(withKeys: false).0
  }

  public func conceptsWithKeyWords() throws(StoreError) -> (Glossary, [[[String]]]) {
    try concepts(withKeys: true)
  }

  /// Every concept and form in import order, in one snapshot (a
  /// repeatable-read transaction).
  private func concepts(withKeys: Bool) throws(StoreError) -> (Glossary, [[[String]]]) {
    try run {
      try session.withConnection { c in
        try c.run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        defer { _ = try? c.run("COMMIT") }
        return try read(c, withKeys: withKeys)
      }
    }
  }

  private func read(_ c: PostgresConnection, withKeys: Bool) throws -> (Glossary, [[[String]]]) {
    var concepts: [Concept] = []
    var index: [String: Int] = [:]
    for row in try c.rows(
      "SELECT c.id, c.kind, c.note, c.file, c.line FROM concept c ORDER BY c.source_id, c.seq")
    {
      let (id, kindText, note, file, line) = try row.decode(
        (String, String, String?, String?, Int32?).self)
      guard let kind = ConceptKind(rawValue: kindText) else {
        throw StoreError(path: location, message: "concept '\(id)' has an unknown kind '\(kindText)'")
      }
      index[id] = concepts.count
      concepts.append(
        Concept(
          id: id, kind: kind, note: note,
          location: file.map { SourceLocation(file: $0, line: Int(line ?? 1)) }))
    }
    var words: [[[String]]] = withKeys ? concepts.map { _ in [] } : []
    var tags: [String: LanguageTag] = [:]
    for row in try c.rows(
      "SELECT concept_id, lang, text, status, replacement, file, line, match_key FROM form ORDER BY id")
    {
      let (conceptID, langText, text, statusText, replacement, file, line, key) = try row.decode(
        (String, String, String, String, String?, String?, Int32?, String).self)
      guard let i = index[conceptID] else { continue }
      guard let lang = tags[langText] ?? LanguageTag(langText),
        let status = FormStatus(rawValue: statusText)
      else {
        throw StoreError(
          path: location, message: "a form of '\(conceptID)' has an invalid language or status")
      }
      tags[langText] = lang
      concepts[i].forms.append(
        Form(
          nfc: text, language: lang, status: status, replacement: replacement,
          location: file.map { SourceLocation(file: $0, line: Int(line ?? 1)) }))
      if withKeys { words[i].append(key.isEmpty ? [] : key.split(separator: " ").map(String.init)) }
    }
    return (Glossary(concepts: concepts), words)
  }
}
