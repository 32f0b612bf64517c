import Orthography

/// Memoized calls into `Orthography`, word by word.
///
/// Given names, place roots and template words repeat across thousands of
/// forms; ICU is only asked about each distinct word once. Both operations
/// are word-local (no rule looks across a space), so caching per word gives
/// the same text as one call on the whole string.
final class OrthographyCache {
  private var cyrillic: [Substring: String] = [:]
  private var keys: [Substring: String] = [:]

  /// Kazakh Latin (2021) → Kazakh Cyrillic via `Transforms.kazakhToCyrillic`.
  func kazakhCyrillic(_ latin: String) -> String {
    latin.split(separator: " ", omittingEmptySubsequences: false).map { word in
      if let hit = cyrillic[word] { return hit }
      let value = Transforms.kazakhToCyrillic.transliterate(String(word))
      cyrillic[word] = value
      return value
    }.joined(separator: " ")
  }

  /// `ComparisonKey.of(text)`, the key under which the matcher files a form.
  func key(_ text: String) -> String {
    var parts: [String] = []
    for word in text.split(separator: " ") {
      let value: String
      if let hit = keys[word] {
        value = hit
      } else {
        value = ComparisonKey.of(String(word))
        keys[word] = value
      }
      if !value.isEmpty { parts.append(value) }
    }
    return parts.joined(separator: " ")
  }
}
