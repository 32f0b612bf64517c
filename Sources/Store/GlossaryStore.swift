@_exported import Search
import Foundation
import GRDB
import Orthography
import Terminology

/// The SQLite store holding the compiled glossary index.
///
/// Concepts and forms are stored with every matching key precomputed (case,
/// diacritic and comparison keys, and the deletion neighbourhood of every
/// key word), so a lookup is a handful of indexed queries and never
/// re-parses or re-normalizes the glossary. Each concept belongs to a
/// *source*: a glossary directory (kept in sync by fingerprint) or an
/// imported file (a snapshot, replaced when the same path is imported
/// again).
///
/// The store is the only module that touches SQLite; migrations are named
/// and append-only.
public final class GlossaryStore: GlossaryStorage, StoreDiagnostics, @unchecked Sendable {
  /// The database file.
  public let path: String
  /// The database file (``GlossaryStorage/location``).
  public var location: String { path }
  let db: DatabasePool
  private let formCountLock = NSLock()
  nonisolated(unsafe) private var cachedFormCount: Int?

  /// Runs `body` with a reader over one read transaction.
  public func withIndexReader<T>(
    _ body: (any GlossaryIndexReader) throws -> T
  ) throws(StoreError) -> T {
    try read { db in try body(SQLiteIndexReader(db: db, store: self, table: nil)) }
  }

  /// Finds the concepts `query` may mean (``GlossarySearch``); `words`, the
  /// key words held in memory (``loadWordTable()``), serves runs of many
  /// lookups.
  public func lookup(
    _ query: String, limit: Int = 5, words: WordTable?
  ) throws(StoreError) -> LookupResult {
    let path = path
    return try read { db in
      do {
        return try GlossarySearch(reader: SQLiteIndexReader(db: db, store: self, table: words))
          .lookup(query, limit: limit)
      } catch let e as StoreError {
        throw e
      } catch let e as DatabaseError {
        throw e
      } catch {
        throw StoreError(path: path, message: "\(error)")
      }
    }
  }

  /// The number of forms (cached: a lookup store changes only on import).
  func formCount(_ database: Database) throws -> Int {
    formCountLock.lock()
    defer { formCountLock.unlock() }
    if let cachedFormCount { return cachedFormCount }
    let n = try Int.fetchOne(database, sql: "SELECT sum(formCount) FROM source") ?? 0
    cachedFormCount = n
    return n
  }

  func invalidateCaches() {
    formCountLock.lock()
    cachedFormCount = nil
    formCountLock.unlock()
  }

  /// How long a writer waits for another process's write transaction
  /// before giving up (seconds).
  public let waitTimeout: TimeInterval

  /// The default wait: long enough for an import of a million units.
  public static let defaultWaitTimeout: TimeInterval = 600

  /// Opens (creating and migrating as needed) the store at `path`.
  ///
  /// Writers take turns: a write (import, sync, migration) that finds
  /// another process writing waits for it — polling, up to `waitTimeout`
  /// seconds — calling `onWait` once when the wait begins. Readers never
  /// wait (WAL).
  /// - Throws: ``StoreError`` when the file cannot be opened or is not a
  ///   Söz store.
  public init(
    path: String, waitTimeout: TimeInterval = GlossaryStore.defaultWaitTimeout,
    onWait: (@Sendable () -> Void)? = nil
  ) throws(StoreError) {
    self.path = path
    self.waitTimeout = waitTimeout
    let started = Date()
    let note = WaitNote(onWait)
    var raced = 0
    // Two processes creating or migrating one store at once: SQLite
    // answers the loser's journal-mode change with SQLITE_BUSY without
    // waiting, and the loser's migrator may find a migration the winner
    // just ran. Both are retried (each migration is a transaction of its
    // own, so a retry only runs what is still missing) until the wait
    // times out.
    while true {
      do {
        db = try Self.open(path, waitTimeout: waitTimeout, note: note)
        return
      } catch let error as DatabaseError
        where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
        || (raced < 10 && Self.isMigrationRace(error))
      {
        if error.resultCode == .SQLITE_ERROR { raced += 1 }
        let waited = Date().timeIntervalSince(started)
        guard waited < waitTimeout else { throw Self.busy(path, waitTimeout) }
        if error.resultCode != .SQLITE_ERROR { note.announce() }
        usleep(50_000)
      } catch let error as DatabaseError
        where [.SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_FULL].contains(error.resultCode)
      {
        throw StoreError(
          path: path,
          message: "cannot write the store here (\(error.message ?? "\(error.resultCode)")); "
            + "give a writable place with --store PATH or SOZ_STORE")
      } catch let error as DatabaseError where Self.isDamage(error) {
        throw Self.damaged(path, error)
      } catch let error as DatabaseError {
        throw StoreError(path: path, message: "cannot open store: \(error.message ?? "\(error)")")
      } catch {
        throw StoreError(
          path: path,
          message: "cannot create the store's directory (\(Self.reason(error))); "
            + "give a writable place with --store PATH or SOZ_STORE")
      }
    }
  }

