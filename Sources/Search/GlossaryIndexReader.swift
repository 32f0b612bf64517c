/// A stored form as the search reads it: the text and every key computed
/// at import (``FormKeys``).
public struct StoredForm: Sendable, Equatable {
  public var id: Int64
  public var conceptID: String
  public var language: String
  public var text: String
  public var status: String
  public var replacement: String?
  public var caseKey: String
  public var foldKey: String
  public var matchKey: String
  public var sortedKey: String

  public init(
    id: Int64, conceptID: String, language: String, text: String, status: String,
    replacement: String?, caseKey: String, foldKey: String, matchKey: String, sortedKey: String
  ) {
    self.id = id
    self.conceptID = conceptID
    self.language = language
    self.text = text
    self.status = status
    self.replacement = replacement
    self.caseKey = caseKey
    self.foldKey = foldKey
    self.matchKey = matchKey
    self.sortedKey = sortedKey
  }
}

/// A stored word of the typo index (a key word or a typed-spelling word)
/// with the number of forms holding it.
public struct StoredWord: Sendable, Equatable {
  public var id: Int64
  public var word: String
  public var formCount: Int

  public init(id: Int64, word: String, formCount: Int) {
    self.id = id
    self.word = word
    self.formCount = formCount
  }
}

/// What a lookup asks of a storage engine, within one read (one snapshot
/// where the engine has them).
///
/// The questions are plain index probes — equality on key columns, the
/// deletion-neighbourhood hashes of the typo index, posting lists — so
/// every engine answers them the same way and the ranking
/// (``GlossarySearch``) lives in one place. An engine answers from SQL, or
/// from tables it holds in memory; the answers must be the same.
public protocol GlossaryIndexReader {
  /// Forms whose text equals `text`, or whose case, diacritic, comparison
  /// or sorted key equals the query's, or whose joined key is one of
  /// `joinedKeys` (the strict levels, one probe).
  func strictForms(
    text: String, caseKey: String, foldKey: String, matchKey: String, sortedKey: String,
    joinedKeys: [String]
  ) throws -> [StoredForm]

  /// Forms whose joined key is one of `keys`.
  func forms(joinedKeyIn keys: [String]) throws -> [StoredForm]

  /// Forms by id (any order).
  func forms(ids: [Int64]) throws -> [StoredForm]

  /// How many forms the glossary holds.
  func formCount() throws -> Int

  /// The stored words sharing a deletion-neighbourhood hash with `hashes`
  /// whose length (in Unicode scalars) is in `lengths`, each once.
  func words(deletionHashes hashes: [Int64], lengths: ClosedRange<Int>) throws -> [StoredWord]

  /// (word, form) for every posting of `words`.
  func postings(words: [Int64]) throws -> [(word: Int64, form: Int64)]

  /// The forms holding `word`, at most `limit` (ascending ids).
  func forms(holding word: Int64, limit: Int) throws -> [Int64]

  /// Which of `ids` hold `word` (`formCount` is the word's posting count,
  /// a hint for choosing between a scan and probes).
  func forms(holding word: Int64, among ids: [Int64], formCount: Int) throws -> [Int64]

  /// Concepts by id with their preferred forms (any order; unknown ids
  /// are left out).
  func conceptSummaries(ids: [String]) throws -> [ConceptSummary]
}
