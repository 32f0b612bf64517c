import Foundation
import Matching
import Orthography
import Terminology

/// `near-miss`: a capitalized word that is no glossary form but one edit
/// away from one under the comparison key (an unlisted misspelling).
enum NearMissRule {
  static let info = RuleInfo(
    id: "near-miss", defaultSeverity: .warning,
    summary: "A span not in the glossary close to a listed name: a one-word name misspelt, or a multiword title reordered or reworded.",
    details: """
      Tuned so that clean text stays clean. One-word names: only capitalized words of six or \
      more letters, one edit away on the comparison key, with the name's first two and last \
      two letters (so Turkic and Turkish are not Türkiye), and never a word that extends the \
      name (Azerbaijani) or that the name extends, nor a hyphenated pair of words \
      (Azerbaijan-Kazakhstan). Multiword titles: a run of capitalized \
      words (joined by spaces and connectors such as of, the, and) with exactly the content \
      words of a listed title in another order (Revival Fund of Karabakh → Karabakh Revival \
      Fund), or with one word more when three or more are shared (Ministry of Foreign \
      Affairs of the Republic of Azerbaijan); never a run that is a listed form, that holds \
      the listed title written as listed, or that lies inside a longer listed name. The \
      message gives the candidate and a confidence; it is never auto-fixed.
      """, fixable: false)
}

/// One-word glossary names indexed by the deletion neighbourhood of
/// their key, for the near-miss rule: the compiled glossary's `near-miss`
/// table (built by ``tableEntries(_:)``), probed in place.
struct NearMissIndex: Sendable {
  static let tableName = "near-miss"
  private let table: CompiledGlossary.Table?
  private let compiled: CompiledGlossary
  private let keys: KeyCache
  /// Answers per distinct word (articles repeat their names).
  private let memo = Memo()

  final class Memo: @unchecked Sendable {
    var answers: [String: (String, String, Double)?] = [:]
    let lock = NSLock()
  }

  init(_ compiled: CompiledGlossary, keys: KeyCache) {
    self.compiled = compiled
    self.keys = keys
    table = compiled.table(Self.tableName)
  }

  /// The table: per deletion-neighbourhood hash of a one-word key of six
  /// or more letters, the keys and their concepts (`u32 n · n × (str key ·
  /// u32 concept)`).
  static func tableEntries(_ keyed: [CompiledGlossary.KeyedForm]) -> [CompiledGlossary.TableEntry] {
    var names: [(String, Int)] = []
    var seen = Set<String>()
    for k in keyed {
      guard k.words.count == 1, let key = k.words.first, key.count >= 6 else { continue }
      if seen.insert(k.conceptID + "\u{0}" + key).inserted { names.append((key, k.concept)) }
    }
    // The neighbourhoods are computed on every core, then merged in order.
    let hashes = names.concurrentMap { DeletionNeighborhood.hashes(of: $0.0, maxDeletes: 1) }
    var byHash: [Int64: [(String, Int)]] = [:]
    for (name, list) in zip(names, hashes) {
      for h in list { byHash[h, default: []].append(name) }
    }
    return byHash.map { h, list in
      var v = ByteBuffer()
      v.u32(UInt32(list.count))
      for (key, concept) in list {
        v.string(key)
        v.u32(UInt32(concept))
      }
      var k = ByteBuffer()
      k.u64(UInt64(bitPattern: h))
      return CompiledGlossary.TableEntry(key: k.bytes, value: v.bytes)
    }
  }

  /// The names filed under hash `h`.
  private func names(_ h: Int64) -> [(key: String, concept: String)] {
    guard let table else { return [] }
    var le = UInt64(bitPattern: h).littleEndian
    guard let range = withUnsafeBytes(of: &le, { table.value(for: $0) }) else { return [] }
    var r = compiled.reader(at: range.lowerBound)
    var out: [(String, String)] = []
    guard let n = try? r.u32() else { return [] }
    for _ in 0..<n {
      guard let key = try? r.string(), let c = try? r.u32(), Int(c) < compiled.conceptCount else { break }
      out.append((key, compiled.concept(at: Int(c)).id))
    }
    return out
  }

  /// The closest one-word name one edit from `word`, with the similarity.
  func candidate(for word: String) -> (concept: String, key: String, similarity: Double)? {
    guard word.count >= 6, let first = word.first, first.isUppercase else { return nil }
    memo.lock.lock()
    if let known = memo.answers[word] {
      memo.lock.unlock()
      return known.map { ($0.0, $0.1, $0.2) }
    }
    memo.lock.unlock()
    let answer = compute(word)
    memo.lock.lock()
    memo.answers[word] = answer.map { ($0.concept, $0.key, $0.similarity) }
    memo.lock.unlock()
    return answer
  }

  private func compute(_ word: String) -> (concept: String, key: String, similarity: Double)? {
    // One word only: a hyphenated pair (Azerbaijan-Kazakhstan) is two
    // words, each the matcher's, never a misspelling of the first.
    let words = keys.words(of: word)
    guard words.count == 1, let key = words.first, key.count >= 6 else { return nil }
    var best: (String, String, Double)?
    for h in DeletionNeighborhood.hashes(of: key, maxDeletes: 1) {
      for entry in names(h) where entry.key != key {
        // Same first two and last two letters: a slip inside the name, not a
        // derivation (Turkic, Turkish and Türkiye differ at the end).
        guard entry.key.prefix(2) == key.prefix(2), entry.key.suffix(2) == key.suffix(2),
          !entry.key.hasPrefix(key), !key.hasPrefix(entry.key),
          WeightedEditDistance.levenshtein(key, entry.key, limit: 1) == 1
        else { continue }
        let s = WeightedEditDistance.similarity(key, entry.key)
        // Ties go to the smallest concept id: the hash set's order differs
        // from run to run, the output must not.
        if let b = best, s < b.2 || (s == b.2 && entry.concept >= b.0) { continue }
        best = (entry.concept, entry.key, s)
      }
    }
    return best
  }
}
