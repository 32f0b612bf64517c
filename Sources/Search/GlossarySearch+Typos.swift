import Foundation
import Matching
import Orthography
import Terminology

extension GlossarySearch {
  /// Edit budget per key word: 1 for words of up to three letters, else 2.
  static func maxEdits(_ word: String) -> Int { word.unicodeScalars.count <= 3 ? 1 : 2 }

  struct SimilarWord {
    var id: Int64
    var similarity: Double
    var formCount: Int
  }

  /// Stored key words within the edit budget of `word`, most similar (then
  /// rarest) first.
  func similarWords(_ word: String) throws -> [SimilarWord] {
    let hashes = Array(DeletionNeighborhood.hashes(of: word)).sorted()
    let n = word.unicodeScalars.count
    let limit = Self.maxEdits(word)
    let query = ScalarWord(word)
    var result: [(SimilarWord, Int)] = []
    for w in try reader.words(deletionHashes: hashes, lengths: max(0, n - limit)...(n + limit)) {
      let candidate = ScalarWord(w.word)
      guard abs(candidate.count - n) <= limit else { continue }
      let d = PlainDistance.distance(query, candidate, limit: limit)
      guard d <= limit else { continue }
      let similarity = 1 - Double(d) / Double(max(n, candidate.count))
      result.append((SimilarWord(id: w.id, similarity: similarity, formCount: w.formCount), d))
    }
    // Fewest edits first, then the rarest words: they discriminate.
    result.sort { ($0.1, $0.0.formCount, $0.0.id) < ($1.1, $1.0.formCount, $1.0.id) }
    // Every word at the nearest distance is kept (they are the likeliest
    // readings); farther ones only up to the budget.
    let nearest = result.first?.1 ?? 0
    let keep = max(
      LookupTuning.wordsPerQueryWord,
      min(LookupTuning.nearestWordsCap, result.prefix { $0.1 <= nearest }.count))
    return result.prefix(keep).map(\.0)
  }

  func fuzzyHits(_ k: FormKeys) throws -> [Hit] {
    guard !k.words.isEmpty else { return [] }
    // Candidates come from the postings of rare words near the query's
    // words, weighted by similarity, length and rarity (idf), so a near-miss
    // of a rare word outweighs exact hits on "Group" or a year. Common
    // words add no candidates of their own (their postings would be an
    // arbitrary sample); the final alignment scores them. When every query
    // word is common (a frequent first name and surname), forms holding
    // two of them are found by intersecting their capped postings.
    let total = Double(max(1, try reader.formCount()))
    var reached: [Int64: [Double]] = [:]
    let queryWords = Array(Set(k.words + k.surfaceWords)).sorted()
    let similar = try queryWords.map { try similarWords($0) }
    let cap = LookupTuning.postingsPerWord
    let postings = reader
    for qi in queryWords.indices {
      let length = Double(queryWords[qi].count)
      var evidence: [Int64: Double] = [:]
      for w in similar[qi] where w.formCount <= cap {
        evidence[w.id] = w.similarity * length * log(total / Double(max(1, w.formCount)))
      }
      for (word, formID) in try postings.postings(words: evidence.keys.sorted()) {
        var best = reached[formID] ?? Array(repeating: 0, count: queryWords.count)
        best[qi] = max(best[qi], evidence[word] ?? 0)
        reached[formID] = best
      }
    }
    var ranked = reached.map { (id, best) in (id, best.reduce(0, +)) }
      .sorted { ($0.1, $1.0) > ($1.1, $0.0) }
    ranked = try weighCommonWords(ranked, queryWords, similar, total: total, postings)
    let chosen = ranked.prefix(LookupTuning.fuzzyBudget).map(\.0)
    guard !chosen.isEmpty else { return [] }
    let rows = try reader.forms(ids: chosen).sorted { $0.id < $1.id }
    let keyWords = k.words.map(ScalarWord.init)
    let surfaceWords = k.surfaceWords.map(ScalarWord.init)
    let caseWords = FormKeys.words(of: k.caseKey).map(ScalarWord.init)
    var hits: [(Hit, String, String)] = rows.compactMap { row in
      let formKey = row.matchKey.split(separator: " ").map(ScalarWord.init)
      let formSurface = FormKeys.typingWords(row.foldKey).map(ScalarWord.init)
      let (level, score) = Self.fuzzyScore(
        query: keyWords, form: formKey, querySurface: surfaceWords, formSurface: formSurface)
      guard score > 0.3 else { return nil }
      let hit = Hit(
        conceptID: row.conceptID, form: row.text, language: row.language, status: row.status,
        replacement: row.replacement, level: level, score: score)
      return (hit, row.caseKey, row.foldKey)
    }
    // Ties go to the form closest as written, diacritics included: a query
    // typed "Sasual" is nearer Sasaul than Saşaul. Only near-ties need it.
    let top = hits.map(\.0.score).max() ?? 0
    for i in hits.indices where hits[i].0.score >= top - 0.04 {
      let asWritten = PlainDistance.align(
        caseWords, FormKeys.words(of: hits[i].1).map(ScalarWord.init)
      ).score
      hits[i].0.score += 0.02 * asWritten
      // So is the reading a finger slip explains best (a neighbouring key,
      // two letters swapped).
      let typedForm = FormKeys.typingWords(hits[i].2).map(ScalarWord.init)
      hits[i].0.score += 0.05 * KeyboardDistance.similarity(typed: surfaceWords, intended: typedForm)
      // Slips of the first letter are rare: when two readings tie, the one
      // that keeps the first letter is likelier.
      if let q = surfaceWords.first?.scalars.first, q == typedForm.first?.scalars.first {
        hits[i].0.score += 0.01
      }
    }
    return hits.map(\.0)
  }


