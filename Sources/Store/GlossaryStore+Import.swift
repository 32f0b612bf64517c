import Foundation
import GRDB
import Matching
import Orthography
import Terminology

extension GlossaryStore {
  /// Where concepts came from.
  public typealias SourceKind = GlossarySourceKind
  /// What an import did.
  public typealias ImportSummary = GlossaryImportSummary

  /// The fingerprint recorded for `path`, if the store has that source.
  public func fingerprint(ofSource path: String) throws(StoreError) -> String? {
    try read { db in
      try String.fetchOne(db, sql: "SELECT fingerprint FROM source WHERE path = ?", arguments: [path])
    }
  }

  /// Replaces the concepts of source `path` with `glossary`, in one
  /// transaction: a failure leaves the store as it was.
  /// - Throws: ``StoreError``, e.g. when a concept id already belongs to
  ///   another source.
  @discardableResult
  public func replaceSource(
    path: String, kind: SourceKind, fingerprint: String, glossary: Glossary,
    configured: Bool
  ) throws(StoreError) -> ImportSummary {
    let forms = glossary.allForms
    let keys = FormKeys.compute(forms.map { $0.1.text })
    try write { db in
      try db.execute(sql: "DELETE FROM source WHERE path = ?", arguments: [path])
      try db.execute(
        sql: """
          INSERT INTO source (path, kind, fingerprint, formCount, updatedAt, configured)
          VALUES (?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          path, kind.rawValue, fingerprint, forms.count,
          Self.timestamp(), configured,
        ])
      let sourceID = db.lastInsertedRowID
      try insertConcepts(glossary.concepts, source: sourceID, db: db)
      try insertForms(forms, keys: keys, db: db)
      try Self.refreshKeyWords(db)
    }
    invalidateCaches()
    return ImportSummary(concepts: glossary.concepts.count, forms: forms.count, changed: true)
  }

  /// Recounts key words after forms came or went, drops unused ones and
  /// rewrites the word table blob.
  static func refreshKeyWords(_ db: Database) throws {
    try db.execute(
      sql: """
        UPDATE keyWord SET formCount =
          (SELECT count(DISTINCT formId) FROM formWord WHERE wordId = keyWord.id);
        DELETE FROM wordDelete WHERE wordId IN (SELECT id FROM keyWord WHERE formCount = 0);
        DELETE FROM keyWord WHERE formCount = 0;
        """)
    try WordTable.store(db)
  }

  /// A sync time with sub-second precision, so two syncs in one second
  /// still give the glossary two fingerprints.
  static func timestamp() -> String {
    let f = ISO8601DateFormatter()
    f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return f.string(from: Date())
  }

  private func insertConcepts(_ concepts: [Concept], source: Int64, db: Database) throws {
    let insert = try db.makeStatement(
      sql: "INSERT INTO concept (id, sourceId, kind, note, file, line) VALUES (?, ?, ?, ?, ?, ?)")
    for c in concepts {
      do {
        try insert.execute(arguments: [
          c.id, source, c.kind.rawValue, c.note, c.location?.file, c.location?.line,
        ])
      } catch let e as DatabaseError where e.resultCode == .SQLITE_CONSTRAINT {
        let other =
          try String.fetchOne(
            db,
            sql: "SELECT s.path FROM concept c JOIN source s ON s.id = c.sourceId WHERE c.id = ?",
            arguments: [c.id]) ?? "another source"
        let at = c.location.map { "\($0): " } ?? ""
        throw StoreError(
          path: path, message: "\(at)concept '\(c.id)' is already defined by '\(other)'", conflict: true)
      }
    }
  }

  /// Inserts forms, their key and typed-spelling words, the postings and
  /// the deletion neighbourhoods of new words.
  ///
  /// Postings and deletions are collected first and inserted sorted by
  /// primary key: appending to the B-trees in order instead of scattering
  /// millions of rows over them makes a large import several times faster.
  private func insertForms(_ forms: [(Concept, Form)], keys: [FormKeys], db: Database) throws {
    let insertForm = try db.makeStatement(
      sql: """
        INSERT INTO form (conceptId, lang, text, status, replacement, caseKey, foldKey,
          matchKey, sortedKey, joinedKey, file, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    var words = try wordIDs(db)
    let insertWord = try db.makeStatement(
      sql: "INSERT INTO keyWord (word, length) VALUES (?, ?)")
    var postings: [(Int64, Int64, Int32)] = []
    var newWords: [(Int64, String)] = []
    for ((concept, form), k) in zip(forms, keys) {
      try insertForm.execute(arguments: [
        concept.id, form.language.rawValue, form.text, form.status.rawValue, form.replacement,
        k.caseKey, k.foldKey, k.matchKey, k.sortedKey, k.joinedKey, form.location?.file,
        form.location?.line,
      ])
      let formID = db.lastInsertedRowID
      // Key words find romanization variants; typed-spelling words (case
      // and diacritics folded, ə as e) find typos, slips of the keyboard.
      for (position, word) in GlossaryIndexRows.indexedWords(k) {
        var wordID = words[word]
        if wordID == nil {
          try insertWord.execute(arguments: [word, word.unicodeScalars.count])
          wordID = db.lastInsertedRowID
          words[word] = wordID
          newWords.append((db.lastInsertedRowID, word))
        }
        postings.append((wordID!, formID, Int32(position)))
      }
    }
    postings.sort { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
    let insertPosting = try db.makeStatement(
      sql: "INSERT OR IGNORE INTO formWord (wordId, formId, position) VALUES (?, ?, ?)")
    for (w, f, p) in postings { try insertPosting.execute(arguments: [w, f, p]) }
    let neighbourhoods = newWords.concurrentMap { (id, word) in
      GlossaryIndexRows.deletionHashes(word).map { ($0, id) }
    }
    var deletes = neighbourhoods.flatMap { $0 }
    deletes.sort { ($0.0, $0.1) < ($1.0, $1.1) }
    let insertDelete = try db.makeStatement(
      sql: "INSERT OR IGNORE INTO wordDelete (hash, wordId) VALUES (?, ?)")
    for (h, id) in deletes { try insertDelete.execute(arguments: [h, id]) }
  }

  private func wordIDs(_ db: Database) throws -> [String: Int64] {
    var result: [String: Int64] = [:]
    let rows = try Row.fetchCursor(db, sql: "SELECT id, word FROM keyWord")
    while let row = try rows.next() { result[row[1]] = row[0] }
    return result
  }
}

extension GlossaryStore {
  /// One source of the glossary, as `soz glossary sources` lists it.
  public typealias SourceInfo = GlossarySourceInfo

  /// Every source, in the order they were added.
  public func sourceInfos() throws(StoreError) -> [SourceInfo] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT s.path, s.kind, s.configured, s.formCount, s.fingerprint, s.updatedAt,
            (SELECT count(*) FROM concept c WHERE c.sourceId = s.id)
          FROM source s ORDER BY s.id
          """
      ).map { row in
        SourceInfo(
          path: row[0], kind: SourceKind(rawValue: row[1]) ?? .file, configured: row[2],
          concepts: row[6], forms: row[3], fingerprint: row[4], updatedAt: row[5])
      }
    }
  }

  /// Drops a source and everything it brought; false when the store has
  /// no source at `path`.
  @discardableResult
  public func removeSource(path: String) throws(StoreError) -> Bool {
    let removed = try write { db in
      try db.execute(sql: "DELETE FROM source WHERE path = ?", arguments: [path])
      guard db.changesCount > 0 else { return false }
      try Self.refreshKeyWords(db)
      return true
    }
    invalidateCaches()
    return removed
  }

  /// The paths of the sources of `kind` in the store.
  public func sources(kind: SourceKind) throws(StoreError) -> [String] {
    try read { db in
      try String.fetchAll(
        db, sql: "SELECT path FROM source WHERE kind = ? ORDER BY path", arguments: [kind.rawValue])
    }
  }
}
