/// The piece of a source line shown under a finding (`--format text`).
///
/// A line up to ``Excerpt/maximumWidth`` Characters is shown whole; a
/// longer one (a file that is one line) around the finding only, so a
/// finding on a 70 MB line prints a line, not the file.
public struct Excerpt: Hashable, Sendable {
  /// The Characters shown.
  public var text: String
  /// The 1-based column of `text`'s first Character in its line.
  public var column: Int
  /// Whether the line goes on before and after `text`.
  public var clippedBefore: Bool
  public var clippedAfter: Bool

  public static let maximumWidth = 200
  /// Characters shown on each side of a finding on a longer line.
  public static let context = 60

  public init(text: String, column: Int, clippedBefore: Bool = false, clippedAfter: Bool = false) {
    self.text = text
    self.column = column
    self.clippedBefore = clippedBefore
    self.clippedAfter = clippedAfter
  }
}

extension Document {
  /// The excerpts of ``text`` under `locations` that start in it (a part
  /// of a file holds some of them), keyed by location.
  public func excerpts(_ locations: [TextLocation]) -> [TextLocation: Excerpt] {
    guard !locations.isEmpty else { return [:] }
    let index = LineIndex(text, origin: origin)
    let starts = index.starts
    // The Characters' count, without walking clusters in ASCII text.
    let count = ASCIICount.characters(text[...])
    // Offsets are visited in order: a cursor walks the text about once
    // (back a line's start at most).
    var cursor = (index: text.startIndex, offset: 0)
    func at(_ offset: Int) -> String.Index {
      cursor = (text.index(cursor.index, offsetBy: offset - cursor.offset), offset)
      return cursor.index
    }
    var result: [TextLocation: Excerpt] = [:]
    let places = locations.compactMap { l -> (TextLocation, Int)? in
      guard let o = index.offset(line: l.line, column: l.column), o - origin.offset < count else { return nil }
      return (l, o - origin.offset)
    }
    for (l, offset) in places.sorted(by: { $0.1 < $1.1 }) where result[l] == nil {
      // The line's Characters in this text: from its start (or the
      // text's) to its line break (or the text's end).
      let lineIndex = l.line - origin.line
      let lineStart = starts[lineIndex]
      var lineEnd = lineIndex + 1 < starts.count ? starts[lineIndex + 1] - 1 : count
      if lineIndex + 1 == starts.count { lineEnd = count }
      var from = lineStart
      var to = lineEnd
      if to - from > Excerpt.maximumWidth {
        let width = l.endLine == l.line ? max(1, l.endColumn - l.column) : 1
        from = max(lineStart, offset - Excerpt.context)
        to = min(lineEnd, offset + width + Excerpt.context)
      }
      let lower = at(from)
      let upper = at(to)
      result[l] = Excerpt(
        text: String(text[lower..<upper]), column: l.column - (offset - from),
        clippedBefore: from > lineStart || (lineIndex == 0 && origin.column > 1),
        clippedAfter: to < lineEnd || (lineIndex + 1 == starts.count && !origin.isLast))
    }
    return result
  }
}
