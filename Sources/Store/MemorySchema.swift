import GRDB

/// The translation-memory tables (migration `v2-memory`).
///
/// - `tmOrigin`: one row per imported file (path as given, format, last
///   import time and what each import added).
/// - `tmUnit`: a translation unit; `hash` (a 64-bit FNV-1a of everything the
///   unit carries except where it was read) is unique, so importing the
///   same file again adds nothing. Dates and authors are copied out of the
///   attributes for statistics; `attributes`, `properties` and `notes` keep
///   every annotation as a JSON array of `{name, value, lang?}` in order.
/// - `tmVariant`: a segment per language: the text as written (NFC), the
///   inline markup and the normalized text (word keys joined by spaces).
/// - `tmToken`: the word vocabulary per language with each word's posting
///   list (`postings`: ascending variant ids, little-endian UInt32) and its
///   length `df`, for candidate retrieval rarest word first.
/// - `tmWords`: the word ids of every segment (little-endian UInt32),
///   fuzzy search's forward index, in a narrow table of its own so that
///   fetching a candidate's words reads small, dense rows.
enum MemorySchema {

  static func create(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE tmOrigin (
          id INTEGER PRIMARY KEY,
          path TEXT NOT NULL UNIQUE,
          format TEXT NOT NULL,
          importedAt TEXT NOT NULL,
          units INTEGER NOT NULL DEFAULT 0,
          duplicates INTEGER NOT NULL DEFAULT 0,
          rejected INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE tmUnit (
          id INTEGER PRIMARY KEY,
          hash INTEGER NOT NULL UNIQUE,
          tuid TEXT,
          originId INTEGER NOT NULL REFERENCES tmOrigin(id),
          line INTEGER,
          sourceLang TEXT NOT NULL,
          createdAt TEXT,
          createdBy TEXT,
          changedAt TEXT,
          changedBy TEXT,
          attributes TEXT,
          properties TEXT,
          notes TEXT
        );
        CREATE INDEX tmUnit_on_originId ON tmUnit(originId);
        CREATE TABLE tmVariant (
          id INTEGER PRIMARY KEY,
          unitId INTEGER NOT NULL REFERENCES tmUnit(id) ON DELETE CASCADE,
          lang TEXT NOT NULL,
          text TEXT NOT NULL,
          markup TEXT,
          normalized TEXT NOT NULL,
          attributes TEXT,
          properties TEXT,
          notes TEXT
        );
        CREATE INDEX tmVariant_on_unitId ON tmVariant(unitId);
        CREATE TABLE tmToken (
          id INTEGER PRIMARY KEY,
          lang TEXT NOT NULL,
          word TEXT NOT NULL,
          df INTEGER NOT NULL,
          postings BLOB NOT NULL,
          UNIQUE (lang, word)
        );
        CREATE TABLE tmWords (
          variantId INTEGER PRIMARY KEY,
          tokens BLOB NOT NULL
        );
        """)
  }
}
