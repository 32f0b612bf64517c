/// Maps Character offsets of a text to 1-based lines and columns.
struct LineIndex: Sendable {
  private var lineStarts: [Int] = [0]

  init(_ text: String) {
    if let starts = ASCIICount.lineStarts(text) {
      lineStarts += starts
      return
    }
    for (i, c) in text.enumerated() where c.isNewline { lineStarts.append(i + 1) }
  }

  /// The 1-based line and column of the Character at `offset`.
  func position(_ offset: Int) -> (line: Int, column: Int) {
    var lo = 0
    var hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    return (lo + 1, offset - lineStarts[lo] + 1)
  }

  func location(_ file: String, _ range: Range<Int>) -> TextLocation {
    let start = position(range.lowerBound)
    let end = position(max(range.lowerBound, range.upperBound - 1))
    return TextLocation(
      file: file, line: start.line, column: start.column, endLine: end.line,
      endColumn: end.column + 1)
  }
}
