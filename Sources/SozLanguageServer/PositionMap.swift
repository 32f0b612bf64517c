import LanguageServerProtocol
import Linting

/// Converts between the linter's places and the protocol's positions for
/// one text as the client holds it.
///
/// The linter counts Characters of the text in NFC without a leading byte
/// order mark, and its lines end at any Character that is a newline; the
/// protocol counts UTF-16 code units, and its lines end at LF, CR LF or CR
/// only. Canonically equivalent texts have the same Characters, so a
/// Character offset of the linter's text is one of the client's.
struct PositionMap {
  /// The UTF-16 offset at which each Character starts, and the end.
  private var utf16Starts: [Int] = []
  /// UTF-16 offsets at which the protocol's lines start.
  private var protocolLines: [Int] = [0]
  /// Character offsets at which the linter's lines start.
  private var linterLines: [Int] = [0]

  init(_ text: String) {
    var characters = Substring(text)
    var u = 0
    if characters.first == "\u{FEFF}" {
      u = 1
      characters = characters.dropFirst()
    }
    utf16Starts.reserveCapacity(text.utf8.count)
    var index = 0
    for c in characters {
      utf16Starts.append(u)
      u += c.utf16.count
      index += 1
      if c == "\n" || c == "\r\n" || c == "\r" { protocolLines.append(u) }
      if c.isNewline { linterLines.append(index) }
    }
    utf16Starts.append(u)
  }

  /// The number of Characters the linter sees.
  var characterCount: Int { utf16Starts.count - 1 }

  /// The position of the Character at `offset` (clamped to the text).
  func position(ofCharacter offset: Int) -> Position {
    let u = utf16Starts[min(max(0, offset), utf16Starts.count - 1)]
    let line = Self.lastIndex(in: protocolLines, notAbove: u)
    return Position(line: line, character: u - protocolLines[line])
  }

  /// The range of Characters `span`.
  func range(ofCharacters span: Range<Int>) -> TextRange {
    TextRange(start: position(ofCharacter: span.lowerBound), end: position(ofCharacter: span.upperBound))
  }

  /// The Character offset of a 1-based line and column of the linter.
  func characterOffset(line: Int, column: Int) -> Int {
    let l = min(max(1, line), linterLines.count) - 1
    return min(linterLines[l] + max(1, column) - 1, characterCount)
  }

  /// The range a linter location covers.
  func range(of location: TextLocation) -> TextRange {
    let start = characterOffset(line: location.line, column: location.column)
    let end = characterOffset(line: location.endLine, column: location.endColumn)
    return range(ofCharacters: start..<max(start, end))
  }

  /// The Character offset at a UTF-16 offset (the Character containing it).
  func characterOffset(utf16 offset: Int) -> Int {
    Self.lastIndex(in: utf16Starts, notAbove: offset)
  }

  /// The index of the last element not above `value` in a sorted array
  /// whose first element is not above it.
  private static func lastIndex(in sorted: [Int], notAbove value: Int) -> Int {
    var lo = 0
    var hi = sorted.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if sorted[mid] <= value { lo = mid } else { hi = mid - 1 }
    }
    return lo
  }
}
