import GRDB
import Matching
import Orthography
import Terminology

extension GlossaryStore {
  /// Tuning of ``lookup(_:limit:)``.
  public enum LookupTuning {
    /// A candidate at or above this score is a match.
    public static let matchScore = 0.7
    /// Candidates below the best by more than this are not shown.
    public static let spread = 0.15
    /// At most this many forms are scored in the fuzzy step.
    public static let fuzzyBudget = 400
  }

  /// Finds the concepts `query` may mean, whatever its case, diacritics,
  /// script, romanization, word order or typos (edit distance ≤ 2 per key
  /// word).
  ///
  /// Strict levels (exact, case, diacritics, key, word order) are one
  /// indexed query; the typo step looks up the deletion neighbourhood of
  /// each key word, verifies the edit distance, and scores forms holding
  /// the words found with ``TokenAlignment``.
  /// - Complexity: a few indexed queries plus O(*c*) scoring for at most
  ///   ``LookupTuning/fuzzyBudget`` candidate forms.
  public func lookup(_ query: String, limit: Int = 5) throws(StoreError) -> LookupResult {
    let text = Normalizer.nfc(query.trimmingCharacters(in: .whitespacesAndNewlines))
    let keys = FormKeys(text)
    return try read { db in
      var hits = try strictHits(text, keys, db)
      for hit in try fuzzyHits(keys, db) { hits.append(hit) }
      let best = bestPerConcept(hits)
      let top = best.first?.score ?? 0
      let shown =
        top >= LookupTuning.matchScore
        ? best.filter { $0.score >= max(LookupTuning.matchScore - 0.15, top - LookupTuning.spread) }
        : []
      let suggestions = top >= LookupTuning.matchScore ? [] : best.filter { $0.score >= 0.3 }
      return LookupResult(
        query: text, candidates: try summaries(Array(shown.prefix(limit)), db),
        suggestions: try summaries(Array(suggestions.prefix(3)), db))
    }
  }

  struct Hit {
    var conceptID: String
    var form: String
    var language: String
    var status: String
    var replacement: String?
    var level: MatchLevel
    var score: Double
  }

  private static let levelScore: [MatchLevel: Double] = [
    .exact: 1, .case: 0.98, .diacritics: 0.96, .transliteration: 0.92, .wordOrder: 0.9,
  ]

