import Foundation
import Matching
import Orthography
import Terminology

/// Where imported units came from.
public struct MemoryOrigin: Hashable, Sendable {
  /// The file as the user named it (findings cite it).
  public var path: String
  /// `tsv`, `csv`, `tmx`, `xliff`…
  public var format: String

  public init(path: String, format: String) {
    self.path = path
    self.format = format
  }
}

/// What one import did.
public struct MemoryImportSummary: Equatable, Sendable {
  /// Units the reader yielded (accepted or not).
  public var read: Int
  /// Units added to the store.
  public var added: Int
  /// Units already in the store (same content), not added again.
  public var duplicates: Int
  /// Units rejected by the reader or the store, with file:line.
  public var rejected: [UnitRejection]

  public init(read: Int, added: Int, duplicates: Int, rejected: [UnitRejection]) {
    self.read = read
    self.added = added
    self.duplicates = duplicates
    self.rejected = rejected
  }
}

/// A stored segment with the unit's other languages.
public struct MemorySegment: Hashable, Sendable {
  public var unitID: Int64
  public var variantID: Int64
  public var tuid: String?
  public var origin: String
  public var line: Int?
  public var language: LanguageTag
  public var text: String
  /// The unit's other variants (language, text), in stored order.
  public var translations: [Translation]

  public struct Translation: Hashable, Sendable {
    public var language: LanguageTag
    public var text: String

    public init(language: LanguageTag, text: String) {
      self.language = language
      self.text = text
    }
  }

  public init(
    unitID: Int64, variantID: Int64, tuid: String?, origin: String, line: Int?,
    language: LanguageTag, text: String, translations: [Translation]
  ) {
    self.unitID = unitID
    self.variantID = variantID
    self.tuid = tuid
    self.origin = origin
    self.line = line
    self.language = language
    self.text = text
    self.translations = translations
  }
}

/// Where a stored segment is: its unit, the unit's origin, and the text.
public struct MemoryPlace: Sendable {
  public var unitID: Int64
  public var tuid: String?
  public var origin: String
  public var line: Int?
  public var language: String
  public var text: String

  public init(unitID: Int64, tuid: String?, origin: String, line: Int?, language: String, text: String) {
    self.unitID = unitID
    self.tuid = tuid
    self.origin = origin
    self.line = line
    self.language = language
    self.text = text
  }
}

/// A storage engine for the translation memory: units, their segments and
/// the word index fuzzy search and concordance read. Two engines implement
/// it — SQLite (`Store`, the default) and PostgreSQL (`PostgresStore`) —
/// each with its own schema and migrations, both holding the same index
/// (Documentation/Memory.md): a vocabulary per language with each word's
/// document frequency, posting lists of ascending segment ids, and every
/// segment's word ids.
///
/// The engine persists and answers probes; it decides nothing about
/// matching. ``MemorySearcher`` (fuzzy search, ranking, region fallback)
/// and concordance run over its ``MemoryIndexReader``; imports hand it
/// units it keys with ``MemoryRows``.
public protocol MemoryStorage: AnyObject, Sendable {
  /// Where the data is (errors name it).
  var location: String { get }

  /// Runs `body` with a reader over one consistent view of the memory.
  func withMemoryReader<T>(_ body: (any MemoryIndexReader) throws -> T) throws(StoreError) -> T

  /// Imports translation units, streaming, in one transaction: if `next`
  /// throws, or the store fails, nothing is written. A unit with fewer
  /// than two languages is rejected (``MemoryRows/problem(_:)``); a unit
  /// already stored (``MemoryRows/hash(_:)``) is a duplicate. An engine
  /// may call `next` on another thread (one call at a time, never after
  /// returning) while `progress` runs on the calling one.
  func importUnits(
    origin: MemoryOrigin, progress: ((Int) -> Void)?,
    next: () throws -> TranslationUnitReading?
  ) throws -> MemoryImportSummary

  /// Streams every unit, in import order, with every annotation, within
  /// one consistent view (nil ends it).
  func readUnits<T>(_ body: (_ next: () throws -> TranslationUnit?) throws -> T) throws -> T

  /// Units, segments, words, language pairs, origins and the date range
  /// (``MemoryStats``), from one consistent view.
  func memoryStats() throws(StoreError) -> MemoryStats

  /// Calls `body` with every unit — its segments' texts and word keys —
  /// in import order, streaming, within one consistent view.
  func forEachMemoryUnit(_ body: (MemoryUnitRecord) throws -> Void) throws

