import Foundation
import GRDB
import Matching
import Orthography
import Terminology

/// The store's key words and posting lists in memory, for runs of many
/// lookups (batch mode): the typo search then reads only deletion hashes
/// and the chosen forms from SQLite.
///
/// Import writes the table as one blob (`indexBlob` row `keyWords`), so a
/// batch run loads 300 000 words with one read instead of 300 000 rows:
/// per word id a little-endian UInt32 form count, a UInt8 length and that
/// many UInt32 code points; ids without a word have length 0.
public final class WordTable: Sendable {
  private let scalars: [UInt32]
  private let offsets: [Int32]
  private let formCounts: [Int32]
  /// Posting lists per word id (blob `postings`, CSR).
  private let postingStarts: [Int32]
  private let postingForms: [Int64]

  private init(
    scalars: [UInt32], offsets: [Int32], formCounts: [Int32], postingStarts: [Int32] = [],
    postingForms: [Int64] = []
  ) {
    self.scalars = scalars
    self.offsets = offsets
    self.formCounts = formCounts
    self.postingStarts = postingStarts
    self.postingForms = postingForms
  }

  var hasPostings: Bool { !postingStarts.isEmpty }

  /// The forms holding word `id`, ascending.
  func postings(_ id: Int64) -> ArraySlice<Int64> {
    guard id >= 0, Int(id) + 1 < postingStarts.count else { return [] }
    let lo = Int(postingStarts[Int(id)])
    let hi = Int(postingStarts[Int(id) + 1])
    return postingForms[lo..<hi]
  }

  func entry(_ id: Int64) -> (word: ScalarWord, formCount: Int)? {
    guard id >= 0, Int(id) + 1 < offsets.count else { return nil }
    let lo = Int(offsets[Int(id)])
    let hi = Int(offsets[Int(id) + 1])
    guard hi > lo else { return nil }
    return (ScalarWord(scalars: Array(scalars[lo..<hi])), Int(formCounts[Int(id)]))
  }

  static let blobName = "keyWords"

  /// Writes the blob from the `keyWord` table.
  static func store(_ db: Database) throws {
    var data = [UInt8]()
    func put32(_ v: UInt32) {
      data.append(UInt8(v & 0xff))
      data.append(UInt8((v >> 8) & 0xff))
      data.append(UInt8((v >> 16) & 0xff))
      data.append(UInt8(v >> 24))
    }
    var next: Int64 = 0
    let rows = try Row.fetchCursor(db, sql: "SELECT id, word, formCount FROM keyWord ORDER BY id")
    while let row = try rows.next() {
      let id: Int64 = row[0]
      while next < id {
        put32(0)
        data.append(0)
        next += 1
      }
      let word = Array((row[1] as String).unicodeScalars.prefix(255))
      put32(UInt32(truncatingIfNeeded: row[2] as Int))
      data.append(UInt8(word.count))
      for s in word { put32(s.value) }
      next = id + 1
    }
    try db.execute(
      sql: "INSERT OR REPLACE INTO indexBlob (name, data) VALUES (?, ?)",
      arguments: [blobName, Data(data)])
    try storePostings(db, maxID: next)
  }

  /// Posting lists: Int32 count of word ids, their start offsets (count +
  /// 1 Int32s), then the form ids (Int32), each list ascending and distinct.
  static func storePostings(_ db: Database, maxID: Int64) throws {
    let n = Int(maxID)
    var lists = [[Int32]](repeating: [], count: n)
    let rows = try Row.fetchCursor(db, sql: "SELECT DISTINCT wordId, formId FROM formWord ORDER BY wordId, formId")
    while let row = try rows.next() {
      let w = Int(row[0] as Int64)
      let f = row[1] as Int64
      guard w < n, f <= Int64(Int32.max) else { return }  // too large: lookups use SQL
      lists[w].append(Int32(f))
    }
    var data = Data()
    func put(_ v: Int32) {
      var x = v.littleEndian
      withUnsafeBytes(of: &x) { data.append(contentsOf: $0) }
    }
    put(Int32(n))
    var start: Int32 = 0
    for l in lists {
      put(start)
      start += Int32(l.count)
    }
    put(start)
    for l in lists { for f in l { put(f) } }
    try db.execute(
      sql: "INSERT OR REPLACE INTO indexBlob (name, data) VALUES ('postings', ?)", arguments: [data])
  }

  /// Reads the blob back.
  static func load(_ db: Database) throws -> WordTable? {
    guard
      let data = try Data.fetchOne(
        db, sql: "SELECT data FROM indexBlob WHERE name = ?", arguments: [blobName])
    else { return nil }
    var scalars: [UInt32] = []
    scalars.reserveCapacity(data.count / 4)
    var offsets: [Int32] = [0]
    var counts: [Int32] = []
    data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
      var i = 0
      func get32() -> UInt32 {
        let v = raw.loadUnaligned(fromByteOffset: i, as: UInt32.self)
        i += 4
        return UInt32(littleEndian: v)
      }
      while i + 5 <= raw.count {
        counts.append(Int32(bitPattern: get32()))
        let n = Int(raw[i])
        i += 1
        for _ in 0..<n { scalars.append(get32()) }
        offsets.append(Int32(scalars.count))
      }
    }
    var starts: [Int32] = []
    var forms: [Int64] = []
    if let p = try Data.fetchOne(db, sql: "SELECT data FROM indexBlob WHERE name = 'postings'"), p.count >= 4 {
      p.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
        func get(_ i: Int) -> Int32 { Int32(littleEndian: raw.loadUnaligned(fromByteOffset: i * 4, as: Int32.self)) }
        let n = Int(get(0))
        guard raw.count >= (n + 2) * 4 else { return }
        starts = (0...n).map { get(1 + $0) }
        let total = Int(starts.last ?? 0)
        guard raw.count >= (n + 2 + total) * 4 else {
          starts = []
          return
        }
        forms = (0..<total).map { Int64(get(n + 2 + $0)) }
      }
    }
    return WordTable(
      scalars: scalars, offsets: offsets, formCounts: counts, postingStarts: starts,
      postingForms: forms)
  }
}

extension GlossaryStore {
  /// Reads every key word into memory from the blob import wrote.
  public func loadWordTable() throws(StoreError) -> WordTable {
    try read { db in
      guard let table = try WordTable.load(db) else {
        throw StoreError(path: path, message: "the store has no word table; import again")
      }
      return table
    }
  }
}
