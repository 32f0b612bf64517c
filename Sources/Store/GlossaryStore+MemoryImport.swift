import Foundation
import GRDB
import GRDBSQLite
import Matching
import Orthography
import Search
import Terminology

extension GlossaryStore {
  /// Imports translation units, streaming, in one transaction.
  ///
  /// `next` is a throwing iterator (``TranslationUnitReader/next()``):
  /// units are read, keyed on every core and written in batches, so memory
  /// stays bounded whatever the input size (except the posting lists of
  /// new words, four bytes per word occurrence). A unit is rejected (and
  /// reported) when it has fewer than two non-empty variants. A unit whose
  /// content is already stored — from this file or another — is counted as
  /// a duplicate. If `next` throws, or the store fails, the transaction is
  /// rolled back and the store is exactly as before; the same holds if the
  /// process is killed.
  ///
  /// - Parameters:
  ///   - origin: the file the units come from.
  ///   - progress: called after each batch with the units read so far, on
  ///     the calling thread.
  ///   - next: the reader; nil ends the input. It is called on a reader
  ///     thread (``ReadAhead``), one call at a time and never after the
  ///     import returns, while `progress` runs: state the two share needs a
  ///     lock.
  /// - Throws: the reader's error, or ``StoreError``.
  public func importUnits(
    origin: MemoryOrigin, progress: ((Int) -> Void)? = nil,
    next: () throws -> TranslationUnitReading?
  ) throws -> MemoryImportSummary {
    var summary = MemoryImportSummary(read: 0, added: 0, duplicates: 0, rejected: [])
    do {
      try Self.bulkWrite(db) { db in
        let writer = try MemoryWriter(db: db, origin: origin)
        var batch: [TranslationUnit] = []
        batch.reserveCapacity(MemoryRows.batchSize)
        // The file is parsed on a reader thread while this one writes.
        try withoutActuallyEscaping(next) { next in
        let reader = ReadAhead(next)
        defer { reader.close() }
        while let reading = try reader.next() {
          summary.read += 1
          switch reading {
          case .failure(let rejection): summary.rejected.append(rejection)
          case .success(let unit):
            if let problem = MemoryRows.problem(unit) {
              summary.rejected.append(UnitRejection(problem, at: unit.location))
            } else {
              batch.append(unit)
            }
          }
          if batch.count == MemoryRows.batchSize {
            // Key this batch in the background while the previous one is
            // written: reading and SQLite run on this thread, keying on
            // the others.
            try writer.submit(batch, into: &summary)
            batch = []
            batch.reserveCapacity(MemoryRows.batchSize)
            progress?(summary.read)
          }
        }
        }
        try writer.submit(batch, into: &summary)
        try writer.drain(into: &summary)
        progress?(summary.read)
        try writer.finish(summary)
      }
    } catch let e as DatabaseError {
      throw wrap(e)
    }
    return summary
  }

  /// Runs `body` in one write transaction, with the writer connection's
  /// memory map and foreign-key checks off until it ends.
  ///
  /// With a map, SQLite in WAL mode looks every read-only page fetch up in
  /// the WAL index before its page cache, and a long import's WAL grows to
  /// hundreds of thousands of frames: the foreign-key checks of 3 000 000
  /// rows spent 2 s there (`sqlite3WalFindFrame`). Without it, they hit
  /// the page cache. The checks themselves (a parent lookup per row, ~1 s
  /// of a 1M-unit import) prove nothing here: the import writes each
  /// `tmVariant` right after the `tmUnit` row whose id it holds, and every
  /// unit with the origin row it just wrote. Readers keep their own
  /// connections, maps and checks. (Both pragmas are ignored inside a
  /// transaction, hence here, before it begins.)
  static func bulkWrite(_ pool: DatabasePool, _ body: (Database) throws -> Void) throws {
    try pool.writeWithoutTransaction { db in
      let mapped = try Int64.fetchOne(db, sql: "PRAGMA mmap_size") ?? 0
      let checked = try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") ?? true
      try db.execute(sql: "PRAGMA mmap_size = 0")
      try db.execute(sql: "PRAGMA foreign_keys = OFF")
      defer {
        try? db.execute(sql: "PRAGMA mmap_size = \(mapped)")
        if checked { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
      }
      try db.inTransaction {
        try body(db)
        return .commit
      }
    }
  }
}

/// Writes batches of units inside one import transaction.
final class MemoryWriter {
  let db: Database
  let originID: Int64
  let originPath: String
  /// Words → token ids per language (ids of new words are assigned here
  /// and the rows written by ``finish``) and the variant ids to append per
  /// token id. A value moved into ``write`` for the batch: a local variable
  /// is mutated in place, with no exclusivity check or reference count per
  /// word, as a class property would be.
  struct Words {
    var languages: [String] = []
    var tables: [WordIDTable] = []
    var next: UInt32 = 1
    var new: [(UInt32, String, String)] = []
    var postings: [[UInt32]] = []

    mutating func language(_ lang: String) -> Int {
      if let i = languages.firstIndex(of: lang) { return i }
      languages.append(lang)
      tables.append(WordIDTable(capacity: 1024))
      return languages.count - 1
    }

