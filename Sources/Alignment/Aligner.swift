import Foundation
import Orthography

/// Groups spellings that are variants of one name (issue 6).
///
/// 1. **Profiles**: each distinct spelling's comparison-key words
///    (`Orthography.ComparisonKey`, which already maps Cyrillic, Kazakh
///    Latin, Azerbaijani, Turkish and English romanizations onto one Latin
///    pivot), split into name words and generic classes (``HeadWords``).
/// 2. **Blocking**: spellings sharing a full key, a sorted-word key, a
///    consonant skeleton (or one of its one-deletion neighbours) or, for
///    multiword names, a word skeleton become candidate pairs. A block
///    larger than ``blockLimit`` is compared by sorted neighbourhood (each
///    member with the next ``window`` in key order), so the work stays
///    linear in the number of forms.
/// 3. **Scoring** (`PairScorer`): ``VariantDistance`` on key words, word
///    alignment for multiword names (order-insensitive, words run together
///    when split differently), and hard negatives.
/// 4. **Clustering**: candidate pairs at the merge threshold, best first,
///    join two clusters only when no cross pair is a hard negative, the
///    mean cross-pair score reaches ``AlignmentThresholds/average`` and the
///    worst reaches ``AlignmentThresholds/floor`` (average linkage with a
///    complete-linkage floor: precision first, no chaining).
///
/// The result depends only on the set of forms, not their order.
public struct Aligner: Sendable {
  public var thresholds: AlignmentThresholds
  public let keys: KeyCache
  /// Blocks up to this size are compared all pairs.
  public var blockLimit = 48
  /// Sorted-neighbourhood window in larger blocks.
  public var window = 8
  /// Two clusters whose cross pairs exceed this count are not merged.
  public var maxCrossPairs = 4096

  public init(thresholds: AlignmentThresholds = .standard, keys: KeyCache = KeyCache()) {
    self.thresholds = thresholds
    self.keys = keys
  }

  /// The verdict on two spellings, with its reason (for tests and `--explain`).
  public func verdict(_ a: String, _ b: String) -> PairVerdict {
    PairScorer(thresholds: thresholds).score(profile(a), profile(b))
  }

  func profile(_ text: String) -> NameProfile {
    NameProfile(keyWords: keys.words(of: Normalizer.nfc(text)))
  }

  /// Clusters `forms`; every form lands in exactly one cluster. Clusters
  /// are sorted inside (by text, then language) and ordered by their first
  /// form. Spellings with one text are always together.
  public func cluster(_ forms: [NameForm]) -> [[NameForm]] {
    let unique = Array(Set(forms.map { NameForm(text: Normalizer.nfc($0.text), language: $0.language) })).sorted()
    var texts: [String] = []
    var textIndex: [String: Int] = [:]
    for f in unique where textIndex[f.text] == nil {
      textIndex[f.text] = texts.count
      texts.append(f.text)
    }
    let groups = clusterTexts(texts)
    var byText: [String: [NameForm]] = [:]
    for f in unique { byText[f.text, default: []].append(f) }
    return groups.map { g in g.flatMap { byText[texts[$0]] ?? [] }.sorted() }
      .sorted { $0[0] < $1[0] }
  }

  /// Clusters distinct texts (sorted); returns groups of indexes.
  func clusterTexts(_ texts: [String]) -> [[Int]] {
    keys.warm(texts)
    let keys = self.keys
    let profiles = texts.concurrentMap { NameProfile(keyWords: keys.words(of: $0)) }
    let pairs = candidatePairs(profiles)
    let scorer = PairScorer(thresholds: thresholds)
    let chunked = stride(from: 0, to: pairs.count, by: 4096).map { $0..<min(pairs.count, $0 + 4096) }
    let verdicts: [[PairVerdict]] = chunked.concurrentMap { range in
      range.map { k in
        let (i, j) = Aligner.unpack(pairs[k])
        return scorer.score(profiles[i], profiles[j])
      }
    }
    var known: [UInt64: PairVerdict] = [:]
    var edges: [(UInt64, Double)] = []
    for (c, range) in chunked.enumerated() {
      for (offset, k) in range.enumerated() {
        let v = verdicts[c][offset]
        if v.negative || v.score >= thresholds.floor { known[pairs[k]] = v }
        if !v.negative, v.score >= thresholds.merge { edges.append((pairs[k], v.score)) }
      }
    }
    edges.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
    var sets = UnionFind(profiles.count)
    var members: [Int: [Int]] = [:]
    for (pair, _) in edges {
      let (i, j) = Aligner.unpack(pair)
      let ri = sets.find(i)
      let rj = sets.find(j)
      if ri == rj { continue }
      let a = members[ri] ?? [i]
      let b = members[rj] ?? [j]
      guard a.count * b.count <= maxCrossPairs else { continue }
      var total = 0.0
      var ok = true
      outer: for x in a {
        for y in b {
          let key = Aligner.pack(x, y)
          let v = known[key] ?? scorer.score(profiles[min(x, y)], profiles[max(x, y)])
          if v.negative || v.score < thresholds.floor {
            ok = false
            break outer
          }
          total += v.score
        }
      }
      guard ok, total / Double(a.count * b.count) >= thresholds.average else { continue }
      let root = sets.union(i, j)
      members[ri] = nil
      members[rj] = nil
      members[root] = a + b
    }
    return sets.groups()
  }

  /// Candidate pairs (packed, unique, sorted) from the blocking keys.
  func candidatePairs(_ profiles: [NameProfile]) -> [UInt64] {
    let keyLists = profiles.concurrentMap { $0.blockingKeys }
    var blocks: [String: [Int32]] = [:]
    for (i, list) in keyLists.enumerated() {
      for k in Set(list) { blocks[k, default: []].append(Int32(i)) }
    }
    let lists = Array(blocks.values.filter { $0.count > 1 })
    let limit = blockLimit
    let window = self.window
    let found: [[UInt64]] = lists.concurrentMap { block in
      var out: [UInt64] = []
      if block.count <= limit {
        for x in 0..<block.count {
          for y in (x + 1)..<block.count { out.append(Aligner.pack(Int(block[x]), Int(block[y]))) }
        }
      } else {
        let ordered = block.sorted { (profiles[Int($0)].key, $0) < (profiles[Int($1)].key, $1) }
        for x in 0..<ordered.count {
          for y in (x + 1)..<min(ordered.count, x + 1 + window) {
            out.append(Aligner.pack(Int(ordered[x]), Int(ordered[y])))
          }
        }
      }
      return out
    }
    var all = found.flatMap { $0 }
    all.sort()
    var unique: [UInt64] = []
    unique.reserveCapacity(all.count)
    for p in all where unique.last != p { unique.append(p) }
    return unique
  }

  static func pack(_ a: Int, _ b: Int) -> UInt64 {
    let (lo, hi) = a < b ? (a, b) : (b, a)
    return UInt64(lo) << 32 | UInt64(hi)
  }

  static func unpack(_ p: UInt64) -> (Int, Int) { (Int(p >> 32), Int(p & 0xFFFF_FFFF)) }
}
