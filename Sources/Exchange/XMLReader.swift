import Foundation
import Terminology

/// One attribute of a start tag, its value with references resolved.
public struct XMLAttribute: Hashable, Sendable {
  public var name: String
  public var value: String

  public init(_ name: String, _ value: String) {
    self.name = name
    self.value = value
  }
}

/// What ``XMLReader/next()`` reports.
public enum XMLEvent: Hashable, Sendable {
  /// A start tag. A self-closing tag (`<ph/>`) reports `isEmpty` and is
  /// followed by its ``end(name:)``.
  case start(name: String, attributes: [XMLAttribute], isEmpty: Bool)
  case end(name: String)
  /// Character data, references resolved and line ends normalized to `\n`.
  case text(String)
  /// The content of a `<![CDATA[…]]>` section.
  case cdata(String)
  /// A comment (only when ``XMLReader/reportsComments`` is set).
  case comment(String)
  /// A processing instruction (only when ``XMLReader/reportsComments`` is set).
  case processingInstruction(target: String, data: String)
}

/// A streaming XML 1.0 pull parser over bytes.
///
/// The file is read in 64 KiB chunks into one buffer that only grows to
/// hold the largest single token (a tag, a text run, a comment), so memory
/// stays bounded whatever the file size; ``maxTokenBytes`` bounds that
/// token. Strings are built only for the names, values and text handed out.
///
/// - Encodings: UTF-8 with or without a byte order mark, UTF-16 LE/BE
///   (by BOM, or by the `<?xml` pattern), and ISO-8859-1 / US-ASCII when
///   the declaration says so. Invalid UTF-8 or UTF-16 and control
///   characters XML forbids are errors.
/// - References: the five predefined entities and character references.
///   Any other entity reference is an error.
/// - Security: a DOCTYPE is skipped; one whose internal subset declares an
///   entity is refused at once (so no entity-expansion bomb, no external
///   entity, nothing loaded from disk or network, ever).
/// - Checks: well-formedness as far as a stream can see it (matching end
///   tags, one root, quoted unique attributes, no text outside the root,
///   a complete document). Namespaces are not resolved: names are reported
///   as written (`xml:lang`, `tbx:term`); ``localName(_:)`` strips a prefix.
///
/// Every error is an ``ExchangeError`` with file, line and column (1-based;
/// columns count Unicode scalars).
public final class XMLReader {
  /// The file name used in locations and errors.
  public let file: String
  /// Whether whitespace-only text between elements is reported (default
  /// false: it is skipped without building a String).
  public var reportsWhitespace = false
  /// Whether comments and processing instructions are reported (default
  /// false: they are skipped).
  public var reportsComments = false
  /// The largest single token (tag, text run, comment, DOCTYPE) accepted.
  public var maxTokenBytes = 64 << 20

  static let chunkSize = 64 * 1024

  enum Decoding { case utf8, utf16le, utf16be, latin1 }

  let source: ByteSource
  var decoding = Decoding.utf8
  var buf: UnsafeMutablePointer<UInt8>
  var cap: Int
  /// Start of the current token (bytes before it may be discarded).
  var pos = 0
  /// End of the bytes read.
  var end = 0
  /// End of the bytes checked for valid UTF-8.
  var checked = 0
  var eof = false
  var started = false
  // Raw bytes awaiting transcoding (UTF-16, Latin-1).
  var raw: [UInt8] = []
  var pendingHighSurrogate: UInt16?
  // Location cursor: byte `locPos` of the buffer is at `locLine:locCol`.
  var locPos = 0
  var locLine = 1
  var locCol = 1
  var eventStart = 0
  var eventLocation: (line: Int, column: Int)?
  var stack: [String] = []
  var pendingEnd: String?
  var sawRoot = false
  var rootClosed = false
  var sawDoctype = false
  var tokens = 0

  /// Opens `path` for streaming.
  /// - Parameter displayName: the name used in errors (default: `path`).
  /// - Throws: ``ExchangeError`` (`io`) when the file cannot be opened.
  public convenience init(path: String, displayName: String? = nil) throws(ExchangeError) {
    let name = displayName ?? path
    guard let source = ByteSource(path: path) else {
      throw ExchangeError(
        .io, "cannot open file (\(String(cString: strerror(errno))))",
        at: SourceLocation(file: name, line: 1))
    }
    self.init(source: source, file: name)
  }