  /// A schema change another process made first (a table or column that
  /// already exists).
  static func isMigrationRace(_ error: DatabaseError) -> Bool {
    let message = error.message ?? ""
    return error.resultCode == .SQLITE_ERROR
      && (message.contains("already exists") || message.contains("duplicate column"))
  }

  /// Opens the pool at `path` and runs the migrations it lacks.
  private static func open(
    _ path: String, waitTimeout: TimeInterval, note: WaitNote
  ) throws -> DatabasePool {
    let dir = URL(fileURLWithPath: path).deletingLastPathComponent()
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    var config = Configuration()
    config.foreignKeysEnabled = true
    config.busyMode = .callback(Self.busyCallback(timeout: waitTimeout, note: note))
    config.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
      // Map the file instead of copying pages through read(2).
      try db.execute(sql: "PRAGMA mmap_size = 1073741824")
      try db.execute(sql: "PRAGMA cache_size = -65536")
    }
    // A pool (WAL): lookups read concurrently, also while an import writes.
    let db: DatabasePool
    do {
      db = try DatabasePool(path: path, configuration: config)
    } catch let error as DatabaseError
      where [.SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM].contains(error.resultCode)
      && FileManager.default.fileExists(atPath: path)
    {
      // A store on a read-only disk (or without write permission): read
      // it as it is — writes are then refused with SQLITE_READONLY, which
      // ``wrap(_:)`` explains. `immutable` lets SQLite read a WAL
      // database without creating its -shm file.
      return try readOnlyPool(path, config: config, original: error)
    }
    // Checking first keeps a read-only lookup from opening a write
    // transaction (and syncing to disk) on every run.
    if try !db.read({ try Self.migrator.hasCompletedMigrations($0) }) {
      try Self.migrator.migrate(db)
    }
    return db
  }

  /// SQLite's busy handler: sleep a little and try again — 5 ms naps for
  /// the first 50 ms, then 100 ms — until `timeout` seconds of naps have
  /// passed in this wait. SQLite calls it on the waiting connection's
  /// thread with the number of tries so far in this wait (0 at its
  /// start), so the time waited follows from `tries` alone and every
  /// connection of the pool can share the handler.
  static func busyCallback(timeout: TimeInterval, note: WaitNote) -> Database.BusyCallback {
    { tries in
      if napped(tries) >= timeout { return false }
      if tries == 0 { note.announce() }
      usleep(tries < 10 ? 5_000 : 100_000)
      return true
    }
  }

  /// Seconds slept by the busy handler before its `tries`th call.
  static func napped(_ tries: Int) -> TimeInterval {
    let tries = TimeInterval(max(tries, 0))
    return min(tries, 10) * 0.005 + max(tries - 10, 0) * 0.1
  }

  /// Calls `onWait` once, the first time any connection of the store
  /// waits (or opening it has to retry).
  final class WaitNote: @unchecked Sendable {
    private let lock = NSLock()
    private var onWait: (@Sendable () -> Void)?

    init(_ onWait: (@Sendable () -> Void)?) { self.onWait = onWait }

    func announce() {
      lock.lock()
      let call = onWait
      onWait = nil
      lock.unlock()
      call?()
    }
  }

  /// The error for a write that waited `timeout` seconds in vain.
  static func busy(_ path: String, _ timeout: TimeInterval) -> StoreError {
    StoreError(
      path: path,
      message:
        "the store is busy: another process kept writing to it for \(seconds(timeout)) s; try again when it is done (SOZ_STORE_TIMEOUT sets the wait in seconds)"
    )
  }

  /// `600`, `1.5`.
  static func seconds(_ t: TimeInterval) -> String {
    t == t.rounded() && t < 1e15 ? String(Int(t)) : String(format: "%.1f", t)
  }

  static var migrator: DatabaseMigrator {
    var m = DatabaseMigrator()
    m.registerMigration("v1-glossary-index") { db in
      try db.execute(
        sql: """
          CREATE TABLE source (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('directory', 'file')),
            fingerprint TEXT NOT NULL,
            formCount INTEGER NOT NULL DEFAULT 0,
            updatedAt TEXT NOT NULL
          );
          CREATE TABLE concept (
            id TEXT PRIMARY KEY,
            sourceId INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            note TEXT,
            file TEXT,
            line INTEGER
          );
          CREATE INDEX concept_on_sourceId ON concept(sourceId);
          CREATE TABLE form (
            id INTEGER PRIMARY KEY,
            conceptId TEXT NOT NULL REFERENCES concept(id) ON DELETE CASCADE,
            lang TEXT NOT NULL,
            text TEXT NOT NULL,
            status TEXT NOT NULL
              CHECK (status IN ('preferred', 'admitted', 'deprecated', 'forbidden')),
            replacement TEXT,
            caseKey TEXT NOT NULL,
            foldKey TEXT NOT NULL,
            matchKey TEXT NOT NULL,
            sortedKey TEXT NOT NULL,
            file TEXT,
            line INTEGER
          );
          CREATE INDEX form_on_conceptId ON form(conceptId);
          CREATE INDEX form_on_text ON form(text);
          CREATE INDEX form_on_caseKey ON form(caseKey);
          CREATE INDEX form_on_foldKey ON form(foldKey);
          CREATE INDEX form_on_matchKey ON form(matchKey);
          CREATE INDEX form_on_sortedKey ON form(sortedKey);
          CREATE TABLE keyWord (
            id INTEGER PRIMARY KEY,
            word TEXT NOT NULL UNIQUE,
            length INTEGER NOT NULL,
            formCount INTEGER NOT NULL DEFAULT 0
          );
          CREATE TABLE formWord (
            wordId INTEGER NOT NULL,
            formId INTEGER NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (wordId, formId, position)
          ) WITHOUT ROWID;
          CREATE INDEX formWord_on_formId ON formWord(formId);
          CREATE TABLE wordDelete (
            hash INTEGER NOT NULL,
            wordId INTEGER NOT NULL,
            PRIMARY KEY (hash, wordId)
          ) WITHOUT ROWID;
          CREATE TABLE indexBlob (
            name TEXT PRIMARY KEY,
            data BLOB NOT NULL
          );
          CREATE TRIGGER form_cleanup AFTER DELETE ON form BEGIN
            DELETE FROM formWord WHERE formId = OLD.id;
          END;
          """)
    }
    m.registerMigration("v2-memory") { db in try MemorySchema.create(db) }
    m.registerMigration("v3-configured-sources") { db in
      // Sources the workspace's settings name, as opposed to imported ones.
      try db.execute(sql: "ALTER TABLE source ADD COLUMN configured INTEGER NOT NULL DEFAULT 0")
    }
    m.registerMigration("v4-joined-key") { db in
      // The key with word breaks taken out, for spellings that break
      // words differently (``FormKeys/joinedKey``). A one-word form's is
      // its key; longer forms are keyed again.
      try db.execute(
        sql: """
          ALTER TABLE form ADD COLUMN joinedKey TEXT NOT NULL DEFAULT '';
          UPDATE form SET joinedKey = matchKey;
          """)
      let longer = try Row.fetchAll(
        db, sql: "SELECT id, text FROM form WHERE matchKey LIKE '% %'"
      ).map { ($0[0] as Int64, $0[1] as String) }
      let keys = longer.map(\.1).concurrentMap(ComparisonKey.unbroken)
      let update = try db.makeStatement(sql: "UPDATE form SET joinedKey = ? WHERE id = ?")
      for ((id, _), key) in zip(longer, keys) { try update.execute(arguments: [key, id]) }
      try db.execute(sql: "CREATE INDEX form_on_joinedKey ON form(joinedKey)")
    }
    return m
  }

  /// Counts of what the store holds.
  public typealias Counts = GlossaryCounts

  /// Whether the store holds any concept (one indexed probe, not a count).
  public func hasConcepts() throws(StoreError) -> Bool {
    try read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM concept)") ?? false }
  }

  /// How many sources, concepts, forms and key words the store holds.
  public func counts() throws(StoreError) -> Counts {
    try read { db in
      Counts(
        sources: try Int.fetchOne(db, sql: "SELECT count(*) FROM source") ?? 0,
        concepts: try Int.fetchOne(db, sql: "SELECT count(*) FROM concept") ?? 0,
        forms: try Int.fetchOne(db, sql: "SELECT count(*) FROM form") ?? 0,
        words: try Int.fetchOne(db, sql: "SELECT count(*) FROM keyWord") ?? 0)
    }
  }

  /// What the glossary holds, broken down.
  public typealias Breakdown = GlossaryBreakdown

  public func breakdown() throws(StoreError) -> Breakdown {
    try read { db in
      var kinds: [String: Int] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT kind, count(*) FROM concept GROUP BY kind") {
        kinds[row[0]] = row[1]
      }
      var languages: [String: [String: Int]] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT lang, status, count(*) FROM form GROUP BY lang, status") {
        languages[row[0], default: [:]][row[1]] = row[2]
      }
      return Breakdown(conceptsByKind: kinds, formsByLanguage: languages)
    }
  }

  func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    do {
      return try db.read(body)
    } catch {
      throw wrap(error)
    }
  }

  func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    do {
      return try db.write(body)
    } catch {
      throw wrap(error)
    }
  }

  func wrap(_ error: Error) -> StoreError {
    if let e = error as? StoreError { return e }
    if let e = error as? DatabaseError, e.resultCode == .SQLITE_BUSY { return Self.busy(path, waitTimeout) }
    if let e = error as? DatabaseError, Self.isDamage(e) { return Self.damaged(path, e) }
    if let e = error as? DatabaseError {
      if [.SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN].contains(e.resultCode) {
        return StoreError(
          path: path,
          message: "the store is read-only here (\(e.message ?? "\(e.resultCode)")): reading works, "
            + "writing needs a writable store (--store PATH or SOZ_STORE)")
      }
      if e.resultCode == .SQLITE_FULL {
        return StoreError(
          path: path,
          message: "the disk is full (\(e.message ?? "database or disk is full")): nothing was changed; "
            + "free some space and run the command again")
      }
      return StoreError(path: path, message: "database error: \(e.message ?? "\(e)")")
    }
    return StoreError(path: path, message: "\(error)")
  }
}
