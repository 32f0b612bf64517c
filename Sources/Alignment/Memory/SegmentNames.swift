import Orthography

/// A candidate name in one segment of a translation memory.
public struct SegmentName: Hashable, Sendable {
  /// The span as written, less an apostrophe suffix (`Karabağ'da` →
  /// `Karabağ`, `Karabakh's` → `Karabakh`). Suffixes written without an
  /// apostrophe (`Ağdama`) are removed later, memory-wide
  /// (``MemoryNameCounts``), where the evidence to gate them is.
  public var text: String
  /// Whether the span opens the segment or a sentence in it (a capital
  /// there proves nothing).
  public var sentenceInitial: Bool

  /// A candidate.
  public init(text: String, sentenceInitial: Bool) {
    self.text = text
    self.sentenceInitial = sentenceInitial
  }
}

extension NameExtractor {
  /// Candidate names in one memory segment: the capitalised spans of
  /// ``NameExtractor`` (English connectors inside, a trailing generic word,
  /// stop words such as titles and months ending a span), without glossary
  /// matching or language detection, so that a million segments stay
  /// cheap. Distinct by text and position class.
  public func names(inSegment text: String) -> [SegmentName] {
    let tokens = Tokenizer.shared.tokens(in: text).filter { !$0.isNumeric }
    guard tokens.contains(where: { NameExtractor.isCapitalised($0.text) }) else { return [] }
    let units = Array(text.utf16)
    var out: [SegmentName] = []
    for span in spans(tokens, units: units) {
      var words = tokens[span].map(\.text)
      let stem = NameExtractor.apostropheStem(words[words.count - 1])
      words[words.count - 1] = stem
      guard let first = tokens[span].first, let last = tokens[span].last else { continue }
      var surface = String(text[first.range.lowerBound..<last.range.lowerBound]) + stem
      // An initial before a surname (`Ə.Əsədov`, `İ.Əliyev`) goes.
      let chars = Array(surface.prefix(3))
      if chars.count == 3, chars[0].isUppercase, chars[1] == ".", chars[2].isUppercase {
        surface.removeFirst(2)
      }
      guard surface.count >= 2 else { continue }
      let name = SegmentName(
        text: surface, sentenceInitial: NameExtractor.opensSentence(units, at: first.utf16Range.lowerBound))
      if !out.contains(name) { out.append(name) }
    }
    return out
  }
}