  /// Parses bytes already in memory.
  public convenience init(bytes: [UInt8], file: String) {
    self.init(source: ByteSource(bytes: bytes), file: file)
  }

  /// Parses a string (as UTF-8).
  public convenience init(string: String, file: String = "<string>") {
    self.init(bytes: Array(string.utf8), file: file)
  }

  init(source: ByteSource, file: String) {
    self.source = source
    self.file = file
    cap = Self.chunkSize * 2
    buf = .allocate(capacity: cap)
  }

  deinit { buf.deallocate() }

  /// How far through the input the reader has read, 0…1 (for progress
  /// bars; the reader reads ahead by at most one chunk).
  public var progress: Double { source.fractionRead }

  /// The number of elements open after the last event.
  public var depth: Int { stack.count }

  /// Where the last event reported by ``next()`` starts.
  public var location: SourceLocation {
    if eventLocation == nil { eventLocation = lineColumn(at: eventStart) }
    return SourceLocation(file: file, line: eventLocation!.line, column: eventLocation!.column)
  }

  /// The part of a qualified name after its prefix (`term` for `tbx:term`).
  public static func localName(_ name: String) -> String {
    guard let colon = name.utf8.lastIndex(of: UInt8(ascii: ":")) else { return name }
    return String(name[name.utf8.index(after: colon)...])
  }

  // MARK: - Events

  /// The next event, or nil at the end of a complete document.
  /// - Throws: ``ExchangeError`` at the first problem; the reader must not
  ///   be used after an error.
  public func next() throws(ExchangeError) -> XMLEvent? {
    if !started { try begin() }
    if let name = pendingEnd {
      pendingEnd = nil
      stack.removeLast()
      if stack.isEmpty { rootClosed = true }
      return .end(name: name)
    }
    while true {
      if pos >= end {
        if try fill() == nil { return try finish() }
        continue
      }
      eventStart = pos
      eventLocation = nil
      tokens += 1
      if buf[pos] != UInt8(ascii: "<") {
        if let event = try text() { return event }
        continue
      }
      guard try ensure(2) else { throw truncated(at: pos, "a tag") }
      switch buf[pos + 1] {
      case UInt8(ascii: "/"): return try endTag()
      case UInt8(ascii: "?"):
        if let event = try processingInstruction() { return event }
      case UInt8(ascii: "!"):
        if let event = try markupDeclaration() { return event }
      default: return try startTag()
      }
    }
  }

  func finish() throws(ExchangeError) -> XMLEvent? {
    if let open = stack.last {
      throw truncated(at: end, "<\(open)> is not closed")
    }
    if !sawRoot {
      throw ExchangeError(
        .malformed, "no root element (empty or not an XML file)", at: loc(end))
    }
    return nil
  }


  // MARK: - Locations

  /// Moves the location cursor forward to buffer offset `target`.
  func advanceCursor(to target: Int) {
    var i = locPos
    var line = locLine
    var col = locCol
    let b = buf
    while i < target {
      let c = b[i]
      if c == 0x0A {
        line += 1
        col = 1
      } else if c & 0xC0 != 0x80 {
        col += 1
      }
      i += 1
    }
    if i > locPos {
      locPos = i
      locLine = line
      locCol = col
    }
  }

  func lineColumn(at offset: Int) -> (line: Int, column: Int) {
    advanceCursor(to: min(offset, end))
    return (locLine, locCol)
  }

  func loc(_ offset: Int) -> SourceLocation {
    let (line, column) = lineColumn(at: offset)
    return SourceLocation(file: file, line: line, column: column)
  }

  func malformed(at offset: Int, _ message: String) -> ExchangeError {
    ExchangeError(.malformed, message, at: loc(offset))
  }

  func truncated(at offset: Int, _ what: String) -> ExchangeError {
    ExchangeError(.truncated, "unexpected end of file (truncated?): \(what)", at: loc(offset))
  }

}

func hex2(_ b: UInt8) -> String {
  let s = String(b, radix: 16, uppercase: true)
  return s.count < 2 ? "0" + s : s
}

func hex4(_ v: UInt32) -> String {
  let s = String(v, radix: 16, uppercase: true)
  return String(repeating: "0", count: max(0, 4 - s.count)) + s
}