    mutating func id(_ language: Int, _ word: String, _ hash: UInt64) -> UInt32 {
      if let id = tables[language].id(word, hash: hash) { return id }
      let id = next
      next += 1
      tables[language].insert(word, hash: hash, id: id)
      new.append((id, languages[language], word))
      return id
    }

    mutating func post(_ token: UInt32, _ variant: UInt32) {
      while postings.count <= Int(token) { postings.append([]) }
      postings[Int(token)].append(variant)
    }
  }
  private var words = Words()
  /// The `CREATE INDEX` statements ``finish(_:)`` runs again.
  private let deferredIndexes: [String]
  private let insertUnit: Statement
  private let insertWords: Statement
  private let insertVariant: Statement

  init(db: Database, origin: MemoryOrigin) throws {
    self.db = db
    originPath = origin.path
    try db.execute(
      sql: """
        INSERT INTO tmOrigin (path, format, importedAt) VALUES (?, ?, ?)
        ON CONFLICT(path) DO UPDATE SET format = excluded.format, importedAt = excluded.importedAt
        """,
      arguments: [origin.path, origin.format, ISO8601DateFormatter().string(from: Date())])
    originID = try Int64.fetchOne(db, sql: "SELECT id FROM tmOrigin WHERE path = ?", arguments: [origin.path])!
    let rows = try Row.fetchCursor(db, sql: "SELECT id, lang, word FROM tmToken")
    var maxID: Int64 = 0
    var stored = Words()
    while let row = try rows.next() {
      let id: Int64 = row[0]
      let lang: String = row[1]
      let word: String = row[2]
      stored.tables[stored.language(lang)].insert(word, hash: WordHash.of(word), id: UInt32(id))
      maxID = max(maxID, id)
    }
    stored.next = UInt32(maxID + 1)
    words = stored
    deferredIndexes = try Self.dropIndexesIfEmpty(db)
    insertWords = try db.makeStatement(sql: "INSERT INTO tmWords (variantId, tokens) VALUES (?, ?)")
    insertUnit = try db.makeStatement(
      sql: """
        INSERT OR IGNORE INTO tmUnit (hash, tuid, originId, line, sourceLang, createdAt, createdBy,
          changedAt, changedBy, attributes, properties, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    insertVariant = try db.makeStatement(
      sql: """
        INSERT INTO tmVariant (unitId, lang, text, markup, normalized, attributes,
          properties, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """)
  }

  typealias Keyed = MemoryRows.Keyed

  /// Drops the secondary indexes of `tmUnit` and `tmVariant` when both
  /// are empty (a first import) and returns their SQL, for ``finish(_:)``
  /// to build them again in one sorted pass each: maintaining them row by
  /// row cost 3 000 000 B-tree inserts of a 1M-unit import (~1.3 s CPU of
  /// the writer, more than building them after). The unique hash index
  /// stays: it finds duplicates as rows arrive. A failed import rolls the
  /// drop back with everything else.
  static func dropIndexesIfEmpty(_ db: Database) throws -> [String] {
    let empty = try Bool.fetchOne(
      db, sql: "SELECT NOT EXISTS (SELECT 1 FROM tmUnit) AND NOT EXISTS (SELECT 1 FROM tmVariant)") ?? false
    guard empty else { return [] }
    let indexes = try Row.fetchAll(
      db,
      sql: """
        SELECT name, sql FROM sqlite_schema
        WHERE type = 'index' AND tbl_name IN ('tmUnit', 'tmVariant') AND sql IS NOT NULL ORDER BY rowid
        """)
    for index in indexes {
      try db.execute(sql: "DROP INDEX \((index["name"] as String).quotedDatabaseIdentifier)")
    }
    return indexes.map { $0["sql"] }
  }

  /// The batch being keyed in the background.
  private var inFlight: KeyingJob?

  /// Starts keying `batch`, then writes the batch submitted before it.
  func submit(_ batch: [TranslationUnit], into summary: inout MemoryImportSummary) throws {
    guard !batch.isEmpty else { return }
    let previous = inFlight
    inFlight = KeyingJob(batch, known: Known(languages: words.languages, tables: words.tables))
    if let previous {
      let (keyed, ids) = previous.wait()
      try write(previous.units, keyed, ids, into: &summary)
      previous.discard()
    }
  }

  /// Writes the last submitted batch.
  func drain(into summary: inout MemoryImportSummary) throws {
    if let last = inFlight {
      let (keyed, ids) = last.wait()
      try write(last.units, keyed, ids, into: &summary)
      last.discard()
    }
    inFlight = nil
  }

  /// Writes a keyed batch: per unit its `tmUnit` row (nothing more for a
  /// duplicate), then per variant its `tmVariant` and `tmWords` rows.
  ///
  /// This is the import's one serial stage, so it reads the batch by
  /// index, in place (iterating with `zip` copied every unit, keyed unit
  /// and variant row: a retain per string and array they hold), and finds
  /// the ids of known words already looked up (``Known/ids(_:_:)``).
  func write(
    _ batch: [TranslationUnit], _ keyed: [Keyed], _ known: [[UInt32]], into summary: inout MemoryImportSummary
  ) throws {
    var words = self.words
    self.words = Words()
    defer { self.words = words }
    var ids: [UInt32] = []
    for u in batch.indices {
      guard let unitID = try insert(batch[u], keyed[u]) else {
        summary.duplicates += 1
        continue
      }
      summary.added += 1
      var offset = 0
      for v in batch[u].variants.indices {
        try insert(batch[u].variants[v], keyed[u], v, known[u], &offset, of: unitID, words: &words, ids: &ids)
      }
    }
  }

  /// The unit's `tmUnit` row; nil when its hash is already stored.
  private func insert(_ unit: TranslationUnit, _ k: Keyed) throws -> Int64? {
    try insertUnit.insertedRowID(db) { row in
      row.bind(1, k.hash)
      row.bind(2, unit.id)
      row.bind(3, originID)
      row.bind(4, unit.location.map { Int64($0.line) })
      row.bind(5, k.source)
      for i in k.stamps.indices { row.bind(Int32(6 + i), k.stamps[i]) }
      row.bind(10, k.attributes)
      row.bind(11, k.properties)
      row.bind(12, k.notes)
    }
  }

  /// Variant `v` of a unit: its `tmVariant` and `tmWords` rows, and its
  /// words' postings. `known` holds the unit's word ids looked up while
  /// keying, from `offset` on for this variant (0 for a word the writer
  /// assigns here, in the order it always did); `ids` is a buffer reused
  /// from variant to variant.
  private func insert(
    _ variant: TranslationVariant, _ k: Keyed, _ v: Int, _ known: [UInt32], _ offset: inout Int,
    of unitID: Int64, words: inout Words, ids: inout [UInt32]
  ) throws {
    let language = words.language(variant.language.rawValue)
    let n = k.variants[v].count
    ids.removeAll(keepingCapacity: true)
    for i in 0..<n {
      let id = known[offset + i]
      ids.append(id != 0 ? id : words.id(language, k.variants[v][i].key, k.rows[v].keyHashes[i]))
    }
    try insertVariant.insert(db) { row in
      row.bind(1, unitID)
      row.bind(2, variant.language.rawValue)
      row.bind(3, variant.text)
      row.bind(4, variant.markup)
      row.bind(5, k.rows[v].normalized)
      row.bind(6, k.rows[v].attributes)
      row.bind(7, k.rows[v].properties)
      row.bind(8, k.rows[v].notes)
    }
    let variantID = sqlite3_last_insert_rowid(db.sqliteConnection)
    guard variantID < Int64(UInt32.max) else {
      throw StoreError(path: originPath, message: "the memory holds more than 4 294 967 295 segments")
    }
    try insertWords.insert(db) { row in
      row.bind(1, variantID)
      row.bind(2, words: ids)
    }
    // The k-th occurrence of a word in a segment is posted under the
    // word for k = 1 and under `word␁k` after that, so that overlaps
    // counted from postings are multiset intersections.
    for i in 0..<n {
      var posting = known[offset + n + i]
      if posting == 0 {
        if let r = k.rows[v].repeats[i] {
          posting = words.id(language, r, k.rows[v].repeatHashes[i])
        } else {
          posting = ids[i]
        }
      }
      words.post(posting, UInt32(variantID))
    }
    offset += 2 * n
  }

  /// Builds the indexes a first import dropped (``dropIndexesIfEmpty(_:)``),
  /// writes new words and appends to the posting lists (new variant ids are
  /// larger than every stored one, so lists stay sorted), then the
  /// origin's counts.
  func finish(_ summary: MemoryImportSummary) throws {
    for sql in deferredIndexes { try db.execute(sql: sql) }
    var isNew = Set<UInt32>()
    let insertToken = try db.makeStatement(
      sql: "INSERT INTO tmToken (id, lang, word, df, postings) VALUES (?, ?, ?, ?, ?)")
    let postings = words.postings
    for (id, lang, word) in words.new {
      isNew.insert(id)
      let list = Int(id) < postings.count ? postings[Int(id)] : []
      try insertToken.execute(arguments: [Int64(id), lang, word, list.count, Data(UInt32Blob.encode(list))])
    }
    let read = try db.makeStatement(sql: "SELECT postings FROM tmToken WHERE id = ?")
    let update = try db.makeStatement(sql: "UPDATE tmToken SET df = ?, postings = ? WHERE id = ?")
    for (i, list) in postings.enumerated() where !list.isEmpty && !isNew.contains(UInt32(i)) {
      let id = UInt32(i)
      let old = try Data.fetchOne(read, arguments: [Int64(id)]) ?? Data()
      var all = UInt32Blob.decode(old)
      all.append(contentsOf: list)
      try update.execute(arguments: [all.count, Data(UInt32Blob.encode(all)), Int64(id)])
    }
    try db.execute(
      sql: """
        UPDATE tmOrigin SET units = units + ?, duplicates = duplicates + ?, rejected = rejected + ?
        WHERE id = ?
        """,
      arguments: [summary.added, summary.duplicates, summary.rejected.count, originID])
  }
}
