import Foundation
import GRDB
import Matching
import Orthography
import Terminology

extension GlossaryStore {
  /// Tuning of ``lookup(_:limit:)``.
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
  /// - Parameter words: The key words held in memory (``loadWordTable()``),
  ///   for runs of many lookups; without it they are read from the store.
  public func lookup(
    _ query: String, limit: Int = 5, words: WordTable? = nil
  ) throws(StoreError) -> LookupResult {
    let typed = Normalizer.nfc(query.trimmingCharacters(in: .whitespacesAndNewlines))
    let text = Self.withoutCaseSuffix(typed)
    let keys = FormKeys(text)
    return try read { db in
      var hits = try strictHits(text, keys, db)
      // A strict match at 0.9 or more cannot be joined by a fuzzy one
      // within the spread, so the typo search is skipped.
      if (hits.map(\.score).max() ?? 0) < 0.9 {
        hits += try fuzzyHits(keys, db, words)
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
        query: typed, candidates: try summaries(Array(shown.prefix(limit)), db),
        suggestions: try summaries(Array(suggestions.prefix(3)), db))
    }
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

  /// Edit budget per key word: 1 for words of up to three letters, else 2.
  static func maxEdits(_ word: String) -> Int { word.unicodeScalars.count <= 3 ? 1 : 2 }

  struct SimilarWord {
    var id: Int64
    var similarity: Double
    var formCount: Int
  }

  /// Stored key words within the edit budget of `word`, most similar (then
  /// rarest) first.
  private func similarWords(
    _ word: String, _ db: Database, _ table: WordTable?
  ) throws -> [SimilarWord] {
    var hashes = Array(DeletionNeighborhood.hashes(of: word))
    // A fixed parameter count lets SQLite reuse one prepared statement.
    let slots = DeletionNeighborhood.maxHashCount
    if hashes.count > slots { hashes = Array(hashes.prefix(slots)) }
    while hashes.count < slots { hashes.append(hashes[0]) }
    let n = word.unicodeScalars.count
    let limit = Self.maxEdits(word)
    let query = ScalarWord(word)
    var result: [(SimilarWord, Int)] = []
    func consider(_ id: Int64, _ candidate: ScalarWord, _ formCount: Int) {
      guard abs(candidate.count - n) <= limit else { return }
      let d = PlainDistance.distance(query, candidate, limit: limit)
      guard d <= limit else { return }
      let similarity = 1 - Double(d) / Double(max(n, candidate.count))
      result.append((SimilarWord(id: id, similarity: similarity, formCount: formCount), d))
    }
    if let table {
      let statement = try db.cachedStatement(
        sql: "SELECT DISTINCT wordId FROM wordDelete WHERE hash IN (\(placeholders(slots)))")
      let ids = try Int64.fetchCursor(statement, arguments: StatementArguments(hashes))
      while let id = try ids.next() {
        guard let entry = table.entry(id) else { continue }
        consider(id, entry.word, entry.formCount)
      }
    } else {
      let statement = try db.cachedStatement(
        sql: """
          SELECT DISTINCT k.id, k.word, k.formCount FROM wordDelete d
          JOIN keyWord k ON k.id = d.wordId
          WHERE d.hash IN (\(placeholders(slots))) AND k.length BETWEEN ? AND ?
          """)
      let rows = try Row.fetchCursor(
        statement, arguments: StatementArguments(hashes + [Int64(n - limit), Int64(n + limit)]))
      while let row = try rows.next() {
        consider(row[0], ScalarWord(row[1] as String), row[2])
      }
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

  private func fuzzyHits(_ k: FormKeys, _ db: Database, _ table: WordTable?) throws -> [Hit] {
    guard !k.words.isEmpty else { return [] }
    // Candidates come from the postings of rare words near the query's
    // words, weighted by similarity, length and rarity (idf), so a near-miss
    // of a rare word outweighs exact hits on "Group" or a year. Common
    // words add no candidates of their own (their postings would be an
    // arbitrary sample); the final alignment scores them. When every query
    // word is common (a frequent first name and surname), forms holding
    // two of them are found by intersecting their capped postings.
    let total = Double(max(1, try formCount(db)))
    var reached: [Int64: [Double]] = [:]
    let queryWords = Array(Set(k.words + k.surfaceWords)).sorted()
    let similar = try queryWords.map { try similarWords($0, db, table) }
    let cap = LookupTuning.postingsPerWord
    // One statement per query word (ids padded to a fixed count so it is
    // prepared once): statement overhead, not the seeks, dominated when
    // each similar word had its own.
    let width = LookupTuning.wordsPerQueryWord
    let batch = try db.cachedStatement(
      sql: "SELECT wordId, formId FROM formWord WHERE wordId IN (\(placeholders(width)))")
    for qi in queryWords.indices {
      let length = Double(queryWords[qi].count)
      var evidence: [Int64: Double] = [:]
      for w in similar[qi] where w.formCount <= cap {
        evidence[w.id] = w.similarity * length * log(total / Double(max(1, w.formCount)))
      }
      let all = evidence.keys.sorted()
      if let table, table.hasPostings {
        for w in all {
          let value = evidence[w] ?? 0
          for formID in table.postings(w) {
            var best = reached[formID] ?? Array(repeating: 0, count: queryWords.count)
            best[qi] = max(best[qi], value)
            reached[formID] = best
          }
        }
        continue
      }
      for start in stride(from: 0, to: all.count, by: width) {
        var ids = Array(all[start..<min(all.count, start + width)])
        while ids.count < width { ids.append(ids[0]) }
        let rows = try Row.fetchCursor(batch, arguments: StatementArguments(ids))
        while let row = try rows.next() {
          let formID: Int64 = row[1]
          let value = evidence[row[0]] ?? 0
          var best = reached[formID] ?? Array(repeating: 0, count: queryWords.count)
          best[qi] = max(best[qi], value)
          reached[formID] = best
        }
      }
    }
    var ranked = reached.map { (id, best) in (id, best.reduce(0, +)) }
      .sorted { ($0.1, $1.0) > ($1.1, $0.0) }
    ranked = try weighCommonWords(ranked, queryWords, similar, total: total, db, table)
    let chosen = ranked.prefix(LookupTuning.fuzzyBudget).map(\.0)
    guard !chosen.isEmpty else { return [] }
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT conceptId, lang, text, status, replacement, matchKey, foldKey, caseKey FROM form
        WHERE id IN (\(placeholders(chosen.count)))
        """, arguments: StatementArguments(chosen))
    let keyWords = k.words.map(ScalarWord.init)
    let surfaceWords = k.surfaceWords.map(ScalarWord.init)
    let caseWords = FormKeys.words(of: k.caseKey).map(ScalarWord.init)
    var hits: [(Hit, String, String)] = rows.compactMap { row in
      let formKey = (row[5] as String).split(separator: " ").map(ScalarWord.init)
      let formSurface = FormKeys.typingWords(row[6]).map(ScalarWord.init)
      let (level, score) = Self.fuzzyScore(
        query: keyWords, form: formKey, querySurface: surfaceWords, formSurface: formSurface)
      guard score > 0.3 else { return nil }
      let hit = Hit(
        conceptID: row[0], form: row[2], language: row[1], status: row[3],
        replacement: row[4], level: level, score: score)
      return (hit, row[7], row[6])
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
      if let q = k.surfaceWords.first?.unicodeScalars.first,
        let f = FormKeys.typingWords(hits[i].2).first?.unicodeScalars.first, q == f
      {
        hits[i].0.score += 0.01
      }
    }
    return hits.map(\.0)
  }


  /// Forms that hold two or three of the query's common words exactly
  /// (the most selective first), by an index join: the rarest word's
  /// postings probe the others by primary key.
  private func formsHoldingAll(
    _ common: [(Int64, Double, Int)], _ db: Database, _ table: WordTable?
  ) throws -> [Int64] {
    guard common.count >= 2 else { return [] }
    // Range scans of the two most selective words' postings (sequential
    // in the index) beat probing one by one.
    let probes = Array(common.sorted { $0.2 < $1.2 }.prefix(2))
    guard probes[1].2 <= LookupTuning.intersectionScan else { return [] }
    func scan(_ word: Int64) throws -> [Int64] {
      if let table, table.hasPostings { return Array(table.postings(word)) }
      return try Int64.fetchAll(
        db.cachedStatement(
          sql: "SELECT formId FROM formWord WHERE wordId = ? LIMIT \(LookupTuning.intersectionScan)"),
        arguments: [word])
    }
    let first = Set(try scan(probes[0].0))
    var both: [Int64] = []
    for f in try scan(probes[1].0) where first.contains(f) {
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
    _ db: Database, _ table: WordTable?
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
    let holdAll = try formsHoldingAll(common, db, table)
    guard ranked.count > LookupTuning.fuzzyBudget || !holdAll.isEmpty else { return ranked }
    var pool = Array(ranked.prefix(LookupTuning.commonWordPool))
    var inPool = Set(pool.map(\.0))
    let earlier = Dictionary(ranked.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
    for f in holdAll where inPool.insert(f).inserted { pool.append((f, earlier[f] ?? 0)) }
    let ids = pool.map(\.0)
    var bonus: [Int64: Double] = [:]
    let wanted = Set(ids)
    for (wordID, evidence, formCount) in common {
      let holders: [Int64]
      if let table, table.hasPostings {
        holders = table.postings(wordID).filter { wanted.contains($0) }
      } else if formCount <= LookupTuning.intersectionScan {
        // A sequential scan of the word's postings, checked against the pool.
        holders = try Int64.fetchAll(
          db.cachedStatement(sql: "SELECT formId FROM formWord WHERE wordId = ?"),
          arguments: [wordID]
        ).filter { wanted.contains($0) }
      } else {
        holders = try Int64.fetchAll(
          db,
          sql: "SELECT formId FROM formWord WHERE wordId = ? AND formId IN (\(placeholders(ids.count)))",
          arguments: StatementArguments([wordID] + ids))
      }
      for f in Set(holders) { bonus[f, default: 0] += evidence }
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
