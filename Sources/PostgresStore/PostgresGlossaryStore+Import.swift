import Foundation
import Matching
import Orthography
import PostgresNIO
import Search
import Terminology

extension PostgresGlossaryStore {
  /// Replaces the concepts of source `path` with `glossary` in one
  /// transaction, under the write lock. Rows go in as arrays
  /// (`INSERT … SELECT FROM unnest(…)`), a few statements per table, not
  /// one per row.
  @discardableResult
  public func replaceSource(
    path: String, kind: GlossarySourceKind, fingerprint: String, glossary: Glossary,
    configured: Bool
  ) throws(StoreError) -> GlossaryImportSummary {
    let forms = glossary.allForms
    let keys = FormKeys.compute(forms.map { $0.1.text })
    try run {
      try session.transaction { c in
        try c.run("DELETE FROM source WHERE path = $1", binds(path))
        let sourceID = try nextID(c, "source")
        try c.run(
          """
          INSERT INTO source (id, path, kind, fingerprint, form_count, updated_at, configured)
          VALUES ($1, $2, $3, $4, $5, $6, $7)
          """,
          binds(
            sourceID, path, kind.rawValue, fingerprint, forms.count, Self.timestamp(), configured
          ))
        try insertConcepts(glossary.concepts, source: sourceID, c)
        try insertForms(forms, keys: keys, c)
        try refreshKeyWords(c)
      }
    }
    return GlossaryImportSummary(
      concepts: glossary.concepts.count, forms: forms.count, changed: true)
  }

  @discardableResult
  public func removeSource(path: String) throws(StoreError) -> Bool {
    try run {
      try session.transaction { c in
        let gone = try c.rows("DELETE FROM source WHERE path = $1 RETURNING id", binds(path))
        guard !gone.isEmpty else { return false }
        try refreshKeyWords(c)
        return true
      }
    }
  }

  /// A sync time with sub-second precision (as the SQLite engine's).
  static func timestamp() -> String {
    let f = ISO8601DateFormatter()
    f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return f.string(from: Date())
  }

  /// The next id of `table` (writers hold the write lock, so ids are
  /// assigned in Swift and rows inserted in bulk).
  func nextID(_ c: PostgresConnection, _ table: String) throws -> Int64 {
    try c.rows("SELECT coalesce(max(id), 0) + 1 FROM \(table)").first?.decode(Int64.self) ?? 1
  }

  private func insertConcepts(_ concepts: [Concept], source: Int64, _ c: PostgresConnection)
    throws
  {
    let ids = concepts.map(\.id)
    let taken = try c.rows(
      """
      SELECT c.id, s.path FROM concept c JOIN source s ON s.id = c.source_id
      WHERE c.id = ANY($1) LIMIT 1
      """, binds(ids))
    if let row = taken.first {
      let (id, other) = try row.decode((String, String).self)
      let at = concepts.first { $0.id == id }?.location.map { "\($0): " } ?? ""
      throw StoreError(
        path: location, message: "\(at)concept '\(id)' is already defined by '\(other)'", conflict: true)
    }
    let seq = try c.rows("SELECT coalesce(max(seq), 0) + 1 FROM concept").first?.decode(
      Int64.self) ?? 1
    for chunk in Self.chunks(concepts.count) {
      let part = concepts[chunk]
      try c.run(
        """
        INSERT INTO concept (id, seq, source_id, kind, note, file, line)
        SELECT id, seq, $3, kind, nullif(note, ''), nullif(file, ''), nullif(line, 0)
        FROM unnest($1::text[], $2::bigint[], $4::text[], $5::text[], $6::text[], $7::int[])
          AS t(id, seq, kind, note, file, line)
        """,
        binds(
          part.map(\.id), chunk.map { seq + Int64($0) }, source, part.map(\.kind.rawValue),
          part.map { $0.note ?? "" }, part.map { $0.location?.file ?? "" },
          part.map { Int32($0.location?.line ?? 0) }))
    }
  }

  static func chunks(_ count: Int, size: Int = 20_000) -> [Range<Int>] {
    stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
  }

