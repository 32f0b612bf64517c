import Foundation
import Matching
import Orthography
import Terminology

/// What an import writes per unit, identical in every engine: the checks,
/// the content hash, the word keys and their posting keys, annotations as
/// JSON.
public enum MemoryRows {
  /// Units keyed per batch.
  public static let batchSize = 8192

  /// Why a unit cannot be stored, or nil.
  ///
  /// Counted without building arrays or sets: it runs on the import's
  /// writing thread, once per unit.
  public static func problem(_ unit: TranslationUnit) -> String? {
    var filled = 0
    var first: LanguageTag?
    var mixed = false
    for variant in unit.variants where variant.text.utf8.contains(where: { $0 > 0x20 }) {
      filled += 1
      if let first { mixed = mixed || variant.language != first } else { first = variant.language }
    }
    if filled < 2 {
      return "a unit needs segments in at least two languages (found \(filled))"
    }
    if !mixed, let first {
      return "a unit needs segments in at least two languages (all are \(first))"
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
          let hashes = keys.map(WordHash.of)
          let repeats = repeatKeys(keys, hashes: hashes)
          return VariantRow(
            normalized: keys.joined(separator: " "), repeats: repeats, keyHashes: hashes,
            repeatHashes: repeats.map { $0.map(WordHash.of) ?? 0 }, attributes: AnnotationJSON.encode(variant.attributes),
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
    zip(keys, repeatKeys(keys)).map { $1 ?? $0 }
  }

  /// Each word's posting key when it repeats an earlier word of the
  /// segment (`word␁k` for its k-th occurrence), nil for a first one.
  /// Segments are short: counting earlier equal keys beats a dictionary
  /// per segment.
  public static func repeatKeys(_ keys: [String]) -> [String?] {
    keys.indices.map { i in
      var k = 1
      for j in 0..<i where keys[j] == keys[i] { k += 1 }
      return k == 1 ? nil : occurrence(keys[i], k)
    }
  }

  /// ``repeatKeys(_:)`` of keys whose ``WordHash``es are `hashes`: the
  /// same result, with strings compared only when their hashes are equal
  /// (the import keys 40 000 000 words; comparing every earlier word of
  /// the segment as a string was a fifth of keying).
  public static func repeatKeys(_ keys: [String], hashes: [UInt64]) -> [String?] {
    keys.indices.map { i in
      var k = 1
      for j in 0..<i where hashes[j] == hashes[i] && keys[j] == keys[i] { k += 1 }
      return k == 1 ? nil : occurrence(keys[i], k)
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
    value = WordHash.fold(value, text)
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
