import Foundation
import PostgresNIO

/// The PostgreSQL engine's schema: the same tables as the SQLite engine's
/// glossary index (sources, concepts, forms with every key, the typo
/// index's words, postings and deletion neighbourhoods), in PostgreSQL's
/// own idiom, plus the compiled image every server shares.
///
/// Migrations are named and append-only, recorded in `soz_migration`, and
/// run under an advisory lock so two servers starting at once do not race.
/// Keys are computed in Swift (``Search/FormKeys``) and compared for
/// equality; no index depends on the database's collation or ctype.
enum PostgresSchema {
  /// The advisory lock writers hold for their transaction.
  static let writeLock: Int64 = 0x536F_7A01

  static let migrations: [(String, String)] = [
    (
      "v1-glossary-index",
      """
      CREATE TABLE source (
        id BIGINT PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('directory', 'file')),
        fingerprint TEXT NOT NULL,
        form_count INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL,
        configured BOOLEAN NOT NULL DEFAULT false
      );
      CREATE TABLE concept (
        id TEXT PRIMARY KEY,
        seq BIGINT NOT NULL,
        source_id BIGINT NOT NULL REFERENCES source(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        note TEXT,
        file TEXT,
        line INTEGER
      );
      CREATE INDEX concept_on_source_id ON concept(source_id, seq);
      CREATE TABLE form (
        id BIGINT PRIMARY KEY,
        concept_id TEXT NOT NULL REFERENCES concept(id) ON DELETE CASCADE,
        lang TEXT NOT NULL,
        text TEXT NOT NULL,
        status TEXT NOT NULL
          CHECK (status IN ('preferred', 'admitted', 'deprecated', 'forbidden')),
        replacement TEXT,
        case_key TEXT NOT NULL,
        fold_key TEXT NOT NULL,
        match_key TEXT NOT NULL,
        sorted_key TEXT NOT NULL,
        joined_key TEXT NOT NULL,
        file TEXT,
        line INTEGER
      );
      CREATE INDEX form_on_concept_id ON form(concept_id);
      CREATE INDEX form_on_text ON form(text);
      CREATE INDEX form_on_case_key ON form(case_key);
      CREATE INDEX form_on_fold_key ON form(fold_key);
      CREATE INDEX form_on_match_key ON form(match_key);
      CREATE INDEX form_on_sorted_key ON form(sorted_key);
      CREATE INDEX form_on_joined_key ON form(joined_key);
      CREATE TABLE key_word (
        id BIGINT PRIMARY KEY,
        word TEXT NOT NULL UNIQUE,
        length INTEGER NOT NULL,
        form_count INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE form_word (
        word_id BIGINT NOT NULL,
        form_id BIGINT NOT NULL REFERENCES form(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (word_id, form_id, position)
      );
      CREATE INDEX form_word_on_form_id ON form_word(form_id);
      CREATE TABLE word_delete (
        hash BIGINT NOT NULL,
        word_id BIGINT NOT NULL REFERENCES key_word(id) ON DELETE CASCADE,
        PRIMARY KEY (hash, word_id)
      );
      CREATE INDEX word_delete_on_word_id ON word_delete(word_id);
      CREATE TABLE compiled_glossary (
        fingerprint TEXT PRIMARY KEY,
        image BYTEA NOT NULL,
        created_at TIMESTAMPTZ NOT NULL DEFAULT now()
      );
      """
    ),
    (
      // The translation memory: the SQLite engine's tables and word index
      // (MemorySchema) in PostgreSQL's idiom. Posting lists are appended,
      // one row per word and import (`first_variant` is the chunk's first
      // segment id; chunks in that order are one ascending list), so an
      // import never rewrites a list. Words compare bytewise (COLLATE "C"):
      // prefix scans do not depend on the database's collation.
      "v2-memory",
      """
      CREATE TABLE tm_origin (
        id BIGINT PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,
        format TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        units INTEGER NOT NULL DEFAULT 0,
        duplicates INTEGER NOT NULL DEFAULT 0,
        rejected INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE tm_unit (
        id BIGINT PRIMARY KEY,
        hash BIGINT NOT NULL UNIQUE,
        tuid TEXT,
        origin_id BIGINT NOT NULL REFERENCES tm_origin(id),
        line INTEGER,
        source_lang TEXT NOT NULL,
        created_at TEXT,
        created_by TEXT,
        changed_at TEXT,
        changed_by TEXT,
        attributes TEXT,
        properties TEXT,
        notes TEXT
      );
      CREATE INDEX tm_unit_on_origin_id ON tm_unit(origin_id);
      CREATE TABLE tm_variant (
        id BIGINT PRIMARY KEY,
        unit_id BIGINT NOT NULL,
        lang TEXT NOT NULL,
        text TEXT NOT NULL,
        markup TEXT,
        normalized TEXT NOT NULL,
        attributes TEXT,
        properties TEXT,
        notes TEXT,
        words BYTEA NOT NULL
      );
      CREATE INDEX tm_variant_on_unit_id ON tm_variant(unit_id, id);
      CREATE INDEX tm_variant_on_lang ON tm_variant(lang, id);
      CREATE TABLE tm_token (
        id BIGINT PRIMARY KEY,
        lang TEXT NOT NULL,
        word TEXT COLLATE "C" NOT NULL,
        df INTEGER NOT NULL,
        UNIQUE (lang, word)
      );
      CREATE TABLE tm_posting (
        token_id BIGINT NOT NULL,
        first_variant BIGINT NOT NULL,
        postings BYTEA NOT NULL,
        PRIMARY KEY (token_id, first_variant)
      )
      """
    ),
  ]

  /// Creates the migration table and runs the migrations `connection`'s
  /// database lacks, each in its own transaction.
  static func migrate(_ connection: PostgresConnection) throws {
    try connection.run(
      "CREATE TABLE IF NOT EXISTS soz_migration (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
    )
    let applied = Set(
      try connection.rows("SELECT name FROM soz_migration").map { try $0.decode(String.self) })
    guard migrations.contains(where: { !applied.contains($0.0) }) else { return }
    try connection.run("BEGIN")
    do {
      try connection.run("SELECT pg_advisory_xact_lock(\(writeLock))")
      let now = Set(
        try connection.rows("SELECT name FROM soz_migration").map { try $0.decode(String.self) })
      for (name, sql) in migrations where !now.contains(name) {
        // One statement per message: the extended protocol takes no more.
        for statement in sql.components(separatedBy: ";\n") {
          let trimmed = statement.trimmingCharacters(in: .whitespacesAndNewlines)
          if !trimmed.isEmpty { try connection.run(trimmed) }
        }
        try connection.run("INSERT INTO soz_migration (name) VALUES ($1)", binds(name))
      }
      try connection.run("COMMIT")
    } catch {
      _ = try? connection.run("ROLLBACK")
      throw error
    }
  }
}
