import Foundation
import Orthography
import PostgresNIO
import Search
import Terminology

/// The PostgreSQL engine's translation memory (tables `tm_*`, migration
/// `v2-memory`): the same units, segments and word index as the SQLite
/// engine, written with the same ids, so that ``MemorySearcher`` gives the
/// same answers on both.
extension PostgresGlossaryStore: MemoryStorage {
  public func withMemoryReader<T>(_ body: (any MemoryIndexReader) throws -> T) throws(StoreError) -> T {
    try run {
      try session.withConnection { c in
        // One snapshot for the whole search: an import committing meanwhile
        // is seen entirely or not at all.
        try c.run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        do {
          let result = try body(PostgresMemoryReader(c: c))
          try c.run("COMMIT")
          return result
        } catch {
          _ = try? c.run("ROLLBACK")
          throw error
        }
      }
    }
  }

  /// Imports units in one transaction under the write lock: batches of
  /// ``MemoryRows/batchSize`` units are keyed on every core and written as
  /// multi-row inserts (`INSERT … SELECT FROM unnest(…)`); posting lists
  /// and document frequencies at the end. A reader error or a database
  /// failure rolls everything back.
  public func importUnits(
    origin: MemoryOrigin, progress: ((Int) -> Void)? = nil,
    next: () throws -> TranslationUnitReading?
  ) throws -> MemoryImportSummary {
    var summary = MemoryImportSummary(read: 0, added: 0, duplicates: 0, rejected: [])
    var readerError: Error?
    do {
      try run {
        try session.transaction { c in
          let writer = try PostgresMemoryWriter(c: c, origin: origin, location: location)
          var batch: [TranslationUnit] = []
          batch.reserveCapacity(MemoryRows.batchSize)
          while true {
            let reading: TranslationUnitReading?
            do {
              reading = try next()
            } catch {
              readerError = error
              throw error
            }
            guard let reading else { break }
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
              try writer.write(batch, MemoryRows.key(batch), into: &summary)
              batch = []
              batch.reserveCapacity(MemoryRows.batchSize)
              progress?(summary.read)
            }
          }
          try writer.write(batch, MemoryRows.key(batch), into: &summary)
          progress?(summary.read)
          try writer.finish(summary)
        }
      }
    } catch {
      if let readerError { throw readerError }
      throw error
    }
    return summary
  }

  /// Streams every unit in import order from one snapshot (a cursor,
  /// fetched a few thousand rows at a time).
  public func readUnits<T>(_ body: (_ next: () throws -> TranslationUnit?) throws -> T) throws -> T {
    try run {
      try session.withConnection { c in
        try c.run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        do {
          try c.run(
            """
            DECLARE tm_export NO SCROLL CURSOR FOR
            SELECT u.id, u.tuid, u.attributes, u.properties, u.notes,
              v.lang, v.text, v.markup, v.attributes, v.properties, v.notes
            FROM tm_unit u JOIN tm_variant v ON v.unit_id = u.id
            ORDER BY u.id, v.id
            """)
          typealias Row = (
            Int64, String?, String?, String?, String?, String, String, String?, String?, String?,
            String?
          )
          var buffer: [Row] = []
          var position = 0
          var exhausted = false
          func nextRow() throws -> Row? {
            if position == buffer.count {
              guard !exhausted else { return nil }
              buffer = try c.rows("FETCH 5000 FROM tm_export").map { try $0.decode(Row.self) }
              position = 0
              if buffer.count < 5000 { exhausted = true }
              if buffer.isEmpty { return nil }
            }
            position += 1
            return buffer[position - 1]
          }
          var pending: Row?
          func next() throws -> TranslationUnit? {
            guard let first = try pending ?? nextRow() else { return nil }
            pending = nil
            var unit = TranslationUnit(
              id: first.1, attributes: AnnotationJSON.decode(first.2),
              properties: AnnotationJSON.decode(first.3), notes: AnnotationJSON.decode(first.4))
            var row: Row? = first
            while let r = row {
              guard r.0 == first.0 else {
                pending = r
                break
              }
              if let tag = LanguageTag(r.5) {
                unit.variants.append(
                  TranslationVariant(
                    language: tag, text: r.6, markup: r.7, attributes: AnnotationJSON.decode(r.8),
                    properties: AnnotationJSON.decode(r.9), notes: AnnotationJSON.decode(r.10)))
              }
              row = try nextRow()
            }
            return unit
          }
          let result = try body(next)
          try c.run("COMMIT")
          return result
        } catch {
          _ = try? c.run("ROLLBACK")
          throw error
        }
      }
    }
  }
}

/// Writes batches of units inside one import transaction, assigning ids
/// as the SQLite engine does (units and segments in import order, words
/// in order of first use), so both engines hold the same index.
final class PostgresMemoryWriter {
  let c: PostgresConnection
  let location: String
  let originID: Int64
  private var tokenIDs: [String: [String: UInt32]] = [:]
  private var nextTokenID: UInt32
  private var newTokens: [(UInt32, String, String)] = []
  private var postings: [UInt32: [UInt32]] = [:]
  private var nextUnit: Int64
  private var nextVariant: Int64
  private var seen = Set<Int64>()

