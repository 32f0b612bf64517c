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

/// What an import writes per unit, identical in every engine: the checks,
/// the content hash, the word keys and their posting keys, annotations as
/// JSON.
public enum MemoryRows {
  /// Units keyed per batch.
  public static let batchSize = 8192

  /// Why a unit cannot be stored, or nil.
  public static func problem(_ unit: TranslationUnit) -> String? {
    let filled = unit.variants.filter { $0.text.utf8.contains { $0 > 0x20 } }
    if filled.count < 2 {
      return "a unit needs segments in at least two languages (found \(filled.count))"
    }
    if Set(filled.map(\.language)).count < 2 {
      return "a unit needs segments in at least two languages (all are \(filled[0].language))"
    }
    return nil
  }

  /// A unit's content hash and each variant's word tokens.
  public struct Keyed: Sendable {
    public var hash: Int64
    public var variants: [[SegmentToken]]
    /// What the store writes per variant, computed with the keys so that
    /// the writer (one thread) only looks words up and binds values.
    public var rows: [VariantRow]
    /// The unit's source language (``sourceLanguage(_:)``) and its TMX
    /// creation and change stamps (`creationdate`, `creationid`,
    /// `changedate`, `changeid`).
    public var source: String
    public var stamps: [String?]
    /// The unit's attributes, properties and notes as JSON.
    public var attributes: String?
    public var properties: String?
    public var notes: String?
  }

  /// A variant's values as the store writes them.
  public struct VariantRow: Sendable {
    /// The keys joined by spaces (column `normalized`).
    public var normalized: String
    /// Each token's posting key: nil for a word's first occurrence in the
    /// segment, `word␁k` for its k-th (``occurrence(_:_:)``).
    public var repeats: [String?]
    /// ``WordHash`` of each key, and of each repeat's posting key (0 for none).
    public var keyHashes: [UInt64]
    public var repeatHashes: [UInt64]
    public var attributes: String?
    public var properties: String?
    public var notes: String?
  }

  /// Keys a batch on every core.
  public static func key(_ units: [TranslationUnit]) -> [Keyed] {
    units.concurrentMap { unit in
      let tokens = unit.variants.map { SegmentTokenizer.tokens(of: $0.text, language: $0.language) }
      return Keyed(
        hash: hash(unit), variants: tokens,
        rows: zip(unit.variants, tokens).map { variant, tokens in
          let keys = tokens.map(\.key)
          var repeats: [String?] = []
          repeats.reserveCapacity(keys.count)
          var repeatHashes: [UInt64] = []
          repeatHashes.reserveCapacity(keys.count)
          for (i, key) in keys.enumerated() {
            // Segments are short: counting earlier equal keys beats a
            // dictionary per segment.
            var k = 1
            for j in 0..<i where keys[j] == key { k += 1 }
            let r = k == 1 ? nil : occurrence(key, k)
            repeats.append(r)
            repeatHashes.append(r.map(WordHash.of) ?? 0)
          }
          return VariantRow(
            normalized: keys.joined(separator: " "), repeats: repeats, keyHashes: keys.map(WordHash.of),
            repeatHashes: repeatHashes, attributes: AnnotationJSON.encode(variant.attributes),
            properties: AnnotationJSON.encode(variant.properties), notes: AnnotationJSON.encode(variant.notes))
        },
        source: sourceLanguage(unit).rawValue,
        stamps: ["creationdate", "creationid", "changedate", "changeid"].map { unit.attribute($0) },
        attributes: AnnotationJSON.encode(unit.attributes), properties: AnnotationJSON.encode(unit.properties),
        notes: AnnotationJSON.encode(unit.notes))
    }
  }

  /// The source language a unit records (`srclang`, else its first).
  public static func sourceLanguage(_ unit: TranslationUnit) -> LanguageTag {
    unit.attribute("srclang").flatMap(LanguageTag.init) ?? unit.variants[0].language
  }

  /// The posting key of the k-th occurrence (k ≥ 2) of `word` in a segment.
  public static func occurrence(_ word: String, _ k: Int) -> String { word + "\u{1}" + String(k) }

  /// The posting keys of a segment's words: the word for its first
  /// occurrence, `word␁k` for its k-th, so that overlaps counted from
  /// postings are multiset intersections.
  public static func postingKeys(_ keys: [String]) -> [String] {
    var occurrences: [String: Int] = [:]
    return keys.map { key in
      let k = (occurrences[key] ?? 0) + 1
      occurrences[key] = k
      return k == 1 ? key : occurrence(key, k)
    }
  }

  /// Everything the unit carries except where it was read.
  public static func hash(_ unit: TranslationUnit) -> Int64 {
    var h = StableHash()
    h.add(unit.id)
    func annotations(_ list: [Annotation]) {
      h.separate(0x1D)
      for a in list {
        h.add(a.name)
        h.add(a.value)
        h.add(a.language)
      }
    }
    annotations(unit.attributes)
    annotations(unit.properties)
    annotations(unit.notes)
    for v in unit.variants {
      h.separate(0x1C)
      h.add(v.language.rawValue)
      h.add(v.text)
      h.add(v.markup)
      annotations(v.attributes)
      annotations(v.properties)
      annotations(v.notes)
    }
    return Int64(bitPattern: h.value)
  }
}

