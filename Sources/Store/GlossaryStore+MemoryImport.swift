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
  ///   - progress: called after each batch with the units read so far.
  ///   - next: the reader; nil ends the input.
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
        while let reading = try next() {
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

/// Writes batches of units inside one import transaction.
final class MemoryWriter {
  let db: Database
  let originID: Int64
  let originPath: String
  /// (lang, word) → token id; ids of new words are assigned here and the
  /// rows written by ``finish``.
  private var tokenIDs: [String: [String: UInt32]] = [:]
  private var nextTokenID: UInt32
  private var newTokens: [(UInt32, String, String)] = []
  /// Variant ids to append per token id.
  private var postings: [UInt32: [UInt32]] = [:]
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
    while let row = try rows.next() {
      let id: Int64 = row[0]
      tokenIDs[row[1], default: [:]][row[2]] = UInt32(id)
      maxID = max(maxID, id)
    }
    nextTokenID = UInt32(maxID + 1)
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
    for (unit, k) in zip(batch, keyed) {
      let source = MemoryRows.sourceLanguage(unit)
      try insertUnit.insert(db) { row in
        row.bind(1, k.hash)
        row.bind(2, unit.id)
        row.bind(3, originID)
        row.bind(4, unit.location.map { Int64($0.line) })
        row.bind(5, source.rawValue)
        row.bind(6, unit.attribute("creationdate"))
        row.bind(7, unit.attribute("creationid"))
        row.bind(8, unit.attribute("changedate"))
        row.bind(9, unit.attribute("changeid"))
        row.bind(10, AnnotationJSON.encode(unit.attributes))
        row.bind(11, AnnotationJSON.encode(unit.properties))
        row.bind(12, AnnotationJSON.encode(unit.notes))
      }
      if db.changesCount == 0 {
        summary.duplicates += 1
        continue
      }
      summary.added += 1
      let unitID = db.lastInsertedRowID
      for (variant, tokens) in zip(unit.variants, k.variants) {
        let lang = variant.language.rawValue
        var ids: [UInt32] = []
        ids.reserveCapacity(tokens.count)
        for t in tokens { ids.append(tokenID(lang, t.key)) }
        try insertVariant.insert(db) { row in
          row.bind(1, unitID)
          row.bind(2, lang)
          row.bind(3, variant.text)
          row.bind(4, variant.markup)
          row.bind(5, tokens.map(\.key).joined(separator: " "))
          row.bind(6, AnnotationJSON.encode(variant.attributes))
          row.bind(7, AnnotationJSON.encode(variant.properties))
          row.bind(8, AnnotationJSON.encode(variant.notes))
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
        var seen: [UInt32: Int] = [:]
        for (id, t) in zip(ids, tokens) {
          let k = (seen[id] ?? 0) + 1
          seen[id] = k
          let posting = k == 1 ? id : tokenID(lang, MemoryRows.occurrence(t.key, k))
          postings[posting, default: []].append(UInt32(variantID))
        }
      }
    }
  }

  private func tokenID(_ lang: String, _ word: String) -> UInt32 {
    if let id = tokenIDs[lang]?[word] { return id }
    let id = nextTokenID
    nextTokenID += 1
    tokenIDs[lang, default: [:]][word] = id
    newTokens.append((id, lang, word))
    return id
  }

  /// Writes new words and appends to the posting lists (new variant ids are
  /// larger than every stored one, so lists stay sorted), then the
  /// origin's counts.
  func finish(_ summary: MemoryImportSummary) throws {
    var isNew = Set<UInt32>()
    let insertToken = try db.makeStatement(
      sql: "INSERT INTO tmToken (id, lang, word, df, postings) VALUES (?, ?, ?, ?, ?)")
    for (id, lang, word) in newTokens {
      isNew.insert(id)
      let list = postings[id] ?? []
      try insertToken.execute(arguments: [Int64(id), lang, word, list.count, Data(UInt32Blob.encode(list))])
    }
    let read = try db.makeStatement(sql: "SELECT postings FROM tmToken WHERE id = ?")
    let update = try db.makeStatement(sql: "UPDATE tmToken SET df = ?, postings = ? WHERE id = ?")
    for (id, list) in postings.sorted(by: { $0.key < $1.key }) where !isNew.contains(id) {
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