  /// Forms that hold two or three of the query's common words exactly
  /// (the most selective first), by an index join: the rarest word's
  /// postings probe the others by primary key.
  private func formsHoldingAll(
    _ common: [(Int64, Double, Int)], _ postings: any GlossaryIndexReader
  ) throws -> [Int64] {
    guard common.count >= 2 else { return [] }
    // Range scans of the two most selective words' postings (sequential
    // in the index) beat probing one by one.
    let probes = Array(common.sorted { $0.2 < $1.2 }.prefix(2))
    guard probes[1].2 <= LookupTuning.intersectionScan else { return [] }
    let first = Set(try postings.forms(holding: probes[0].0, limit: LookupTuning.intersectionScan))
    var both: [Int64] = []
    for f in try postings.forms(holding: probes[1].0, limit: LookupTuning.intersectionScan)
    where first.contains(f) {
      both.append(f)
      if both.count >= LookupTuning.intersectionRows { break }
    }
    return both
  }

  /// Common query words typed exactly ("Böyük" in "Böyük Menlöy") brought
  /// no candidates, but they tell candidates apart: the best candidates by
  /// rare-word evidence are probed (by primary key) for each such word and
  /// gain its evidence, so "Böyük Menköy" rises above the other forms that
  /// hold menkoy.
  private func weighCommonWords(
    _ ranked: [(Int64, Double)], _ words: [String], _ similar: [[SimilarWord]], total: Double,
    _ postings: any GlossaryIndexReader
  ) throws -> [(Int64, Double)] {
    let common = words.indices.compactMap { qi -> (Int64, Double, Int)? in
      guard let w = similar[qi].first, w.similarity == 1,
        w.formCount > LookupTuning.postingsPerWord
      else { return nil }
      return (w.id, Double(words[qi].count) * log(total / Double(max(1, w.formCount))), w.formCount)
    }
    guard !common.isEmpty else { return ranked }
    // Forms holding several common words join the pool even without
    // rare-word evidence ("2008 Boyuk Irali talks" for "2008 Boyuk rail talks").
    let holdAll = try formsHoldingAll(common, postings)
    guard ranked.count > LookupTuning.fuzzyBudget || !holdAll.isEmpty else { return ranked }
    var pool = Array(ranked.prefix(LookupTuning.commonWordPool))
    var inPool = Set(pool.map(\.0))
    let earlier = Dictionary(ranked.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
    for f in holdAll where inPool.insert(f).inserted { pool.append((f, earlier[f] ?? 0)) }
    let ids = pool.map(\.0)
    var bonus: [Int64: Double] = [:]
    let wanted = Set(ids)
    for (wordID, evidence, formCount) in common {
      let holders = try postings.forms(holding: wordID, among: ids, formCount: formCount)
      for f in Set(holders) where wanted.contains(f) { bonus[f, default: 0] += evidence }
    }
    for i in pool.indices { pool[i].1 += bonus[pool[i].0] ?? 0 }
    return pool.sorted { ($0.1, $1.0) > ($1.1, $0.0) }
  }

  /// Fuzzy and partial scores of a query against a form.
  ///
  /// A typo is a slip of the keyboard, so every edit counts the same (plain
  /// distance) — on the comparison key, which absorbs script and
  /// romanization, and on the surface spelling, where a slip inside a
  /// digraph (kh → kg) is one edit rather than three; the better reading
  /// wins. A query whose every word is (nearly) in a longer form is a
  /// partial match (a surname alone).
  static func fuzzyScore(
    query: [ScalarWord], form: [ScalarWord], querySurface: [ScalarWord],
    formSurface: [ScalarWord]
  ) -> (MatchLevel, Double) {
    let key = PlainDistance.align(query, form)
    // ASCII names often have the same key and typed words: align once.
    let surface =
      query == querySurface && form == formSurface
      ? key : PlainDistance.align(querySurface, formSurface)
    let full = 0.9 * max(key.score, surface.score)
    if query.count < form.count, key.allOfAMatched {
      let covered = Double(query.reduce(0) { $0 + $1.count })
      let total = Double(form.reduce(0) { $0 + $1.count })
      let partial = key.meanOfA * (0.7 + 0.1 * min(1, covered / total))
      if partial > full { return (.partial, partial) }
    }
    return (.fuzzy, full)
  }
}
