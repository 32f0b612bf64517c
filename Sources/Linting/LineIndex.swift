/// Maps Character offsets of a text to 1-based lines and columns.
///
/// A part of a file (see ``Document/Origin``) answers in the file's terms:
/// offsets are the file's, and lines and columns count from the part's
/// origin.
struct LineIndex: Sendable {
  private var lineStarts: [Int] = [0]
  private let origin: Document.Origin

  init(_ text: String, origin: Document.Origin = .whole) {
    self.origin = origin
    if let starts = ASCIICount.lineStarts(text) {
      lineStarts += starts
      return
    }
    for (i, c) in text.enumerated() where c.isNewline { lineStarts.append(i + 1) }
  }

  /// The 1-based line and column of the Character at the file's `offset`
  /// (the text's length: just after its end).
  func position(_ offset: Int) -> (line: Int, column: Int) {
    let local = offset - origin.offset
    var lo = 0
    var hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= local { lo = mid } else { hi = mid - 1 }
    }
    let column = local - lineStarts[lo] + 1
    return (lo + origin.line, lo == 0 ? column + origin.column - 1 : column)
  }

  /// The file offset of the Character at 1-based `line` and `column`, when
  /// the text holds it.
  func offset(line: Int, column: Int) -> Int? {
    let l = line - origin.line
    guard l >= 0, l < lineStarts.count else { return nil }
    let c = l == 0 ? column - origin.column : column - 1
    guard c >= 0 else { return nil }
    let local = lineStarts[l] + c
    guard l + 1 >= lineStarts.count || local < lineStarts[l + 1] else { return nil }
    return local + origin.offset
  }

  /// The text's line starts (Character offsets in the text, not the file).
  var starts: [Int] { lineStarts }

  func location(_ file: String, _ range: Range<Int>) -> TextLocation {
    let start = position(range.lowerBound)
    let end = position(max(range.lowerBound, range.upperBound - 1))
    return TextLocation(
      file: file, line: start.line, column: start.column, endLine: end.line,
      endColumn: end.column + 1)
  }
}
