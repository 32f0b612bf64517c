import Foundation
import Orthography
import PostgresNIO
import Search
import Terminology

/// The PostgreSQL engine's answers to a lookup's index probes: the same
/// equality probes on key columns and the same typo index as the SQLite
/// engine, so ``GlossarySearch`` ranks identically on both.
///
/// Round trips are what a lookup costs here, so the strict probe also
/// brings the summaries of the concepts it reaches (kind, note, preferred
/// forms, in one statement); ``conceptSummaries(ids:)`` answers from them
/// when it can. One reader serves one lookup.
final class PostgresIndexReader: GlossaryIndexReader {
  let connection: PostgresConnection
  private var summaries: [String: ConceptSummary] = [:]

  init(connection: PostgresConnection) { self.connection = connection }

  private static let formColumns =
    "id, concept_id, lang, text, status, replacement, case_key, fold_key, match_key, sorted_key"

  private func forms(_ sql: String, _ b: PostgresBindings) throws -> [StoredForm] {
    try connection.rows(sql, b).map { row in
      let (id, concept, lang, text, status, replacement, caseKey, foldKey, matchKey, sortedKey) =
        try row.decode(
          (Int64, String, String, String, String, String?, String, String, String, String).self)
      return StoredForm(
        id: id, conceptID: concept, language: lang, text: text, status: status,
        replacement: replacement, caseKey: caseKey, foldKey: foldKey, matchKey: matchKey,
        sortedKey: sortedKey)
    }
  }

  func strictForms(
    text: String, caseKey: String, foldKey: String, matchKey: String, sortedKey: String,
    joinedKeys: [String]
  ) throws -> [StoredForm] {
    let rows = try connection.rows(
      """
      WITH hit AS (
        SELECT \(Self.formColumns) FROM form
        WHERE text = $1 OR case_key = $2 OR fold_key = $3 OR match_key = $4 OR sorted_key = $5
          OR joined_key = ANY($6))
      SELECT hit.*, c.kind, c.note,
        (SELECT coalesce(string_agg(p.lang || chr(31) || p.text, chr(30) ORDER BY p.id), '')
         FROM form p WHERE p.concept_id = hit.concept_id AND p.status = 'preferred')
      FROM hit JOIN concept c ON c.id = hit.concept_id
      """, binds(text, caseKey, foldKey, matchKey, sortedKey, joinedKeys))
    return try rows.map { row in
      let (id, concept, lang, text, status, replacement, caseKey, foldKey, matchKey, sortedKey) =
        try row.decode(
          (Int64, String, String, String, String, String?, String, String, String, String).self)
      let columns = row.makeRandomAccess()
      let kind = try columns[10].decode(String.self)
      let note = try columns[11].decode(String?.self)
      let preferred = try columns[12].decode(String.self)
      if summaries[concept] == nil {
        summaries[concept] = ConceptSummary(
          id: concept, kind: ConceptKind(rawValue: kind) ?? .term, note: note,
          canonical: Self.canonical(preferred))
      }
      return StoredForm(
        id: id, conceptID: concept, language: lang, text: text, status: status,
        replacement: replacement, caseKey: caseKey, foldKey: foldKey, matchKey: matchKey,
        sortedKey: sortedKey)
    }
  }

  /// `lang␟text␞lang␟text…` as (tag, text) pairs.
  static func canonical(_ packed: String) -> [(LanguageTag, String)] {
    packed.split(separator: "\u{1E}").compactMap { pair in
      let parts = pair.split(separator: "\u{1F}", maxSplits: 1)
      guard parts.count == 2, let tag = LanguageTag(String(parts[0])) else { return nil }
      return (tag, String(parts[1]))
    }
  }

  func forms(joinedKeyIn keys: [String]) throws -> [StoredForm] {
    guard !keys.isEmpty else { return [] }
    return try forms(
      "SELECT \(Self.formColumns) FROM form WHERE joined_key = ANY($1)", binds(keys))
  }

  func forms(ids: [Int64]) throws -> [StoredForm] {
    guard !ids.isEmpty else { return [] }
    return try forms("SELECT \(Self.formColumns) FROM form WHERE id = ANY($1)", binds(ids))
  }

  func formCount() throws -> Int {
    try connection.rows("SELECT coalesce(sum(form_count), 0)::bigint FROM source").first?
      .decode(Int.self) ?? 0
  }

  func words(deletionHashes hashes: [Int64], lengths: ClosedRange<Int>) throws -> [StoredWord] {
    guard !hashes.isEmpty else { return [] }
    return try connection.rows(
      """
      SELECT DISTINCT k.id, k.word, k.form_count FROM word_delete d
      JOIN key_word k ON k.id = d.word_id
      WHERE d.hash = ANY($1) AND k.length BETWEEN $2 AND $3
      """, binds(hashes, lengths.lowerBound, lengths.upperBound)
    ).map { row in
      let (id, word, count) = try row.decode((Int64, String, Int32).self)
      return StoredWord(id: id, word: word, formCount: Int(count))
    }
  }

  func postings(words: [Int64]) throws -> [(word: Int64, form: Int64)] {
    guard !words.isEmpty else { return [] }
    return try connection.rows(
      "SELECT word_id, form_id FROM form_word WHERE word_id = ANY($1)", binds(words)
    ).map { try $0.decode((Int64, Int64).self) }
  }

  func forms(holding word: Int64, limit: Int) throws -> [Int64] {
    try connection.rows(
      "SELECT DISTINCT form_id FROM form_word WHERE word_id = $1 ORDER BY form_id LIMIT $2",
      binds(word, Int64(min(limit, Int(Int64.max))))
    ).map { try $0.decode(Int64.self) }
  }

  func forms(holding word: Int64, among ids: [Int64], formCount: Int) throws -> [Int64] {
    guard !ids.isEmpty else { return [] }
    return try connection.rows(
      "SELECT form_id FROM form_word WHERE word_id = $1 AND form_id = ANY($2)", binds(word, ids)
    ).map { try $0.decode(Int64.self) }
  }

  func conceptSummaries(ids: [String]) throws -> [ConceptSummary] {
    guard !ids.isEmpty else { return [] }
    if ids.allSatisfy({ summaries[$0] != nil }) { return ids.compactMap { summaries[$0] } }
    var concepts: [String: ConceptSummary] = [:]
    var order: [String] = []
    for row in try connection.rows(
      """
      SELECT c.id, c.kind, c.note, f.lang, f.text FROM concept c
      LEFT JOIN form f ON f.concept_id = c.id AND f.status = 'preferred'
      WHERE c.id = ANY($1) ORDER BY c.id, f.id
      """, binds(ids))
    {
      let (id, kind, note, lang, text) = try row.decode(
        (String, String, String?, String?, String?).self)
      if concepts[id] == nil {
        order.append(id)
        concepts[id] = ConceptSummary(
          id: id, kind: ConceptKind(rawValue: kind) ?? .term, note: note, canonical: [])
      }
      if let lang, let text, let tag = LanguageTag(lang) {
        concepts[id]?.canonical.append((tag, text))
      }
    }
    return order.compactMap { concepts[$0] }
  }
}