  private func strictHits(_ text: String, _ k: FormKeys, _ db: Database) throws -> [Hit] {
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT conceptId, lang, text, status, replacement, caseKey, foldKey, matchKey, sortedKey
        FROM form WHERE text = ? OR caseKey = ? OR foldKey = ? OR matchKey = ? OR sortedKey = ?
        """, arguments: [text, k.caseKey, k.foldKey, k.matchKey, k.sortedKey])
    return rows.map { row in
      let level: MatchLevel =
        row["text"] == text
        ? .exact
        : row["caseKey"] == k.caseKey
          ? .case
          : row["foldKey"] == k.foldKey
            ? .diacritics : row["matchKey"] == k.matchKey ? .transliteration : .wordOrder
      return Hit(
        conceptID: row["conceptId"], form: row["text"], language: row["lang"],
        status: row["status"], replacement: row["replacement"], level: level,
        score: Self.levelScore[level] ?? 0.9)
    }
  }

  /// Edit budget per key word: 1 for short words, 2 from five letters.
  static func maxEdits(_ word: String) -> Int { word.unicodeScalars.count <= 4 ? 1 : 2 }

  private func similarWords(_ words: [String], _ db: Database) throws -> [String: [(Int64, Double)]] {
    var result: [String: [(Int64, Double)]] = [:]
    for word in Set(words) {
      let hashes = Array(DeletionNeighborhood.hashes(of: word))
      let ids = try Int64.fetchAll(
        db,
        sql: "SELECT DISTINCT wordId FROM wordDelete WHERE hash IN (\(placeholders(hashes.count)))",
        arguments: StatementArguments(hashes))
      guard !ids.isEmpty else { continue }
      let rows = try Row.fetchAll(
        db, sql: "SELECT id, word FROM keyWord WHERE id IN (\(placeholders(ids.count)))",
        arguments: StatementArguments(ids))
      for row in rows {
        let candidate: String = row["word"]
        let limit = Self.maxEdits(word)
        guard WeightedEditDistance.levenshtein(word, candidate, limit: limit) <= limit else {
          continue
        }
        result[word, default: []].append((row["id"], WeightedEditDistance.similarity(word, candidate)))
      }
    }
    return result
  }

  private func fuzzyHits(_ k: FormKeys, _ db: Database) throws -> [Hit] {
    guard !k.words.isEmpty else { return [] }
    let similar = try similarWords(k.words, db)
    // Score forms by how much of the query their words cover.
    var coverage: [Int64: Double] = [:]
    for (word, list) in similar {
      let ids = list.map(\.0)
      let weight = Double(word.count)
      let postings = try Int64.fetchAll(
        db,
        sql: "SELECT formId FROM formWord WHERE wordId IN (\(placeholders(ids.count))) LIMIT 5000",
        arguments: StatementArguments(ids))
      for formID in Set(postings) { coverage[formID, default: 0] += weight }
    }
    let chosen = coverage.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
      .prefix(LookupTuning.fuzzyBudget).map(\.key)
    guard !chosen.isEmpty else { return [] }
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT conceptId, lang, text, status, replacement, matchKey FROM form
        WHERE id IN (\(placeholders(chosen.count)))
        """, arguments: StatementArguments(chosen))
    return rows.compactMap { row in
      let words = (row["matchKey"] as String).split(separator: " ").map(String.init)
      let (level, score) = Self.fuzzyScore(query: k.words, form: words)
      guard score > 0.3 else { return nil }
      return Hit(
        conceptID: row["conceptId"], form: row["text"], language: row["lang"],
        status: row["status"], replacement: row["replacement"], level: level, score: score)
    }
  }

  /// Fuzzy and partial scores of a query against a form, on key words.
  static func fuzzyScore(query: [String], form: [String]) -> (MatchLevel, Double) {
    let full = 0.9 * TokenAlignment.score(query, form)
    // Partial: every query word is (nearly) a word of a longer form.
    if query.count < form.count {
      let sims = query.map { q in form.map { WeightedEditDistance.similarity(q, $0) }.max() ?? 0 }
      if sims.allSatisfy({ $0 >= 0.8 }) {
        let mean = sims.reduce(0, +) / Double(sims.count)
        let covered = Double(query.reduce(0) { $0 + $1.count })
        let total = Double(form.reduce(0) { $0 + $1.count })
        let partial = mean * (0.7 + 0.1 * min(1, covered / total))
        if partial > full { return (.partial, partial) }
      }
    }
    return (.fuzzy, full)
  }

  private func bestPerConcept(_ hits: [Hit]) -> [Hit] {
    var best: [String: Hit] = [:]
    for h in hits {
      if let b = best[h.conceptID] {
        let better =
          (h.score, -h.level.rankValue, h.status == "preferred" ? 1 : 0)
          > (b.score, -b.level.rankValue, b.status == "preferred" ? 1 : 0)
        if better { best[h.conceptID] = h }
      } else {
        best[h.conceptID] = h
      }
    }
    return best.values.sorted { ($0.score, $1.conceptID) > ($1.score, $0.conceptID) }
  }

  private func summaries(_ hits: [Hit], _ db: Database) throws -> [LookupCandidate] {
    guard !hits.isEmpty else { return [] }
    let ids = hits.map(\.conceptID)
    var concepts: [String: ConceptSummary] = [:]
    for row in try Row.fetchAll(
      db, sql: "SELECT id, kind, note FROM concept WHERE id IN (\(placeholders(ids.count)))",
      arguments: StatementArguments(ids))
    {
      concepts[row["id"]] = ConceptSummary(
        id: row["id"], kind: ConceptKind(rawValue: row["kind"]) ?? .term, note: row["note"],
        canonical: [])
    }
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT conceptId, lang, text FROM form
        WHERE status = 'preferred' AND conceptId IN (\(placeholders(ids.count))) ORDER BY id
        """, arguments: StatementArguments(ids))
    {
      guard let tag = LanguageTag(row["lang"]) else { continue }
      concepts[row["conceptId"]]?.canonical.append((tag, row["text"]))
    }
    return hits.compactMap { h in
      guard var c = concepts[h.conceptID] else { return nil }
      c.canonical.sort { $0.0 < $1.0 }
      return LookupCandidate(
        concept: c, form: h.form, language: LanguageTag(h.language) ?? .en,
        status: FormStatus(rawValue: h.status) ?? .admitted, replacement: h.replacement,
        level: h.level, score: (h.score * 1000).rounded() / 1000)
    }
  }
}

extension MatchLevel {
  var rankValue: Int { MatchLevel.allCases.firstIndex(of: self) ?? 0 }
}

func placeholders(_ n: Int) -> String {
  Array(repeating: "?", count: n).joined(separator: ",")
}
