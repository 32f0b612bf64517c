/// Converts String ranges of one text to Character offsets.
///
/// Lookups usually come in text order, so it walks on from the last one
/// instead of from the start (linear over a document, not quadratic).
final class CharacterOffsets {
  let text: String
  private var lastIndex: String.Index
  private var lastOffset = 0
  /// ASCII text without CR: a Character is a byte, an offset is O(1).
  private let bytewise: Bool

  init(_ text: String) {
    self.text = text
    lastIndex = text.startIndex
    bytewise = ASCIICount.isASCII(text) && !text.utf8.contains(0x0D)
  }

  func offset(_ i: String.Index) -> Int {
    if bytewise { return text.utf8.distance(from: text.startIndex, to: i) }
    if i < lastIndex {
      lastIndex = text.startIndex
      lastOffset = 0
    }
    lastOffset += text.distance(from: lastIndex, to: i)
    lastIndex = i
    return lastOffset
  }

  func range(_ r: Range<String.Index>) -> Range<Int> {
    let lo = offset(r.lowerBound)
    if bytewise { return lo..<(lo + text.utf8.distance(from: r.lowerBound, to: r.upperBound)) }
    return lo..<(lo + text.distance(from: r.lowerBound, to: r.upperBound))
  }
}
