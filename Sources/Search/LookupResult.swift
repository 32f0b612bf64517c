import Orthography
import Terminology

/// How a query reached a form, from strictest to loosest.
public enum MatchLevel: String, Sendable, Codable, CaseIterable, Comparable {
  /// The query is the form, character for character (after NFC).
  case exact
  /// Equal when case is ignored (Turkic I/İ/ı included).
  case `case`
  /// Equal when case and diacritics are ignored (Türkiye ~ TURKIYE).
  case diacritics
  /// Equal under the comparison key: another script or romanization.
  case transliteration
  /// The same words under the key, in another order.
  case wordOrder = "word-order"
  /// The same key letters with the words joined, split or separated
  /// differently (NagornoKarabakh, Kara bakh, Kassym Jomart), or with one
  /// letter typed in place of a space (Ilhamxaliyev).
  case spacing
  /// Every query word is in the form, which has more (a surname alone).
  case partial
  /// Close under the weighted edit distance on the key (a typo).
  case fuzzy

  private var rank: Int { MatchLevel.allCases.firstIndex(of: self) ?? 0 }
  public static func < (a: MatchLevel, b: MatchLevel) -> Bool { a.rank < b.rank }
}

/// A concept as lookup shows it: id, kind, note, canonical forms.
public struct ConceptSummary: Equatable, Sendable {
  public var id: String
  public var kind: ConceptKind
  public var note: String?
  /// The preferred form per language, in display order.
  public var canonical: [(LanguageTag, String)]

  public init(id: String, kind: ConceptKind, note: String?, canonical: [(LanguageTag, String)]) {
    self.id = id
    self.kind = kind
    self.note = note
    self.canonical = canonical
  }

  public static func == (a: ConceptSummary, b: ConceptSummary) -> Bool {
    a.id == b.id && a.kind == b.kind && a.note == b.note
      && a.canonical.map(\.0) == b.canonical.map(\.0)
      && a.canonical.map(\.1) == b.canonical.map(\.1)
  }

  /// The preferred form in `language`.
  public func canonical(in language: LanguageTag) -> String? {
    canonical.first { $0.0 == language }?.1
  }
}

/// One concept a query may mean, and how it was reached.
public struct LookupCandidate: Equatable, Sendable {
  public var concept: ConceptSummary
  /// The stored form the query reached.
  public var form: String
  public var language: LanguageTag
  public var status: FormStatus
  /// For a forbidden form, what to write instead.
  public var replacement: String?
  public var level: MatchLevel
  /// 0...1; 1 for an exact match.
  public var score: Double
}

/// The answer to one query.
public struct LookupResult: Equatable, Sendable {
  public var query: String
  /// Concepts the query matches, best first (several when ambiguous).
  public var candidates: [LookupCandidate]
  /// When nothing matches: the nearest concepts, best first.
  public var suggestions: [LookupCandidate]

  /// Whether anything matched.
  public var isMatch: Bool { !candidates.isEmpty }
}
