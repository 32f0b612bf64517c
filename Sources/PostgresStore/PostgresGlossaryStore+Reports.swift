import Foundation
import Logging
import Orthography
import PostgresNIO
import Search

/// `soz glossary stats`, `soz tm stats` and `soz doctor` on PostgreSQL:
/// the same numbers as the SQLite engine, each report read in one
/// snapshot. Texts are ordered `COLLATE "C"` (bytewise, as SQLite does),
/// whatever the database's collation.
extension PostgresGlossaryStore: StoreDiagnostics {
  public func counts() throws(StoreError) -> GlossaryCounts {
    try run {
      try session.snapshot { c in
        let (sources, concepts, forms, words) = try c.rows(
          """
          SELECT (SELECT count(*) FROM source), (SELECT count(*) FROM concept),
            (SELECT count(*) FROM form), (SELECT count(*) FROM key_word)
          """
        ).first!.decode((Int, Int, Int, Int).self)
        return GlossaryCounts(sources: sources, concepts: concepts, forms: forms, words: words)
      }
    }
  }

  public func breakdown() throws(StoreError) -> GlossaryBreakdown {
    try run {
      try session.snapshot { c in
        var kinds: [String: Int] = [:]
        for row in try c.rows("SELECT kind, count(*) FROM concept GROUP BY kind") {
          let (kind, n) = try row.decode((String, Int).self)
          kinds[kind] = n
        }
        var languages: [String: [String: Int]] = [:]
        for row in try c.rows("SELECT lang, status, count(*) FROM form GROUP BY lang, status") {
          let (lang, status, n) = try row.decode((String, String, Int).self)
          languages[lang, default: [:]][status] = n
        }
        return GlossaryBreakdown(conceptsByKind: kinds, formsByLanguage: languages)
      }
    }
  }

  public func memoryStats() throws(StoreError) -> MemoryStats {
    try run {
      try session.snapshot { c in
        let (units, segments, words) = try c.rows(
          """
          SELECT (SELECT count(*) FROM tm_unit), (SELECT count(*) FROM tm_variant),
            (SELECT count(*) FROM tm_token WHERE strpos(word, chr(1)) = 0)
          """
        ).first!.decode((Int, Int, Int).self)
        let pairs = try c.rows(
          """
          SELECT u.source_lang, v.lang, count(DISTINCT u.id) FROM tm_unit u
          JOIN tm_variant v ON v.unit_id = u.id AND v.lang <> u.source_lang
          GROUP BY 1, 2 ORDER BY 3 DESC, u.source_lang COLLATE "C", v.lang COLLATE "C"
          """
        ).map {
          let (source, target, n) = try $0.decode((String, String, Int).self)
          return MemoryStats.Pair(source: source, target: target, units: n)
        }
        let origins = try c.rows(
          """
          SELECT path, format, units, duplicates, rejected, imported_at FROM tm_origin
          ORDER BY path COLLATE "C"
          """
        ).map {
          let (path, format, units, duplicates, rejected, at) = try $0.decode(
            (String, String, Int32, Int32, Int32, String).self)
          return MemoryStats.Origin(
            path: path, format: format, units: Int(units), duplicates: Int(duplicates),
            rejected: Int(rejected), importedAt: at)
        }
        let (first, last) = try c.rows(
          """
          SELECT min(d COLLATE "C"), max(d COLLATE "C") FROM (
            SELECT created_at AS d FROM tm_unit WHERE created_at IS NOT NULL
            UNION ALL SELECT changed_at FROM tm_unit WHERE changed_at IS NOT NULL) AS dates
          """
        ).first!.decode((String?, String?).self)
        return MemoryStats(
          units: units, segments: segments, words: words, pairs: pairs, origins: origins,
          firstDate: first, lastDate: last)
      }
    }
  }

  /// The tables `soz doctor` counts, as the SQLite engine's list.
  static let reportedTables = [
    "source", "concept", "form", "key_word", "tm_origin", "tm_unit", "tm_variant", "tm_token",
  ]

  /// What `soz doctor` reports on PostgreSQL: the server answered, the
  /// database holds text as UTF-8 and none of its indexes is invalid (a
  /// failed build); the server's version and write-ahead log; migrations
  /// recorded against those this build knows; rows per table.
  public func health() throws(StoreError) -> StoreHealth {
    try run { try session.snapshot { try Self.health($0) } }
  }

  /// The health of the database at `address` without migrating it: what
  /// `soz doctor` reports when the store cannot be opened the usual way.
  /// What cannot be read (the server unreachable, say) is reported in
  /// ``StoreHealth/integrity``.
  public static func inspect(address: PostgresAddress, logger: Logger = Logger(label: "soz.postgres"))
    -> StoreHealth
  {
    let session = PostgresSession(address: address, keep: 1, logger: logger)
    do {
      return try session.snapshot { try health($0) }
    } catch {
      return StoreHealth(
        integrity: ["cannot read the database: \(describe(error))"], appliedMigrations: [],
        knownMigrations: PostgresSchema.migrations.map(\.0), counts: [], journalMode: "?")
    }
  }

  static func health(_ c: PostgresConnection) throws -> StoreHealth {
    var problems: [String] = []
    let (encoding, ctype, version, walLevel) = try c.rows(
      """
      SELECT pg_encoding_to_char(d.encoding), d.datctype,
        split_part(current_setting('server_version'), ' ', 1),
        current_setting('wal_level')
      FROM pg_database d WHERE d.datname = current_database()
      """
    ).first!.decode((String, String, String, String).self)
    if encoding != "UTF8" {
      problems.append("the database's encoding is \(encoding), not UTF8: names outside it cannot be stored")
    }
    if ctype == "C" || ctype == "POSIX" {
      problems.append("the database's ctype is \(ctype): create it with LC_CTYPE 'C.UTF-8'")
    }
    let tables = Set(
      try c.rows(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
      ).map { try $0.decode(String.self) })
    for row in try c.rows(
      """
      SELECT i.indexrelid::regclass::text FROM pg_index i
      JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = current_schema() AND NOT (i.indisvalid AND i.indisready)
      ORDER BY 1
      """)
    {
      problems.append("index \(try row.decode(String.self)) is invalid: REINDEX it")
    }
    let known = PostgresSchema.migrations.map(\.0)
    let applied: Set<String> =
      tables.contains("soz_migration")
      ? Set(try c.rows("SELECT name FROM soz_migration").map { try $0.decode(String.self) }) : []
    var counts: [(table: String, rows: Int)] = []
    for t in reportedTables where tables.contains(t) {
      counts.append((t, try c.rows("SELECT count(*) FROM \(t)").first!.decode(Int.self)))
    }
    return StoreHealth(
      integrity: problems.isEmpty ? ["ok"] : problems,
      appliedMigrations: known.filter { applied.contains($0) }, knownMigrations: known,
      counts: counts, journalMode: "wal (PostgreSQL \(version), wal_level \(walLevel))")
  }
}
