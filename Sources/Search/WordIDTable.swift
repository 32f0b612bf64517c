/// FNV-1a over a word's UTF-8, computed where words are keyed (on every
/// core) so that the import's word table (``WordIDTable``) compares bytes
/// only on a hash match.
public enum WordHash {
  public static func of(_ word: String) -> UInt64 {
    fold(0xcbf2_9ce4_8422_2325, word)
  }

  /// FNV-1a of `text`'s UTF-8 continued from `h` (also ``StableHash``'s
  /// step). A native string's bytes are read where they lie: iterating
  /// `String.UTF8View` decodes index by index, three times slower.
  @inline(__always)
  public static func fold(_ h: UInt64, _ text: String) -> UInt64 {
    var h = h
    let read: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
      for b in bytes {
        h ^= UInt64(b)
        h = h &* 0x100_0000_01b3
      }
    }
    if read == nil {
      for b in text.utf8 {
        h ^= UInt64(b)
        h = h &* 0x100_0000_01b3
      }
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
