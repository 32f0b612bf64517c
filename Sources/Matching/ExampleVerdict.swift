import Orthography
import Terminology

/// Whether a concept's example behaves as its entry says.
public enum ExampleVerdict {
  /// Checks `example` of `concept` against `matcher`; nil when it holds,
  /// otherwise why not.
  public static func failure(
    of example: Example, concept: Concept, matcher: GlossaryMatcher
  ) -> String? {
    let mentions = matcher.mentions(in: example.text).filter { $0.conceptID == concept.id }
    switch example.expectation {
    case .match:
      return mentions.isEmpty ? "example does not mention '\(concept.id)'" : nil
    case .flag:
      guard !mentions.isEmpty else { return "example does not mention '\(concept.id)'" }
      let language =
        example.language ?? LanguageIdentifier.identify(example.text)?.language ?? .en
      let flagged = mentions.contains { shouldFlag($0, concept: concept, language: language) }
      return flagged
        ? nil : "example uses '\(concept.id)' only in forms that are right for \(language)"
    }
  }

  /// Whether a mention in text of `language` is not the concept's preferred
  /// spelling for that language.
  public static func shouldFlag(_ m: Mention, concept: Concept, language: LanguageTag) -> Bool {
    guard let form = m.form, !m.caseDiffers else { return true }
    if form.status != .preferred { return true }
    if form.language == language { return false }
    // A preferred form of another language: wrong unless it is also the
    // spelling this language prefers.
    guard let own = concept.preferred(in: language) else { return false }
    return own.text != form.text
  }
}