  /// Calls `body` with every (source, translation) pair ordered by
  /// source language, target language, the normalized text of `side`
  /// (bytewise), then unit: rows with one normalized source (or target)
  /// are consecutive. Streams within one consistent view; the engine
  /// sorts (on disk when it must), so memory stays bounded by one group.
  func forEachMemoryPair(groupedBy side: MemoryPairSide, _ body: (MemoryPairRow) throws -> Void) throws

  /// Streams the units that have a segment in `sources` and one in
  /// `targets` (stored tags, e.g. from ``MemorySearcher/languages(answering:)``),
  /// in import order, `batch` at a time, within one consistent view: only
  /// the two texts and the unit id are read. A unit with several segments
  /// in one language gives its first.
  /// - Returns: the number of units streamed.
  @discardableResult
  func readSegmentPairs(
    sources: [LanguageTag], targets: [LanguageTag], batch: Int,
    _ body: ([MemorySegmentPair]) throws -> Void
  ) throws -> Int
}

extension MemoryStorage {
  /// ``readSegmentPairs(sources:targets:batch:_:)`` 8192 units at a time.
  @discardableResult
  public func readSegmentPairs(
    sources: [LanguageTag], targets: [LanguageTag], _ body: ([MemorySegmentPair]) throws -> Void
  ) throws -> Int {
    try readSegmentPairs(sources: sources, targets: targets, batch: 8192, body)
  }

  /// Imports a sequence of units (a convenience over the iterator form).
  public func importUnits(
    _ units: some Sequence<TranslationUnit>, origin: MemoryOrigin
  ) throws -> MemoryImportSummary {
    var iterator = units.makeIterator()
    return try importUnits(origin: origin, progress: nil) { iterator.next().map { .success($0) } }
  }

  /// The memory's words in `language` equal to `prefix` or starting with it.
  public func memoryWords(startingWith prefix: String, language: LanguageTag) throws(StoreError) -> [String] {
    try withMemoryReader { try $0.words(startingWith: prefix, language: language.rawValue) }
  }

  /// The segments in `language` holding any of `words` (word keys), in
  /// import order.
  public func memorySegments(
    containingAnyOf words: [String], language: LanguageTag
  ) throws(StoreError) -> [MemorySegment] {
    try withMemoryReader { reader in
      guard !words.isEmpty else { return [] }
      var ids = Set<UInt32>()
      for list in try reader.postings(language: language.rawValue, words: words) { ids.formUnion(list) }
      return try ids.sorted().map { try reader.segment(Int64($0)) }
    }
  }
}

/// The probes fuzzy search and concordance make, in one consistent view.
/// Ids are the engine's: token ids and segment (variant) ids are below
/// 2³², assigned in import order, identically by every engine.
public protocol MemoryIndexReader {
  /// Every language the memory holds segments in.
  func languages() throws -> [String]
  /// The stored words among `words` in `language`: id, word, document
  /// frequency (the length of its posting list).
  func tokens(language: String, words: [String]) throws -> [(id: UInt32, word: String, df: Int)]
  /// The posting list of token `id`: ascending segment ids.
  func postings(token id: UInt32) throws -> [UInt32]
  /// The posting lists of `words` in `language` (those stored).
  func postings(language: String, words: [String]) throws -> [[UInt32]]
  /// The word ids of segment `id`, in order.
  func wordIDs(variant id: Int64) throws -> [UInt32]
  /// The word ids of several segments at once (one round trip where the
  /// engine is across a network).
  func wordIDs(variants ids: [Int64]) throws -> [(id: Int64, words: [UInt32])]
  /// The text (NFC, as written) and normalized text of segment `id`.
  func texts(variant id: Int64) throws -> (text: String, normalized: String)?
  /// The first segment in `language` of segment `id`'s unit.
  func target(variant id: Int64, language: String) throws -> String?
  /// Segment `id`'s unit, origin and text.
  func place(variant id: Int64) throws -> MemoryPlace
  /// Segment `id` with the unit's other segments.
  func segment(_ id: Int64) throws -> MemorySegment
  /// Every segment in `language` (id, text, normalized), ascending ids.
  func forEachVariant(language: String, _ body: (Int64, String, String) throws -> Void) throws
  /// The words (no occurrence keys) in `language` equal to `prefix` or
  /// starting with it, in code-point order.
  func words(startingWith prefix: String, language: String) throws -> [String]
}
