import Foundation
import Matching
import Orthography
import Terminology

/// Tuning of ``GlossarySearch/lookup(_:limit:)``.
public enum LookupTuning {
  /// A candidate at or above this score is a match.
  public static let matchScore = 0.62

  /// The match threshold for a query of `letters` letters: a typo is up
  /// to two edits, which in a short word is a large share of it ("ptal"
  /// for Putaul), so short queries are held to two edits rather than to
  /// a fixed score.
  public static func matchScore(letters: Int) -> Double {
    guard letters > 0 else { return matchScore }
    return min(matchScore, 0.9 * (1 - 2 / Double(max(letters, 3))) - 0.001)
  }
  /// Candidates below the best by more than this are not shown.
  public static let spread = 0.15
  /// At most this many forms are scored in the fuzzy step.
  public static let fuzzyBudget = 100
  /// Words at the nearest distance kept per query word, at most.
  public static let nearestWordsCap = 200
  /// Similar stored words kept per query word.
  public static let wordsPerQueryWord = 48
  /// Forms read per similar word (common words are capped).
  public static let postingsPerWord = 1000
  /// Candidates probed for the query's common words.
  public static let commonWordPool = 600
  /// Postings read per common word when intersecting two of them.
  public static let intersectionRows = 300
  /// Postings scanned per common word (longer lists are probed instead).
  public static let intersectionScan = 8_000
}

/// Finds the concepts a query may mean: the ranking of every engine.
///
/// The engine answers index probes (``GlossaryIndexReader``); everything
/// that decides what matches and in which order — the match levels, the
/// typo search's evidence, the alignment scores, the tie-breaks, the
/// thresholds — is here, so SQLite and PostgreSQL give the same answers.
public struct GlossarySearch {
  let reader: any GlossaryIndexReader

  /// A search reading through `reader` (one read of one engine).
  public init(reader: any GlossaryIndexReader) { self.reader = reader }

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
  /// - Throws: whatever the reader throws.
  public func lookup(_ query: String, limit: Int = 5) throws -> LookupResult {
    let typed = Normalizer.nfc(query.trimmingCharacters(in: .whitespacesAndNewlines))
    let text = Self.withoutCaseSuffix(typed)
    let keys = FormKeys(text)
    var hits = try strictHits(text, keys)
    // A strict match at 0.9 or more cannot be joined by a fuzzy one
    // within the spread, so the typo search is skipped.
    if (hits.map(\.score).max() ?? 0) < 0.9 {
      hits += try spacingSlipHits(keys)
      var fuzzy = try fuzzyHits(keys)
      // A query holding every letter of a name in order, only broken
      // differently, reads better than any typo of another name
      // ("kichikm adagh": Kichik Madagh, not Kichik Adagh with one
      // letter too many).
      if let spaced = hits.filter({ $0.level == .spacing }).map(\.score).max() {
        for i in fuzzy.indices { fuzzy[i].score = min(fuzzy[i].score, spaced - 0.005) }
      }
      hits += fuzzy
    }
    let best = bestPerConcept(hits)
    let top = best.first?.score ?? 0
    let threshold = LookupTuning.matchScore(
      letters: keys.surfaceWords.reduce(0) { $0 + $1.unicodeScalars.count })
    let shown =
      top >= threshold
      ? best.filter { $0.score >= max(threshold - 0.15, top - LookupTuning.spread) }
      : []
    let suggestions = top >= threshold ? [] : best.filter { $0.score >= 0.3 }
    return LookupResult(
      query: typed, candidates: try summaries(Array(shown.prefix(limit))),
      suggestions: try summaries(Array(suggestions.prefix(3))))
  }

  /// A name typed with its case suffix after an apostrophe (Türkiye'de,
  /// Karabakh's) is looked up without it.
  static func withoutCaseSuffix(_ text: String) -> String {
    let apostrophes: Set<Character> = ["'", "’", "ʼ"]
    guard let i = text.lastIndex(where: { apostrophes.contains($0) }), i > text.startIndex
    else { return text }
    let stem = text[..<i]
    let suffix = text[text.index(after: i)...]
    guard !suffix.isEmpty, !suffix.contains(" "),
      suffix.lowercased() == "s" || TurkicSuffixes.canFollow(suffix, stem: stem)
    else { return text }
    return String(stem)
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
    // Below every variant: the letters are right, the word breaks are not.
    .spacing: 0.88,
  ]

  private func strictHits(_ text: String, _ k: FormKeys) throws -> [Hit] {
    let forms = try reader.strictForms(
      text: text, caseKey: k.caseKey, foldKey: k.foldKey, matchKey: k.matchKey,
      sortedKey: k.sortedKey, joinedKeys: [k.joinedKey, k.words.joined()]
    ).sorted { $0.id < $1.id }
    return forms.map { f in
      let level: MatchLevel =
        f.text == text
        ? .exact
        : f.caseKey == k.caseKey
          ? .case
          : f.foldKey == k.foldKey
            ? .diacritics
            : f.matchKey == k.matchKey
              ? .transliteration : f.sortedKey == k.sortedKey ? .wordOrder : .spacing
      var score = Self.levelScore[level] ?? 0.9
      // Of the forms a spacing slip reaches, the one with the query's own
      // letters (Nax çıvan: Naxçıvan, not Nakhchivan) is the likelier.
      if level == .spacing, Self.unbroken(f.foldKey) == Self.unbroken(k.foldKey) {
        score += 0.005
      }
      return Hit(
        conceptID: f.conceptID, form: f.text, language: f.language, status: f.status,
        replacement: f.replacement, level: level, score: score)
    }
  }

  private static func unbroken(_ key: String) -> String {
    String(key.unicodeScalars.filter { $0 != " " && $0 != "-" })
  }

  /// Forms with one more word break than the query, where the query has
  /// a letter instead: a finger that hit a letter for the space bar
  /// (Ilhamxaliyev for Ilham Aliyev). The query's joined key less one
  /// letter, at each position, is looked up in the joined-key index.
  ///
  /// Scored as one edit over the name's letters, as the typo search would
  /// score it if its words lined up.
  private func spacingSlipHits(_ k: FormKeys) throws -> [Hit] {
    let joined = Array(k.joinedKey.unicodeScalars)
    guard joined.count >= 6 else { return [] }
    var probes: Set<String> = []
    // The first and last letters are never the space's: a name has words
    // on both sides of it.
    for i in 2..<(joined.count - 2) {
      var s = String.UnicodeScalarView()
      s.append(contentsOf: joined[..<i])
      s.append(contentsOf: joined[(i + 1)...])
      probes.insert(String(s))
    }
    let forms = try reader.forms(joinedKeyIn: probes.sorted()).sorted { $0.id < $1.id }
    let score = 0.9 * (1 - 1 / Double(joined.count))
    return forms.compactMap { f in
      let formWords = f.matchKey.split(separator: " ").count
      guard formWords > k.words.count else { return nil }
      return Hit(
        conceptID: f.conceptID, form: f.text, language: f.language, status: f.status,
        replacement: f.replacement, level: .spacing, score: score)
    }
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
    let ranked = Array(best.values)
    return ranked.sorted { ($0.score, $1.conceptID) > ($1.score, $0.conceptID) }
  }

  private func summaries(_ hits: [Hit]) throws -> [LookupCandidate] {
    guard !hits.isEmpty else { return [] }
    var concepts: [String: ConceptSummary] = [:]
    for c in try reader.conceptSummaries(ids: hits.map(\.conceptID)) { concepts[c.id] = c }
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
