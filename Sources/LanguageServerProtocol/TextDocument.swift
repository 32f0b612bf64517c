/// An open document as the client sees it: its text and version, changed
/// by full or incremental sync.
///
/// Positions count UTF-16 code units within a line, and lines end at
/// LF, CR LF or CR, as the protocol says; a character beyond a line's end
/// means its end, and a line beyond the text's last means its end.
public struct TextDocument: Hashable, Sendable {
  public var uri: String
  public var languageId: String
  public var version: Int
  public var text: String

  public init(uri: String, languageId: String, version: Int, text: String) {
    self.uri = uri
    self.languageId = languageId
    self.version = version
    self.text = text
  }

  /// Applies one change: a range replaced, or the whole text.
  public mutating func apply(_ change: TextDocumentContentChangeEvent) {
    guard let range = change.range else {
      text = change.text
      return
    }
    var units = Array(text.utf16)
    var lower = Self.offset(of: range.start, in: units)
    var upper = Self.offset(of: range.end, in: units)
    if upper < lower { swap(&lower, &upper) }
    units.replaceSubrange(lower..<upper, with: Array(change.text.utf16))
    // A client that split a surrogate pair gets U+FFFD there, not a trap.
    text = String(decoding: units, as: UTF16.self)
  }

  /// The UTF-16 offset of `position` in the text (clamped to the text).
  public func offset(of position: Position) -> Int {
    Self.offset(of: position, in: Array(text.utf16))
  }

  static func offset(of position: Position, in units: [UInt16]) -> Int {
    var line = 0
    var offset = 0
    let count = units.count
    while line < position.line {
      guard offset < count else { return count }
      let u = units[offset]
      offset += 1
      if u == 0x0A {
        line += 1
      } else if u == 0x0D {
        if offset < count, units[offset] == 0x0A { offset += 1 }
        line += 1
      }
    }
    var end = offset
    while end < count, units[end] != 0x0A, units[end] != 0x0D { end += 1 }
    return min(offset + max(0, position.character), end)
  }
}
