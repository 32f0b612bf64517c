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
  public var blockLimit = 16
  /// Sorted-neighbourhood window in larger blocks.
  public var window = 4
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
    let clock = Trace()
    let unique = Array(Set(forms.map { NameForm(text: Normalizer.nfc($0.text), language: $0.language) })).sorted()
    var texts: [String] = []
    var formsOfText: [[NameForm]] = []
    for f in unique {
      if texts.last == f.text {
        formsOfText[formsOfText.count - 1].append(f)
      } else {
        texts.append(f.text)
        formsOfText.append([f])
      }
    }
    clock.mark("read \(texts.count) distinct texts")
    let groups = clusterTexts(texts)
    // Texts are sorted and groups list sorted indexes, ordered by their
    // first: the clusters come out sorted without comparing strings again.
    let result = groups.map { g in g.flatMap { formsOfText[$0] } }
    clock.mark("clusters sorted")
    return result
  }

  /// Clusters distinct texts (sorted); returns groups of indexes.
  func clusterTexts(_ texts: [String]) -> [[Int]] {
    let clock = Trace()
    keys.warm(texts)
    clock.mark("keys")
    let keys = self.keys
    let profiles = texts.concurrentMap { NameProfile(keyWords: keys.words(of: $0)) }
    clock.mark("profiles")
    let pairs = candidatePairs(profiles)
    clock.mark("pairs \(pairs.count)")
    let scorer = PairScorer(thresholds: thresholds)
    let floor = thresholds.floor
    let chunked = stride(from: 0, to: pairs.count, by: 4096).map { $0..<min(pairs.count, $0 + 4096) }
    // Only pairs that can matter are kept: negatives and scores at the floor or better.
    let kept: [[(UInt64, PairVerdict)]] = chunked.concurrentMap { range in
      var out: [(UInt64, PairVerdict)] = []
      for k in range {
        let (i, j) = Aligner.unpack(pairs[k])
        let v = scorer.score(profiles[i], profiles[j])
        if v.negative || v.score >= floor { out.append((pairs[k], v)) }
      }
      return out
    }
    var known: [UInt64: PairVerdict] = [:]
    var edges: [(UInt64, Double)] = []
    for chunk in kept {
      for (pair, v) in chunk {
        known[pair] = v
        if !v.negative, v.score >= thresholds.merge { edges.append((pair, v.score)) }
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
    clock.mark("merged")
    return sets.groups()
  }

  /// Candidate pairs (packed, unique, sorted) from the blocking keys.
  ///
  /// Keys are hashed (FNV-1a, 64 bits: stable across runs) and sorted with
  /// their form's index, so a block is a run of equal hashes; no
  /// dictionary of strings is built.
  func candidatePairs(_ profiles: [NameProfile]) -> [UInt64] {
    var frequency: [String: Int] = [:]
    for p in profiles where p.words.count > 1 {
      for w in Set(p.nameWords) { frequency[w, default: 0] += 1 }
    }
    let df = frequency
    let hashed: [[UInt64]] = profiles.concurrentMap { p in
      Array(Set(p.blockingKeys(frequency: df).map(Aligner.fnv1a)))
    }
    var entries: [(UInt64, Int32)] = []
    entries.reserveCapacity(hashed.reduce(0) { $0 + $1.count })
    for (i, list) in hashed.enumerated() {
      for h in list { entries.append((h, Int32(i))) }
    }
    entries.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    var runs: [Range<Int>] = []
    var start = 0
    while start < entries.count {
      var end = start + 1
      while end < entries.count, entries[end].0 == entries[start].0 { end += 1 }
      if end - start > 1 { runs.append(start..<end) }
      start = end
    }
    let limit = blockLimit
    let window = self.window
    let sorted = entries
    entries = []
    let batches = stride(from: 0, to: runs.count, by: 1024).map { runs[$0..<min(runs.count, $0 + 1024)] }
    let found: [[UInt64]] = batches.concurrentMap { batch in
      var out: [UInt64] = []
      for run in batch {
        let block = sorted[run].map { Int($0.1) }
        if block.count <= limit {
          for x in 0..<block.count {
            for y in (x + 1)..<block.count { out.append(Aligner.pack(block[x], block[y])) }
          }
        } else {
          let ordered = block.sorted { (profiles[$0].key, $0) < (profiles[$1].key, $1) }
          for x in 0..<ordered.count {
            for y in (x + 1)..<min(ordered.count, x + 1 + window) {
              out.append(Aligner.pack(ordered[x], ordered[y]))
            }
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

  /// 64-bit FNV-1a of the UTF-8 bytes.
  static func fnv1a(_ s: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in s.utf8 {
      h ^= UInt64(b)
      h = h &* 0x100_0000_01b3
    }
    return h
  }

  static func pack(_ a: Int, _ b: Int) -> UInt64 {
    let (lo, hi) = a < b ? (a, b) : (b, a)
    return UInt64(lo) << 32 | UInt64(hi)
  }

  static func unpack(_ p: UInt64) -> (Int, Int) { (Int(p >> 32), Int(p & 0xFFFF_FFFF)) }
}

/// Phase timings on standard error when `SOZ_TRACE` is set.
struct Trace {
  let start = Date()
  let on = ProcessInfo.processInfo.environment["SOZ_TRACE"] != nil
  func mark(_ what: String) {
    guard on else { return }
    FileHandle.standardError.write(Data(String(format: "[%.1f s] %@\n", Date().timeIntervalSince(start), what).utf8))
  }
}