/// Annotations as a compact JSON array (`[{"name":…,"value":…,"lang":…}]`),
/// written by hand: an import encodes millions of them.
public enum AnnotationJSON {
  public static func encode(_ list: [Annotation]) -> String? {
    guard !list.isEmpty else { return nil }
    var out = "["
    for (i, a) in list.enumerated() {
      if i > 0 { out += "," }
      out += "{\"name\":" + TextEscapes.json(a.name) + ",\"value\":" + TextEscapes.json(a.value)
      if let l = a.language { out += ",\"lang\":" + TextEscapes.json(l) }
      out += "}"
    }
    return out + "]"
  }

  public static func decode(_ json: String?) -> [Annotation] {
    guard let json, let data = json.data(using: .utf8),
      let array = try? JSONSerialization.jsonObject(with: data) as? [[String: String]]
    else { return [] }
    return array.map { Annotation(name: $0["name"] ?? "", value: $0["value"] ?? "", language: $0["lang"]) }
  }
}

/// Little-endian UInt32 arrays in blobs (word ids, posting lists).
public enum UInt32Blob {
  public static func encode(_ values: [UInt32]) -> [UInt8] {
    var out = [UInt8](repeating: 0, count: values.count * 4)
    out.withUnsafeMutableBytes { raw in
      for (i, v) in values.enumerated() { raw.storeBytes(of: v.littleEndian, toByteOffset: i * 4, as: UInt32.self) }
    }
    return out
  }

  public static func decode(_ bytes: some Collection<UInt8>) -> [UInt32] {
    Array(bytes).withUnsafeBytes(decode)
  }

  /// ``decode(_:)`` of a blob, read where it lies (no copy first).
  public static func decode(_ data: Data) -> [UInt32] {
    data.withUnsafeBytes(decode)
  }

  /// ``decode(_:)`` of raw bytes.
  public static func decode(_ raw: UnsafeRawBufferPointer) -> [UInt32] {
    let n = raw.count / 4
    return [UInt32](unsafeUninitializedCapacity: n) { out, count in
      for i in 0..<n { out[i] = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)) }
      count = n
    }
  }
}

/// A 64-bit FNV-1a hash, stable across runs and platforms (Swift's own
/// `Hasher` is seeded per process).
public struct StableHash {
  public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  public init() {}

  public mutating func add(_ text: String) {
    for b in text.utf8 {
      value ^= UInt64(b)
      value = value &* 0x100_0000_01b3
    }
    separate()
  }

  public mutating func add(_ text: String?) {
    if let text { add(text) } else { separate(0x1E) }
  }

  public mutating func separate(_ byte: UInt8 = 0x1F) {
    value ^= UInt64(byte)
    value = value &* 0x100_0000_01b3
  }
}

/// FNV-1a over a word's UTF-8, computed where words are keyed (on every
/// core) so that the import's word table (``WordIDTable``) compares bytes
/// only on a hash match.
public enum WordHash {
  public static func of(_ word: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in word.utf8 {
      h ^= UInt64(b)
      h = h &* 0x100_0000_01b3
    }
    return h
  }
}

/// Word → id for one language during an import: open addressing over
/// hashes computed off the writer thread (``WordHash``). Swift's
/// `Dictionary<String, _>` hashes every key again with SipHash on the one
/// thread that writes; here the writer probes and compares.
public struct WordIDTable {
  private var hashes: [UInt64]
  private var ids: [UInt32]
  private var words: [String]
  private var mask: Int
  public private(set) var count = 0

  public init(capacity: Int = 1024) {
    var n = 16
    while n < capacity * 2 { n <<= 1 }
    hashes = Array(repeating: 0, count: n)
    ids = Array(repeating: 0, count: n)
    words = Array(repeating: "", count: n)
    mask = n - 1
  }

  /// The id of `word` (whose ``WordHash`` is `hash`), or nil.
  public func id(_ word: String, hash: UInt64) -> UInt32? {
    var i = Int(truncatingIfNeeded: hash) & mask
    while ids[i] != 0 {
      if hashes[i] == hash, words[i] == word { return ids[i] }
      i = (i + 1) & mask
    }
    return nil
  }

  /// Records `word` → `id` (ids are never 0; the word is not present).
  public mutating func insert(_ word: String, hash: UInt64, id: UInt32) {
    precondition(id != 0)
    if (count + 1) * 2 > hashes.count { grow() }
    var i = Int(truncatingIfNeeded: hash) & mask
    while ids[i] != 0 { i = (i + 1) & mask }
    hashes[i] = hash
    ids[i] = id
    words[i] = word
    count += 1
  }

  private mutating func grow() {
    var bigger = WordIDTable(capacity: hashes.count)
    for i in ids.indices where ids[i] != 0 { bigger.insert(words[i], hash: hashes[i], id: ids[i]) }
    self = bigger
  }
}