  init(c: PostgresConnection, origin: MemoryOrigin, location: String) throws {
    self.c = c
    self.location = location
    originID = try c.rows(
      """
      INSERT INTO tm_origin (id, path, format, imported_at)
      VALUES ((SELECT coalesce(max(id), 0) + 1 FROM tm_origin), $1, $2, $3)
      ON CONFLICT (path) DO UPDATE SET format = excluded.format, imported_at = excluded.imported_at
      RETURNING id
      """, binds(origin.path, origin.format, ISO8601DateFormatter().string(from: Date()))
    ).first!.decode(Int64.self)
    var maxID: Int64 = 0
    for row in try c.rows("SELECT id, lang, word FROM tm_token") {
      let (id, lang, word) = try row.decode((Int64, String, String).self)
      tokenIDs[lang, default: [:]][word] = UInt32(id)
      maxID = max(maxID, id)
    }
    nextTokenID = UInt32(maxID + 1)
    nextUnit = try c.rows("SELECT coalesce(max(id), 0) + 1 FROM tm_unit").first!.decode(Int64.self)
    nextVariant = try c.rows("SELECT coalesce(max(id), 0) + 1 FROM tm_variant").first!.decode(
      Int64.self)
  }

  private func tokenID(_ lang: String, _ word: String) -> UInt32 {
    if let id = tokenIDs[lang]?[word] { return id }
    let id = nextTokenID
    nextTokenID += 1
    tokenIDs[lang, default: [:]][word] = id
    newTokens.append((id, lang, word))
    return id
  }

  /// Columns of a batch, nulls as a bit mask per row (arrays of optionals
  /// do not bind).
  private struct Units {
    var id: [Int64] = [], hash: [Int64] = [], tuid: [String] = [], line: [Int32] = []
    var source: [String] = [], createdAt: [String] = [], createdBy: [String] = []
    var changedAt: [String] = [], changedBy: [String] = [], attributes: [String] = []
    var properties: [String] = [], notes: [String] = [], nulls: [Int32] = []
  }

  private struct Variants {
    var id: [Int64] = [], unit: [Int64] = [], lang: [String] = [], text: [String] = []
    var markup: [String] = [], normalized: [String] = [], attributes: [String] = []
    var properties: [String] = [], notes: [String] = [], words: [NIOCore.ByteBuffer] = []
    var nulls: [Int32] = []
  }

