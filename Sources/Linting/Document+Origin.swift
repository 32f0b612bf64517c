extension Document {
  /// Where a part of a file starts in it, and which of its findings are its
  /// own.
  ///
  /// A large file is linted a part at a time, so memory holds a
  /// few parts, not the file (`LintRun` cuts it: at a blank line, else a
  /// line break; one very long line at a space, the next part starting
  /// about a kilobyte earlier so a name across the cut is read whole). The
  /// linter reports lines, columns and spans in the whole file's terms, and
  /// a part reports only the findings that start in ``owned``. Rules that
  /// weigh a whole file (an abbreviation beside the full name, suppression
  /// blocks) carry over from part to part.
  public struct Origin: Sendable, Equatable {
    /// The 1-based line and column of the text's first Character.
    public var line: Int
    public var column: Int
    /// The Character offset of the text's first Character in the file.
    public var offset: Int
    /// The file's Character offsets whose findings this part reports.
    public var owned: Range<Int>
    /// The part's index in the file (0 for the first or only one).
    public var part: Int
    /// Whether the file ends with this part.
    public var isLast: Bool

    public init(
      line: Int = 1, column: Int = 1, offset: Int = 0, owned: Range<Int> = 0..<Int.max, part: Int = 0,
      isLast: Bool = true
    ) {
      self.line = line
      self.column = column
      self.offset = offset
      self.owned = owned
      self.part = part
      self.isLast = isLast
    }

    /// A whole file.
    public static let whole = Origin()

    /// Where the text after `text` starts, when `text` (in NFC, as a
    /// document holds it) starts here: the next part's origin, owning
    /// the rest of the file.
    public func advanced(over text: String) -> Origin {
      let count = ASCIICount.characters(text[...])
      let end = LineIndex(text, origin: self).position(offset + count)
      return Origin(
        line: end.line, column: end.column, offset: offset + count, owned: (offset + count)..<Int.max,
        part: part + 1, isLast: false)
    }
  }
}
