import Matching
import Terminology

/// Where a source's concepts came from.
public enum GlossarySourceKind: String, Sendable {
  /// A glossary directory, re-read whenever its fingerprint changes.
  case directory
  /// An imported file; importing the same path again replaces it.
  case file
}

/// What an import did.
public struct GlossaryImportSummary: Equatable, Sendable {
  public var concepts: Int
  public var forms: Int
  /// Whether anything was written (false when the source was current).
  public var changed: Bool

  public init(concepts: Int, forms: Int, changed: Bool) {
    self.concepts = concepts
    self.forms = forms
    self.changed = changed
  }
}

/// One source of the glossary, as `soz glossary sources` lists it.
public struct GlossarySourceInfo: Equatable, Sendable {
  public var path: String
  public var kind: GlossarySourceKind
  /// Whether the workspace's settings name it (synced on every open and
  /// dropped when the settings stop naming it), or it was imported.
  public var configured: Bool
  public var concepts: Int
  public var forms: Int
  public var fingerprint: String
  /// When it was last read into the store (ISO 8601, UTC).
  public var updatedAt: String

  public init(
    path: String, kind: GlossarySourceKind, configured: Bool, concepts: Int, forms: Int,
    fingerprint: String, updatedAt: String
  ) {
    self.path = path
    self.kind = kind
    self.configured = configured
    self.concepts = concepts
    self.forms = forms
    self.fingerprint = fingerprint
    self.updatedAt = updatedAt
  }
}

/// A storage engine for the glossary: where its sources, lookup index and
/// compiled image live. Two engines implement it — SQLite (the `Store`
/// module, embedded, the default) and PostgreSQL (`PostgresStore`, for a
/// newsroom's shared server) — each with its own schema and migrations.
///
/// The engine persists and answers index probes; it decides nothing about
/// matching. Lookups run ``GlossarySearch`` over the engine's
/// ``GlossaryIndexReader``; lint reads the compiled image; imports hand the
/// engine a parsed ``Glossary`` whose keys it stores as ``FormKeys``
/// computes them.
public protocol GlossaryStorage: AnyObject, Sendable {
  /// Where the data is: a file path, or a `postgres://` address without
  /// its password. Errors name it.
  var location: String { get }

  /// Everything a lookup reads, in one read (``InMemoryGlossaryIndex``).
  func indexContents() throws(StoreError) -> GlossaryIndexContents

  /// Runs `body` with a reader over one consistent view of the index.
  func withIndexReader<T>(_ body: (any GlossaryIndexReader) throws -> T) throws(StoreError) -> T

  /// Whether the glossary holds any concept.
  func hasConcepts() throws(StoreError) -> Bool

  /// The fingerprint recorded for source `path`, if there is one.
  func fingerprint(ofSource path: String) throws(StoreError) -> String?

  /// Replaces the concepts of source `path` with `glossary`, atomically.
  /// - Throws: ``StoreError``, e.g. when a concept id already belongs to
  ///   another source.
  @discardableResult
  func replaceSource(
    path: String, kind: GlossarySourceKind, fingerprint: String, glossary: Glossary,
    configured: Bool
  ) throws(StoreError) -> GlossaryImportSummary

  /// Drops a source and its concepts; false when there is none at `path`.
  @discardableResult
  func removeSource(path: String) throws(StoreError) -> Bool

  /// Every source, in the order they were added.
  func sourceInfos() throws(StoreError) -> [GlossarySourceInfo]

  /// How many sources, concepts, forms and key words the glossary holds.
  func counts() throws(StoreError) -> GlossaryCounts

  /// Concepts per kind, forms per language and status.
  func breakdown() throws(StoreError) -> GlossaryBreakdown

  /// Every concept with its forms (export), in import order.
  func allConcepts() throws(StoreError) -> Glossary

  /// Every concept with, per form, its key words as stored (a compile).
  func conceptsWithKeyWords() throws(StoreError) -> (Glossary, [[[String]]])

  /// What the glossary consists of now; any import, sync or removal — by
  /// this process or another — changes it. Caches of the glossary (the
  /// compiled image a server holds) are keyed by it.
  func glossaryFingerprint() throws(StoreError) -> String

  /// The compiled image stored for `fingerprint`, if current.
  func openCompiled(fingerprint: String) -> CompiledGlossary?

  /// Keeps a compiled image for the next reader; false when it cannot.
  @discardableResult
  func saveCompiled(_ bytes: [UInt8]) -> Bool
}

extension GlossaryStorage {
  /// Finds the concepts `query` may mean (``GlossarySearch/lookup(_:limit:)``
  /// over this engine).
  public func lookup(_ query: String, limit: Int = 5) throws(StoreError) -> LookupResult {
    let location = location
    return try withIndexReader { reader in
      do {
        return try GlossarySearch(reader: reader).lookup(query, limit: limit)
      } catch let e as StoreError {
        throw e
      } catch {
        throw StoreError(path: location, message: "\(error)")
      }
    }
  }

  /// Replaces source `path` (not a configured one).
  @discardableResult
  public func replaceSource(
    path: String, kind: GlossarySourceKind, fingerprint: String, glossary: Glossary
  ) throws(StoreError) -> GlossaryImportSummary {
    try replaceSource(
      path: path, kind: kind, fingerprint: fingerprint, glossary: glossary, configured: false)
  }
}

/// What an import writes per form besides the form itself: its indexed
/// words (key words at their positions, typed-spelling words from
/// ``FormKeys/surfacePositionBase``), identical in every engine.
public enum GlossaryIndexRows {
  /// (position, word) for every word `keys` indexes.
  public static func indexedWords(_ keys: FormKeys) -> [(position: Int, word: String)] {
    keys.words.enumerated().map { ($0.offset, $0.element) }
      + keys.surfaceWords.enumerated().map {
        ($0.offset + FormKeys.surfacePositionBase, $0.element)
      }
  }

  /// The deletion-neighbourhood hashes of a new word.
  public static func deletionHashes(_ word: String) -> [Int64] {
    DeletionNeighborhood.hashes(of: word).sorted()
  }
}