  func write(
    _ batch: [TranslationUnit], _ keyed: [MemoryRows.Keyed], into summary: inout MemoryImportSummary
  ) throws {
    guard !batch.isEmpty else { return }
    let stored = Set(
      try c.rows("SELECT hash FROM tm_unit WHERE hash = ANY($1)", binds(keyed.map(\.hash))).map {
        try $0.decode(Int64.self)
      })
    var u = Units()
    var v = Variants()
    for (unit, k) in zip(batch, keyed) {
      guard !stored.contains(k.hash), seen.insert(k.hash).inserted else {
        summary.duplicates += 1
        continue
      }
      summary.added += 1
      let unitID = nextUnit
      nextUnit += 1
      var nulls: Int32 = 0
      func text(_ value: String?, _ bit: Int32) -> String {
        if value == nil { nulls |= bit }
        return value ?? ""
      }
      u.id.append(unitID)
      u.hash.append(k.hash)
      u.tuid.append(text(unit.id, 1))
      if unit.location?.line == nil { nulls |= 2 }
      u.line.append(Int32(unit.location?.line ?? 0))
      u.source.append(k.source)
      u.createdAt.append(text(k.stamps[0], 4))
      u.createdBy.append(text(k.stamps[1], 8))
      u.changedAt.append(text(k.stamps[2], 16))
      u.changedBy.append(text(k.stamps[3], 32))
      u.attributes.append(text(k.attributes, 64))
      u.properties.append(text(k.properties, 128))
      u.notes.append(text(k.notes, 256))
      u.nulls.append(nulls)
      for ((variant, tokens), prepared) in zip(zip(unit.variants, k.variants), k.rows) {
        let lang = variant.language.rawValue
        var ids: [UInt32] = []
        ids.reserveCapacity(tokens.count)
        for t in tokens { ids.append(tokenID(lang, t.key)) }
        let variantID = nextVariant
        nextVariant += 1
        guard variantID < Int64(UInt32.max) else {
          throw StoreError(path: location, message: "the memory holds more than 4 294 967 295 segments")
        }
        nulls = 0
        v.id.append(variantID)
        v.unit.append(unitID)
        v.lang.append(lang)
        v.text.append(variant.text)
        v.markup.append(text(variant.markup, 1))
        v.normalized.append(prepared.normalized)
        v.attributes.append(text(prepared.attributes, 2))
        v.properties.append(text(prepared.properties, 4))
        v.notes.append(text(prepared.notes, 8))
        v.words.append(NIOCore.ByteBuffer(bytes: UInt32Blob.encode(ids)))
        v.nulls.append(nulls)
        for (id, again) in zip(ids, prepared.repeats) {
          let posting = again.map { tokenID(lang, $0) } ?? id
          postings[posting, default: []].append(UInt32(variantID))
        }
      }
    }
    guard !u.id.isEmpty else { return }
    try c.run(
      """
      INSERT INTO tm_unit (id, hash, tuid, origin_id, line, source_lang, created_at, created_by,
        changed_at, changed_by, attributes, properties, notes)
      SELECT id, hash, CASE WHEN m & 1 = 0 THEN tuid END, $14, CASE WHEN m & 2 = 0 THEN line END,
        source_lang, CASE WHEN m & 4 = 0 THEN ca END, CASE WHEN m & 8 = 0 THEN cb END,
        CASE WHEN m & 16 = 0 THEN ga END, CASE WHEN m & 32 = 0 THEN gb END,
        CASE WHEN m & 64 = 0 THEN at END, CASE WHEN m & 128 = 0 THEN pr END,
        CASE WHEN m & 256 = 0 THEN nt END
      FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::int[], $5::text[], $6::text[],
        $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::int[])
        AS t(id, hash, tuid, line, source_lang, ca, cb, ga, gb, at, pr, nt, m)
      """,
      binds(
        u.id, u.hash, u.tuid, u.line, u.source, u.createdAt, u.createdBy, u.changedAt, u.changedBy,
        u.attributes, u.properties, u.notes, u.nulls, originID))
    for chunk in PostgresGlossaryStore.chunks(v.id.count) {
      try c.run(
        """
        INSERT INTO tm_variant (id, unit_id, lang, text, markup, normalized, attributes,
          properties, notes, words)
        SELECT id, unit_id, lang, text, CASE WHEN m & 1 = 0 THEN markup END, normalized,
          CASE WHEN m & 2 = 0 THEN at END, CASE WHEN m & 4 = 0 THEN pr END,
          CASE WHEN m & 8 = 0 THEN nt END, words
        FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[],
          $7::text[], $8::text[], $9::text[], $10::bytea[], $11::int[])
          AS t(id, unit_id, lang, text, markup, normalized, at, pr, nt, words, m)
        """,
        binds(
          Array(v.id[chunk]), Array(v.unit[chunk]), Array(v.lang[chunk]), Array(v.text[chunk]),
          Array(v.markup[chunk]), Array(v.normalized[chunk]), Array(v.attributes[chunk]),
          Array(v.properties[chunk]), Array(v.notes[chunk]), Array(v.words[chunk]),
          Array(v.nulls[chunk])))
    }
  }

  /// Writes the new words, one posting chunk per word this import used
  /// (new segment ids are larger than every stored one, so the chunks of
  /// a word, in `first_variant` order, stay one ascending list), the
  /// document frequencies, then the origin's counts.
  func finish(_ summary: MemoryImportSummary) throws {
    var isNew = Set<UInt32>()
    for chunk in PostgresGlossaryStore.chunks(newTokens.count) {
      let part = newTokens[chunk]
      for t in part { isNew.insert(t.0) }
      try c.run(
        """
        INSERT INTO tm_token (id, lang, word, df)
        SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::int[])
        """,
        binds(
          part.map { Int64($0.0) }, part.map(\.1), part.map(\.2),
          part.map { Int32(postings[$0.0]?.count ?? 0) }))
    }
    let lists = postings.sorted { $0.key < $1.key }
    let grown = lists.filter { !isNew.contains($0.key) }
    for chunk in PostgresGlossaryStore.chunks(grown.count) {
      let part = grown[chunk]
      try c.run(
        """
        UPDATE tm_token t SET df = t.df + d.n
        FROM unnest($1::bigint[], $2::int[]) AS d(id, n) WHERE t.id = d.id
        """, binds(part.map { Int64($0.key) }, part.map { Int32($0.value.count) }))
    }
    for chunk in PostgresGlossaryStore.chunks(lists.count) {
      let part = lists[chunk]
      try c.run(
        """
        INSERT INTO tm_posting (token_id, first_variant, postings)
        SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bytea[])
        """,
        binds(
          part.map { Int64($0.key) }, part.map { Int64($0.value[0]) },
          part.map { NIOCore.ByteBuffer(bytes: UInt32Blob.encode($0.value)) }))
    }
    try c.run(
      """
      UPDATE tm_origin SET units = units + $1, duplicates = duplicates + $2, rejected = rejected + $3
      WHERE id = $4
      """, binds(summary.added, summary.duplicates, summary.rejected.count, originID))
  }
}
