import Foundation
import Orthography
import PostgresNIO
import Search

/// The PostgreSQL engine's answers to the memory's index probes, in one
/// read-only snapshot.
struct PostgresMemoryReader: MemoryIndexReader {
  let c: PostgresConnection

  func languages() throws -> [String] {
    try c.rows("SELECT DISTINCT lang FROM tm_token").map { try $0.decode(String.self) }
  }

  func tokens(language: String, words: [String]) throws -> [(id: UInt32, word: String, df: Int)] {
    guard !words.isEmpty else { return [] }
    return try c.rows(
      "SELECT id, word, df FROM tm_token WHERE lang = $1 AND word = ANY($2)", binds(language, words)
    ).map {
      let (id, word, df) = try $0.decode((Int64, String, Int32).self)
      return (UInt32(id), word, Int(df))
    }
  }

  private func blobs(_ rows: [PostgresRow]) throws -> [UInt32] {
    var out: [UInt32] = []
    for row in rows { out += UInt32Blob.decode([UInt8](buffer: try row.decode(NIOCore.ByteBuffer.self))) }
    return out
  }

  func postings(token id: UInt32) throws -> [UInt32] {
    try blobs(
      c.rows(
        "SELECT postings FROM tm_posting WHERE token_id = $1 ORDER BY first_variant",
        binds(Int64(id))))
  }

  func postings(language: String, words: [String]) throws -> [[UInt32]] {
    guard !words.isEmpty else { return [] }
    return [
      try blobs(
        c.rows(
          """
          SELECT p.postings FROM tm_token t JOIN tm_posting p ON p.token_id = t.id
          WHERE t.lang = $1 AND t.word = ANY($2)
          """, binds(language, words)))
    ]
  }

  func wordIDs(variant id: Int64) throws -> [UInt32] {
    try blobs(c.rows("SELECT words FROM tm_variant WHERE id = $1", binds(id)))
  }

  func wordIDs(variants ids: [Int64]) throws -> [(id: Int64, words: [UInt32])] {
    guard !ids.isEmpty else { return [] }
    return try c.rows("SELECT id, words FROM tm_variant WHERE id = ANY($1)", binds(ids)).map {
      let (id, words) = try $0.decode((Int64, NIOCore.ByteBuffer).self)
      return (id, UInt32Blob.decode([UInt8](buffer: words)))
    }
  }

  func texts(variant id: Int64) throws -> (text: String, normalized: String)? {
    try c.rows("SELECT text, normalized FROM tm_variant WHERE id = $1", binds(id)).first.map {
      try $0.decode((String, String).self)
    }
  }

  func target(variant id: Int64, language: String) throws -> String? {
    try c.rows(
      """
      SELECT t.text FROM tm_variant s JOIN tm_variant t ON t.unit_id = s.unit_id AND t.lang = $1
      WHERE s.id = $2 ORDER BY t.id LIMIT 1
      """, binds(language, id)
    ).first?.decode(String.self)
  }

  func place(variant id: Int64) throws -> MemoryPlace {
    guard
      let row = try c.rows(
        """
        SELECT u.id, u.tuid, o.path, u.line, v.lang, v.text FROM tm_variant v
        JOIN tm_unit u ON u.id = v.unit_id JOIN tm_origin o ON o.id = u.origin_id WHERE v.id = $1
        """, binds(id)
      ).first
    else { throw StoreError(path: "tm_variant", message: "no segment \(id)") }
    let (unit, tuid, origin, line, lang, text) = try row.decode(
      (Int64, String?, String, Int32?, String, String).self)
    return MemoryPlace(
      unitID: unit, tuid: tuid, origin: origin, line: line.map(Int.init), language: lang, text: text)
  }

  func segment(_ id: Int64) throws -> MemorySegment {
    let p = try place(variant: id)
    let others = try c.rows(
      "SELECT lang, text FROM tm_variant WHERE unit_id = $1 AND id <> $2 ORDER BY id",
      binds(p.unitID, id)
    ).map { try $0.decode((String, String).self) }
    return MemorySegment(
      unitID: p.unitID, variantID: id, tuid: p.tuid, origin: p.origin, line: p.line,
      language: LanguageTag(p.language) ?? .en, text: p.text,
      translations: others.map { MemorySegment.Translation(language: LanguageTag($0.0) ?? .en, text: $0.1) })
  }

  func forEachVariant(language: String, _ body: (Int64, String, String) throws -> Void) throws {
    for row in try c.rows(
      "SELECT id, text, normalized FROM tm_variant WHERE lang = $1 ORDER BY id", binds(language))
    {
      let (id, text, normalized) = try row.decode((Int64, String, String).self)
      try body(id, text, normalized)
    }
  }

  func words(startingWith prefix: String, language: String) throws -> [String] {
    try c.rows(
      """
      SELECT word FROM tm_token WHERE lang = $1 AND word >= $2 AND word < $3
        AND strpos(word, chr(1)) = 0
      ORDER BY word
      """, binds(language, prefix, prefix + "\u{10FFFF}")
    ).map { try $0.decode(String.self) }
  }
}
