import Orthography

/// How many sources, concepts, forms and key words the glossary holds
/// (`soz glossary stats`).
public struct GlossaryCounts: Equatable, Sendable {
  public var sources: Int
  public var concepts: Int
  public var forms: Int
  public var words: Int

  public init(sources: Int, concepts: Int, forms: Int, words: Int) {
    self.sources = sources
    self.concepts = concepts
    self.forms = forms
    self.words = words
  }
}

/// What the glossary holds, broken down: concepts per kind, forms per
/// language and status (`soz glossary stats`).
public struct GlossaryBreakdown: Equatable, Sendable {
  public var conceptsByKind: [String: Int]
  public var formsByLanguage: [String: [String: Int]]

  public init(conceptsByKind: [String: Int], formsByLanguage: [String: [String: Int]]) {
    self.conceptsByKind = conceptsByKind
    self.formsByLanguage = formsByLanguage
  }
}

/// What the memory holds (`soz tm stats`). Every engine orders pairs by
/// units (most first), then source and target language, and origins by
/// path — texts compared bytewise (code-point order), whatever the
/// database's collation.
public struct MemoryStats: Equatable, Sendable {
  public struct Pair: Equatable, Sendable {
    public var source: String
    public var target: String
    public var units: Int

    public init(source: String, target: String, units: Int) {
      self.source = source
      self.target = target
      self.units = units
    }
  }
  public struct Origin: Equatable, Sendable {
    public var path: String
    public var format: String
    public var units: Int
    public var duplicates: Int
    public var rejected: Int
    public var importedAt: String

    public init(path: String, format: String, units: Int, duplicates: Int, rejected: Int, importedAt: String) {
      self.path = path
      self.format = format
      self.units = units
      self.duplicates = duplicates
      self.rejected = rejected
      self.importedAt = importedAt
    }
  }
  public var units: Int
  public var segments: Int
  /// Distinct words per language (occurrence keys not counted).
  public var words: Int
  public var pairs: [Pair]
  public var origins: [Origin]
  /// The earliest and latest creation or change date the units carry.
  public var firstDate: String?
  public var lastDate: String?

  public init(
    units: Int, segments: Int, words: Int, pairs: [Pair], origins: [Origin], firstDate: String?,
    lastDate: String?
  ) {
    self.units = units
    self.segments = segments
    self.words = words
    self.pairs = pairs
    self.origins = origins
    self.firstDate = firstDate
    self.lastDate = lastDate
  }
}

/// A stored unit, for consistency checks (`soz check`).
public struct MemoryUnitRecord: Sendable {
  public var unitID: Int64
  public var tuid: String?
  public var origin: String
  public var line: Int?
  public var sourceLanguage: LanguageTag
  public var variants: [Variant]

  public struct Variant: Sendable {
    public var language: LanguageTag
    public var text: String
    /// Word keys joined by spaces.
    public var normalized: String

    public init(language: LanguageTag, text: String, normalized: String) {
      self.language = language
      self.text = text
      self.normalized = normalized
    }
  }

  public init(
    unitID: Int64, tuid: String?, origin: String, line: Int?, sourceLanguage: LanguageTag,
    variants: [Variant]
  ) {
    self.unitID = unitID
    self.tuid = tuid
    self.origin = origin
    self.line = line
    self.sourceLanguage = sourceLanguage
    self.variants = variants
  }
}

/// Which side consecutive rows share in
/// ``MemoryStorage/forEachMemoryPair(groupedBy:_:)``.
public enum MemoryPairSide: Sendable { case source, target }

/// A source segment and one of its translations, for consistency checks.
public struct MemoryPairRow: Sendable {
  public var unitID: Int64
  public var tuid: String?
  public var origin: String
  public var line: Int?
  public var sourceLanguage: LanguageTag
  public var targetLanguage: LanguageTag
  public var source: String
  public var sourceNormalized: String
  public var target: String
  public var targetNormalized: String

  public init(
    unitID: Int64, tuid: String?, origin: String, line: Int?, sourceLanguage: LanguageTag,
    targetLanguage: LanguageTag, source: String, sourceNormalized: String, target: String,
    targetNormalized: String
  ) {
    self.unitID = unitID
    self.tuid = tuid
    self.origin = origin
    self.line = line
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
    self.source = source
    self.sourceNormalized = sourceNormalized
    self.target = target
    self.targetNormalized = targetNormalized
  }
}

/// One unit of the memory reduced to a language pair (`soz align --memory`).
public struct MemorySegmentPair: Sendable {
  /// The unit's tuid, or its number in the store when it has none.
  public var unitID: String
  public var source: String
  public var target: String

  public init(unitID: String, source: String, target: String) {
    self.unitID = unitID
    self.source = source
    self.target = target
  }
}

/// The store's health (`soz doctor`), in one shape for every engine.
///
/// SQLite: `PRAGMA integrity_check`, the journal mode, the migrations
/// applied to the file, rows per table. PostgreSQL: the server answered
/// and the database is fit for Söz (UTF-8, every index valid) — the pages
/// themselves are the server's to check (`pg_amcheck`) —, the journal is
/// the server's write-ahead log (with its version), the migrations
/// recorded in `soz_migration`, rows per table under PostgreSQL's names.
public struct StoreHealth: Equatable, Sendable {
  /// What is wrong, or `["ok"]` when healthy.
  public var integrity: [String]
  /// Migrations applied to the store, in order.
  public var appliedMigrations: [String]
  /// Migrations this build knows.
  public var knownMigrations: [String]
  /// Rows per table.
  public var counts: [(table: String, rows: Int)]
  public var journalMode: String

  public init(
    integrity: [String], appliedMigrations: [String], knownMigrations: [String],
    counts: [(table: String, rows: Int)], journalMode: String
  ) {
    self.integrity = integrity
    self.appliedMigrations = appliedMigrations
    self.knownMigrations = knownMigrations
    self.counts = counts
    self.journalMode = journalMode
  }

  public var isHealthy: Bool {
    integrity == ["ok"] && appliedMigrations == knownMigrations
  }

  public static func == (a: StoreHealth, b: StoreHealth) -> Bool {
    a.integrity == b.integrity && a.appliedMigrations == b.appliedMigrations
      && a.knownMigrations == b.knownMigrations && a.counts.map(\.table) == b.counts.map(\.table)
      && a.counts.map(\.rows) == b.counts.map(\.rows) && a.journalMode == b.journalMode
  }
}

/// A store that can say how it is (`soz doctor`): both engines.
public protocol StoreDiagnostics: AnyObject, Sendable {
  /// Checks the store as its engine can (``StoreHealth``).
  func health() throws(StoreError) -> StoreHealth
}