  /// Inserts forms, their indexed words, postings and the deletion
  /// neighbourhoods of new words (``GlossaryIndexRows``, as the SQLite
  /// engine does).
  private func insertForms(_ forms: [(Concept, Form)], keys: [FormKeys], _ c: PostgresConnection)
    throws
  {
    let firstForm = try nextID(c, "form")
    var nextWord = try nextID(c, "key_word")
    var words: [String: Int64] = [:]
    for row in try c.rows("SELECT id, word FROM key_word") {
      let (id, word) = try row.decode((Int64, String).self)
      words[word] = id
    }
    var newWords: [(Int64, String)] = []
    var postings: [(Int64, Int64, Int32)] = []
    for (i, k) in keys.enumerated() {
      let formID = firstForm + Int64(i)
      for (position, word) in GlossaryIndexRows.indexedWords(k) {
        let id: Int64
        if let known = words[word] {
          id = known
        } else {
          id = nextWord
          nextWord += 1
          words[word] = id
          newWords.append((id, word))
        }
        postings.append((id, formID, Int32(position)))
      }
    }
    for chunk in Self.chunks(forms.count) {
      let part = forms[chunk]
      let k = keys[chunk]
      try c.run(
        """
        INSERT INTO form (id, concept_id, lang, text, status, replacement, case_key, fold_key,
          match_key, sorted_key, joined_key, file, line)
        SELECT id, concept_id, lang, text, status, nullif(replacement, ''), case_key, fold_key,
          match_key, sorted_key, joined_key, nullif(file, ''), nullif(line, 0)
        FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
          $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::int[])
          AS t(id, concept_id, lang, text, status, replacement, case_key, fold_key, match_key,
            sorted_key, joined_key, file, line)
        """,
        binds(
          chunk.map { firstForm + Int64($0) }, part.map(\.0.id),
          part.map(\.1.language.rawValue), part.map(\.1.text), part.map(\.1.status.rawValue),
          part.map { $0.1.replacement ?? "" }, k.map(\.caseKey), k.map(\.foldKey),
          k.map(\.matchKey), k.map(\.sortedKey), k.map(\.joinedKey),
          part.map { $0.1.location?.file ?? "" }, part.map { Int32($0.1.location?.line ?? 0) }))
    }
    for chunk in Self.chunks(newWords.count) {
      let part = newWords[chunk]
      try c.run(
        """
        INSERT INTO key_word (id, word, length)
        SELECT * FROM unnest($1::bigint[], $2::text[], $3::int[])
        """,
        binds(part.map(\.0), part.map(\.1), part.map { Int32($0.1.unicodeScalars.count) }))
    }
    postings = Array(Set(postings.map { Posting($0.0, $0.1, $0.2) })).map { ($0.w, $0.f, $0.p) }
    postings.sort { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
    for chunk in Self.chunks(postings.count, size: 50_000) {
      let part = postings[chunk]
      try c.run(
        """
        INSERT INTO form_word (word_id, form_id, position)
        SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::int[])
        """, binds(part.map(\.0), part.map(\.1), part.map(\.2)))
    }
    var deletes = newWords.concurrentMap { (id, word) in
      GlossaryIndexRows.deletionHashes(word).map { ($0, id) }
    }.flatMap { $0 }
    deletes.sort { ($0.0, $0.1) < ($1.0, $1.1) }
    for chunk in Self.chunks(deletes.count, size: 50_000) {
      let part = deletes[chunk]
      try c.run(
        """
        INSERT INTO word_delete (hash, word_id)
        SELECT * FROM unnest($1::bigint[], $2::bigint[]) ON CONFLICT DO NOTHING
        """, binds(part.map(\.0), part.map(\.1)))
    }
  }

  private struct Posting: Hashable {
    var w: Int64
    var f: Int64
    var p: Int32
    init(_ w: Int64, _ f: Int64, _ p: Int32) {
      self.w = w
      self.f = f
      self.p = p
    }
  }

  /// Recounts words after forms came or went and drops unused ones.
  private func refreshKeyWords(_ c: PostgresConnection) throws {
    try c.run(
      """
      UPDATE key_word k SET form_count = n.count
      FROM (SELECT word_id, count(DISTINCT form_id) AS count FROM form_word GROUP BY word_id) n
      WHERE k.id = n.word_id AND k.form_count <> n.count
      """)
    try c.run(
      "DELETE FROM key_word k WHERE NOT EXISTS (SELECT 1 FROM form_word w WHERE w.word_id = k.id)")
  }
}
