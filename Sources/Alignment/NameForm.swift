/// One spelling to align: the text as written and the language it was
/// written in (a tag such as `az` or `kk-Latn`; only informative, since
/// alignment is language-neutral).
public struct NameForm: Hashable, Sendable, Comparable {
  public var text: String
  public var language: String

  public init(text: String, language: String) {
    self.text = text
    self.language = language
  }

  public static func < (a: NameForm, b: NameForm) -> Bool {
    (a.text, a.language) < (b.text, b.language)
  }
}

/// The thresholds of the clustering, fixed on the development split of
/// Evaluation/names (ties broken towards the stricter value, and towards
/// precision on soz-gen's synthetic names; see Documentation/Alignment.md).
public struct AlignmentThresholds: Sendable, Equatable {
  /// A candidate pair scoring at least this starts a merge.
  public var merge: Double
  /// Two clusters merge only when the mean score over all their cross
  /// pairs is at least this (average linkage) …
  public var average: Double
  /// … and no cross pair scores below this (a complete-linkage floor).
  public var floor: Double
  /// Two words align only at this similarity or better.
  public var word: Double

  public init(merge: Double = 0.84, average: Double = 0.84, floor: Double = 0.70, word: Double = 0.80) {
    self.merge = merge
    self.average = average
    self.floor = floor
    self.word = word
  }

  /// The tuned defaults.
  public static let standard = AlignmentThresholds()
}
