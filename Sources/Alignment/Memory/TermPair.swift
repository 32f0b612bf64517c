import Orthography

/// A proposed bilingual pair from `soz align --memory`: a name or term in
/// the source language and its rendering in the target language.
public struct TermPair: Sendable, Equatable {
  /// What the glossary says about a pair.
  public enum Status: String, Sendable, CaseIterable {
    /// Neither side is a spelling of a glossary concept.
    case newConcept = "new-concept"
    /// One side belongs to a concept that does not list the other.
    case newVariant = "new-variant"
    /// The concept lists both spellings (preferred or admitted).
    case known
    /// The target is a deprecated or forbidden spelling of the concept, or
    /// the two sides belong to different concepts.
    case conflict
  }

  /// The source spelling (base form).
  public var source: String
  /// The target spelling, reduced to its base (`Ağdama` → `Ağdam`).
  public var target: String
  /// Units in which both occur.
  public var count: Int
  /// Ranking score in 0...1: the mean of ``dice`` and ``similarity`` for
  /// Söz's method; the baselines rank by their one signal.
  public var score: Double
  /// Dice coefficient of the two over unit pairs.
  public var dice: Double
  /// Cross-script similarity of the comparison keys (0 when a hard
  /// negative keeps them apart).
  public var similarity: Double
  /// Dunning's log-likelihood ratio G² of the co-occurrence.
  public var logLikelihood: Double
  /// The glossary concept one side belongs to, if any.
  public var concept: String?
  /// What the glossary says.
  public var status: Status
  /// A few unit ids (tuid, else the store's unit number) holding both.
  public var examples: [String]
  /// Inflected spellings of the target seen in the memory (at most four).
  public var inflections: [String]
  /// Whether the source spelling is listed (exactly) by ``concept``.
  public var sourceListed: Bool
  /// Whether the target spelling is listed (exactly) by ``concept``.
  public var targetListed: Bool
}

/// How `soz align --memory` decides which candidates pair.
public enum MemoryAlignmentMethod: String, Sendable, CaseIterable {
  /// Co-occurrence and key similarity together (Söz's method).
  case combined
  /// Baseline: Dice over unit pairs alone.
  case cooccurrence
  /// Baseline: key similarity alone (among candidates seen in one unit).
  case similarity
}

/// The knobs of ``MemoryAligner``.
public struct MemoryAlignmentOptions: Sendable {
  /// Pairs seen together in fewer units are not proposed.
  public var minCount = 2
  /// Which evidence decides.
  public var method = MemoryAlignmentMethod.combined
  /// A pair whose keys are at least this similar is a spelling pair
  /// (the variant clustering's merge threshold).
  public var similar = AlignmentThresholds.standard.merge
  /// A similar pair must also reach this Dice (names used together).
  public var minDice = 0.1
  /// A dissimilar pair (an exonym, a translated title) needs this Dice …
  public var strongDice = 0.6
  /// … and this log-likelihood (p < 0.001 for one degree of freedom).
  public var minLogLikelihood = 10.83
  /// The co-occurrence baseline's Dice threshold.
  public var baselineDice = 0.5
  /// Example units kept per pair.
  public var examples = 3

  /// The defaults.
  public init() {}
}
