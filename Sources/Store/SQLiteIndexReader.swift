import Foundation
import GRDB
import Matching
import Orthography
import Search
import Terminology

/// The SQLite engine's answers to a lookup's index probes, within one read
/// transaction; from the in-memory ``WordTable`` when a batch loaded it.
struct SQLiteIndexReader: GlossaryIndexReader {
  let db: Database
  let store: GlossaryStore
  let table: WordTable?

  private var inMemory: WordTable? { table?.hasPostings == true ? table : nil }

  private static let formColumns =
    "id, conceptId, lang, text, status, replacement, caseKey, foldKey, matchKey, sortedKey"

  private func forms(_ sql: String, _ arguments: StatementArguments) throws -> [StoredForm] {
    try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments).map(Self.form)
  }

  static func form(_ row: Row) -> StoredForm {
    StoredForm(
      id: row[0], conceptID: row[1], language: row[2], text: row[3], status: row[4],
      replacement: row[5], caseKey: row[6], foldKey: row[7], matchKey: row[8], sortedKey: row[9])
  }

  func strictForms(
    text: String, caseKey: String, foldKey: String, matchKey: String, sortedKey: String,
    joinedKeys: [String]
  ) throws -> [StoredForm] {
    var joined = joinedKeys
    while joined.count < 2 { joined.append(joined.first ?? "") }
    return try forms(
      """
      SELECT \(Self.formColumns) FROM form
      WHERE text = ? OR caseKey = ? OR foldKey = ? OR matchKey = ? OR sortedKey = ?
        OR joinedKey IN (?, ?)
      """, [text, caseKey, foldKey, matchKey, sortedKey, joined[0], joined[1]])
  }

  func forms(joinedKeyIn keys: [String]) throws -> [StoredForm] {
    guard !keys.isEmpty else { return [] }
    return try Row.fetchAll(
      db,
      sql: "SELECT \(Self.formColumns) FROM form WHERE joinedKey IN (\(placeholders(keys.count)))",
      arguments: StatementArguments(keys)
    ).map(Self.form)
  }

  func forms(ids: [Int64]) throws -> [StoredForm] {
    guard !ids.isEmpty else { return [] }
    return try Row.fetchAll(
      db, sql: "SELECT \(Self.formColumns) FROM form WHERE id IN (\(placeholders(ids.count)))",
      arguments: StatementArguments(ids)
    ).map(Self.form)
  }

  func formCount() throws -> Int { try store.formCount(db) }

  func words(deletionHashes hashes: [Int64], lengths: ClosedRange<Int>) throws -> [StoredWord] {
    guard !hashes.isEmpty else { return [] }
    // A fixed parameter count lets SQLite reuse one prepared statement.
    let slots = DeletionNeighborhood.maxHashCount
    var padded = Array(hashes.prefix(slots))
    while padded.count < slots { padded.append(padded[0]) }
    if let table {
      let statement = try db.cachedStatement(
        sql: "SELECT DISTINCT wordId FROM wordDelete WHERE hash IN (\(placeholders(slots)))")
      return try Int64.fetchAll(statement, arguments: StatementArguments(padded)).compactMap { id in
        guard let entry = table.entry(id), lengths.contains(entry.word.count) else { return nil }
        return StoredWord(id: id, word: entry.word.string, formCount: entry.formCount)
      }
    }
    let statement = try db.cachedStatement(
      sql: """
        SELECT DISTINCT k.id, k.word, k.formCount FROM wordDelete d
        JOIN keyWord k ON k.id = d.wordId
        WHERE d.hash IN (\(placeholders(slots))) AND k.length BETWEEN ? AND ?
        """)
    return try Row.fetchAll(
      statement,
      arguments: StatementArguments(
        padded + [Int64(lengths.lowerBound), Int64(lengths.upperBound)])
    ).map { StoredWord(id: $0[0], word: $0[1], formCount: $0[2]) }
  }

  func postings(words: [Int64]) throws -> [(word: Int64, form: Int64)] {
    if let t = inMemory { return words.flatMap { w in t.postings(w).map { (w, $0) } } }
    // One statement per chunk, ids padded to a fixed count so it is
    // prepared once: statement overhead, not the seeks, dominated when
    // each word had its own.
    let width = LookupTuning.wordsPerQueryWord
    let statement = try db.cachedStatement(
      sql: "SELECT wordId, formId FROM formWord WHERE wordId IN (\(placeholders(width)))")
    var result: [(word: Int64, form: Int64)] = []
    for start in stride(from: 0, to: words.count, by: width) {
      var ids = Array(words[start..<min(words.count, start + width)])
      while ids.count < width { ids.append(ids[0]) }
      let rows = try Row.fetchCursor(statement, arguments: StatementArguments(ids))
      while let row = try rows.next() { result.append((row[0], row[1])) }
    }
    return result
  }

  func forms(holding word: Int64, limit: Int) throws -> [Int64] {
    if let t = inMemory { return Array(t.postings(word).prefix(limit)) }
    return try Int64.fetchAll(
      db.cachedStatement(sql: "SELECT DISTINCT formId FROM formWord WHERE wordId = ? ORDER BY formId LIMIT ?"),
      arguments: [word, limit])
  }

  func forms(holding word: Int64, among ids: [Int64], formCount: Int) throws -> [Int64] {
    if inMemory != nil || formCount <= LookupTuning.intersectionScan {
      return try forms(holding: word, limit: Int.max)
    }
    return try Int64.fetchAll(
      db,
      sql: "SELECT formId FROM formWord WHERE wordId = ? AND formId IN (\(placeholders(ids.count)))",
      arguments: StatementArguments([word] + ids))
  }

  func conceptSummaries(ids: [String]) throws -> [ConceptSummary] {
    guard !ids.isEmpty else { return [] }
    var concepts: [String: ConceptSummary] = [:]
    var order: [String] = []
    for row in try Row.fetchAll(
      db, sql: "SELECT id, kind, note FROM concept WHERE id IN (\(placeholders(ids.count)))",
      arguments: StatementArguments(ids))
    {
      let id: String = row["id"]
      order.append(id)
      concepts[id] = ConceptSummary(
        id: id, kind: ConceptKind(rawValue: row["kind"]) ?? .term, note: row["note"],
        canonical: [])
    }
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT conceptId, lang, text FROM form
        WHERE status = 'preferred' AND conceptId IN (\(placeholders(ids.count))) ORDER BY id
        """, arguments: StatementArguments(ids))
    {
      guard let tag = LanguageTag(row["lang"]) else { continue }
      concepts[row["conceptId"]]?.canonical.append((tag, row["text"]))
    }
    return order.compactMap { concepts[$0] }
  }
}

func placeholders(_ n: Int) -> String {
  Array(repeating: "?", count: n).joined(separator: ",")
}
