/// The deletion neighbourhood of a word, for typo search (SymSpell).
///
/// Two words within edit distance *k* share a string obtainable from both
/// by at most *k* deletions. Indexing every word's deletions (of its first
/// ``prefixLength`` letters, as SymSpell does, to bound the count) lets a
/// store find all words within distance 2 of a query with one indexed
/// lookup; candidates are then verified with the true distance.
public enum DeletionNeighborhood {
  /// Letters of a word that take part (longer words are cut).
  public static let prefixLength = 7

  /// The most hashes ``hashes(of:maxDeletes:)`` returns for two deletions:
  /// 1 + 7 + 21 strings of a 7-letter prefix.
  public static let maxHashCount = 29

  /// Hashes of the word's prefix and of every string made from it by
  /// deleting 1...`maxDeletes` letters (FNV-1a 64, as Int64 for SQLite).
  public static func hashes(of word: String, maxDeletes: Int = 2) -> Set<Int64> {
    let prefix = Array(word.unicodeScalars.prefix(prefixLength))
    var seen: Set<[Unicode.Scalar]> = [prefix]
    var frontier: [[Unicode.Scalar]] = [prefix]
    for _ in 0..<maxDeletes {
      var next: [[Unicode.Scalar]] = []
      for s in frontier where s.count > 1 {
        for i in s.indices {
          var d = s
          d.remove(at: i)
          if seen.insert(d).inserted { next.append(d) }
        }
      }
      frontier = next
    }
    return Set(seen.map { hash($0) })
  }

  static func hash(_ scalars: [Unicode.Scalar], seed: UInt64 = 0) -> Int64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
    for s in scalars {
      var v = s.value
      for _ in 0..<3 {
        h ^= UInt64(v & 0xff)
        h &*= 0x100_0000_01b3
        v >>= 8
      }
    }
    return Int64(bitPattern: h)
  }
}
