import Foundation
import GRDB
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
      try db.write { db in
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
}

/// Runs a unit reader on its own thread, a few chunks ahead of the
/// writer, so that parsing (a TMX file's XML) and writing (SQLite) use two
/// cores. The reader is called from one thread at a time, in order; its
/// error arrives where it happened in the sequence. ``close()`` stops it
/// and waits for it, so the reader is never called after the import
/// returns (hence `withoutActuallyEscaping` at the call site).
final class ReadAhead: @unchecked Sendable {
  /// The reader until ``produce()`` takes it (and releases it before it
  /// reports that it stopped: `withoutActuallyEscaping` checks that no
  /// reference is left).
  private var read: (() throws -> TranslationUnitReading?)?
  private let condition = NSCondition()
  private var chunks: [[TranslationUnitReading]] = []
  private var failure: Error?
  private var ended = false
  private var stopped = false
  private var running = true
  private var current: [TranslationUnitReading] = []
  private var position = 0
  /// Readings per chunk, and chunks held at most.
  static let chunkSize = 512
  static let capacity = 8

  init(_ read: @escaping () throws -> TranslationUnitReading?) {
    self.read = read
    // A serial queue gets its own thread (overcommit): the reader's
    // waits never take a worker from the keying on the global queue.
    DispatchQueue(label: "soz.import.reader").async { self.produce() }
  }

  private func produce() {
    condition.lock()
    var read = self.read
    self.read = nil
    var done = stopped
    condition.unlock()
    var chunk: [TranslationUnitReading] = []
    chunk.reserveCapacity(ReadAhead.chunkSize)
    var error: Error?
    while !done {
      do {
        if let r = try read!() { chunk.append(r) } else { done = true }
      } catch let e {
        error = e
        done = true
      }
      if chunk.count == ReadAhead.chunkSize || done {
        condition.lock()
        while chunks.count >= ReadAhead.capacity && !stopped { condition.wait() }
        if stopped { done = true }
        if !chunk.isEmpty { chunks.append(chunk) }
        if done {
          failure = error
          ended = true
        }
        condition.broadcast()
        condition.unlock()
        chunk = []
        chunk.reserveCapacity(ReadAhead.chunkSize)
      }
    }
    read = nil
    condition.lock()
    ended = true
    running = false
    condition.broadcast()
    condition.unlock()
  }

  /// The next reading, nil at the end; rethrows the reader's error.
  func next() throws -> TranslationUnitReading? {
    if position < current.count {
      defer { position += 1 }
      return current[position]
    }
    condition.lock()
    while chunks.isEmpty && !ended { condition.wait() }
    if chunks.isEmpty {
      let e = failure
      condition.unlock()
      if let e { throw e }
      return nil
    }
    current = chunks.removeFirst()
    condition.broadcast()
    condition.unlock()
    position = 1
    return current[0]
  }

  /// Stops the reader and waits until it no longer runs.
  func close() {
    condition.lock()
    stopped = true
    condition.broadcast()
    while running { condition.wait() }
    condition.unlock()
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

  /// The batch being keyed in the background.
  private var inFlight: KeyingJob?

  /// Starts keying `batch`, then writes the batch submitted before it.
  func submit(_ batch: [TranslationUnit], into summary: inout MemoryImportSummary) throws {
    guard !batch.isEmpty else { return }
    let previous = inFlight
    inFlight = KeyingJob(batch)
    if let previous { try write(previous.units, previous.wait(), into: &summary) }
  }

  /// Writes the last submitted batch.
  func drain(into summary: inout MemoryImportSummary) throws {
    if let last = inFlight { try write(last.units, last.wait(), into: &summary) }
    inFlight = nil
  }

  /// Hashes and word keys of a batch, computed on a background queue.
  final class KeyingJob: @unchecked Sendable {
    let units: [TranslationUnit]
    private var result: [Keyed] = []
    private let done = DispatchSemaphore(value: 0)

    init(_ units: [TranslationUnit]) {
      self.units = units
      DispatchQueue.global().async {
        self.result = MemoryRows.key(units)
        self.done.signal()
      }
    }

    func wait() -> [Keyed] {
      done.wait()
      done.signal()
      return result
    }
  }

  func write(_ batch: [TranslationUnit], _ keyed: [Keyed], into summary: inout MemoryImportSummary) throws {
    var words = self.words
    self.words = Words()
    defer { self.words = words }
    for (unit, k) in zip(batch, keyed) {
      try insertUnit.insert(db) { row in
        row.bind(1, k.hash)
        row.bind(2, unit.id)
        row.bind(3, originID)
        row.bind(4, unit.location.map { Int64($0.line) })
        row.bind(5, k.source)
        for (i, stamp) in k.stamps.enumerated() { row.bind(Int32(6 + i), stamp) }
        row.bind(10, k.attributes)
        row.bind(11, k.properties)
        row.bind(12, k.notes)
      }
      if db.changesCount == 0 {
        summary.duplicates += 1
        continue
      }
      summary.added += 1
      let unitID = db.lastInsertedRowID
      for ((variant, tokens), prepared) in zip(zip(unit.variants, k.variants), k.rows) {
        let lang = variant.language.rawValue
        let language = words.language(lang)
        var ids: [UInt32] = []
        ids.reserveCapacity(tokens.count)
        for (t, h) in zip(tokens, prepared.keyHashes) { ids.append(words.id(language, t.key, h)) }
        try insertVariant.insert(db) { row in
          row.bind(1, unitID)
          row.bind(2, lang)
          row.bind(3, variant.text)
          row.bind(4, variant.markup)
          row.bind(5, prepared.normalized)
          row.bind(6, prepared.attributes)
          row.bind(7, prepared.properties)
          row.bind(8, prepared.notes)
        }
        let variantID = db.lastInsertedRowID
        guard variantID < Int64(UInt32.max) else {
          throw StoreError(path: originPath, message: "the memory holds more than 4 294 967 295 segments")
        }
        try insertWords.insert(db) { row in
          row.bind(1, variantID)
          row.bind(2, blob: UInt32Blob.encode(ids))
        }
        // The k-th occurrence of a word in a segment is posted under the
        // word for k = 1 and under `word␁k` after that, so that overlaps
        // counted from postings are multiset intersections.
        for i in ids.indices {
          var posting = ids[i]
          if let r = prepared.repeats[i] { posting = words.id(language, r, prepared.repeatHashes[i]) }
          words.post(posting, UInt32(variantID))
        }
      }
    }
  }

  /// Writes new words and appends to the posting lists (new variant ids are
  /// larger than every stored one, so lists stay sorted), then the
  /// origin's counts.
  func finish(_ summary: MemoryImportSummary) throws {
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
