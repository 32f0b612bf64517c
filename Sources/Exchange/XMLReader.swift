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

  private let source: ByteSource
  private var decoding = Decoding.utf8
  private var buf: UnsafeMutablePointer<UInt8>
  private var cap: Int
  /// Start of the current token (bytes before it may be discarded).
  private var pos = 0
  /// End of the bytes read.
  private var end = 0
  /// End of the bytes checked for valid UTF-8.
  private var checked = 0
  private var eof = false
  private var started = false
  // Raw bytes awaiting transcoding (UTF-16, Latin-1).
  private var raw: [UInt8] = []
  private var pendingHighSurrogate: UInt16?
  // Location cursor: byte `locPos` of the buffer is at `locLine:locCol`.
  private var locPos = 0
  private var locLine = 1
  private var locCol = 1
  private var eventStart = 0
  private var eventLocation: (line: Int, column: Int)?
  private var stack: [String] = []
  private var pendingEnd: String?
  private var sawRoot = false
  private var rootClosed = false
  private var sawDoctype = false
  private var tokens = 0

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

  private func finish() throws(ExchangeError) -> XMLEvent? {
    if let open = stack.last {
      throw truncated(at: end, "<\(open)> is not closed")
    }
    if !sawRoot {
      throw ExchangeError(
        .malformed, "no root element (empty or not an XML file)", at: loc(end))
    }
    return nil
  }

  // MARK: - Buffer

  /// Makes `count` bytes from `pos` available; false at the end of input.
  @inline(__always)
  private func ensure(_ count: Int) throws(ExchangeError) -> Bool {
    while end - pos < count {
      if try fill() == nil { return false }
    }
    return true
  }

  /// Discards the bytes before `pos`, then reads and checks more. Returns
  /// the number of bytes discarded (offsets from `pos` stay valid), or nil
  /// at the end of input.
  private func fill() throws(ExchangeError) -> Int? {
    if eof { return nil }
    let discard = pos
    if discard > 0 {
      advanceCursor(to: discard)
      locPos -= discard
      (buf).update(from: buf + discard, count: end - discard)
      end -= discard
      checked -= discard
      eventStart = max(0, eventStart - discard)
      pos = 0
    }
    if cap - end < Self.chunkSize {
      if end > maxTokenBytes {
        throw ExchangeError(
          .tooLarge, "a single tag, text or comment is larger than \(maxTokenBytes >> 20) MiB",
          at: loc(0))
      }
      let newCap = max(cap * 2, end + Self.chunkSize * 2)
      let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCap)
      grown.update(from: buf, count: end)
      buf.deallocate()
      buf = grown
      cap = newCap
    }
    let n: Int
    switch decoding {
    case .utf8:
      n = source.read(into: buf + end, count: min(cap - end, Self.chunkSize * 4))
      if n > 0 { end += n }
    default:
      n = try transcode(room: cap - end)
    }
    if n < 0 {
      throw ExchangeError(
        .io, "read error (\(String(cString: strerror(errno))))", at: loc(end))
    }
    if n == 0 {
      eof = true
      if pendingHighSurrogate != nil || !raw.isEmpty {
        throw ExchangeError(.truncated, "the file ends inside a UTF-16 character", at: loc(end))
      }
      if checked < end {
        throw ExchangeError(.encoding, "invalid UTF-8 (the file ends inside a character)", at: loc(checked))
      }
      return nil
    }
    try validate()
    return discard
  }

  /// Checks the new bytes: well-formed UTF-8, no control characters XML
  /// forbids. A character cut by the chunk end is checked on the next fill.
  private func validate() throws(ExchangeError) {
    var i = checked
    let e = end
    let b = buf
    while i < e {
      let c = b[i]
      if c < 0x80 {
        if c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D {
          throw ExchangeError(
            .encoding, "control character U+\(hex4(UInt32(c))) is not allowed in XML", at: loc(i))
        }
        i += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch c {
      case 0xC2...0xDF: length = 2
      case 0xE0: length = 3; low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: length = 3; high = 0x9F
      case 0xF0: length = 4; low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4: length = 4; high = 0x8F
      default:
        throw ExchangeError(.encoding, "invalid UTF-8 byte 0x\(hex2(c))", at: loc(i))
      }
      if i + length > e {
        // Cut by the chunk end: check it when the rest arrives.
        for k in (i + 1)..<e where b[k] & 0xC0 != 0x80 {
          throw ExchangeError(.encoding, "invalid UTF-8 sequence", at: loc(i))
        }
        if i + 1 < e, b[i + 1] < low || b[i + 1] > high {
          throw ExchangeError(.encoding, "invalid UTF-8 sequence", at: loc(i))
        }
        break
      }
      let c1 = b[i + 1]
      if c1 < low || c1 > high {
        throw ExchangeError(.encoding, "invalid UTF-8 sequence", at: loc(i))
      }
      if length > 2 && b[i + 2] & 0xC0 != 0x80 || length > 3 && b[i + 3] & 0xC0 != 0x80 {
        throw ExchangeError(.encoding, "invalid UTF-8 sequence", at: loc(i))
      }
      if length == 3 && c == 0xEF && c1 == 0xBF && b[i + 2] >= 0xBE {
        throw ExchangeError(.encoding, "U+FFFE/U+FFFF is not allowed in XML", at: loc(i))
      }
      i += length
    }
    checked = i
  }

  /// Reads raw bytes and appends them to the buffer as UTF-8.
  private func transcode(room: Int) throws(ExchangeError) -> Int {
    let want = max(16, room / 3)
    var chunk = [UInt8](repeating: 0, count: want)
    let n = chunk.withUnsafeMutableBufferPointer { source.read(into: $0.baseAddress!, count: want) }
    if n <= 0 { return n }
    raw.append(contentsOf: chunk[0..<n])
    var out = end
    func put(_ scalar: UInt32) {
      if scalar < 0x80 {
        buf[out] = UInt8(scalar); out += 1
      } else if scalar < 0x800 {
        buf[out] = UInt8(0xC0 | scalar >> 6); buf[out + 1] = UInt8(0x80 | scalar & 0x3F); out += 2
      } else if scalar < 0x10000 {
        buf[out] = UInt8(0xE0 | scalar >> 12); buf[out + 1] = UInt8(0x80 | scalar >> 6 & 0x3F)
        buf[out + 2] = UInt8(0x80 | scalar & 0x3F); out += 3
      } else {
        buf[out] = UInt8(0xF0 | scalar >> 18); buf[out + 1] = UInt8(0x80 | scalar >> 12 & 0x3F)
        buf[out + 2] = UInt8(0x80 | scalar >> 6 & 0x3F); buf[out + 3] = UInt8(0x80 | scalar & 0x3F)
        out += 4
      }
    }
    var i = 0
    switch decoding {
    case .latin1:
      while i < raw.count { put(UInt32(raw[i])); i += 1 }
    default:
      let little = decoding == .utf16le
      while i + 1 < raw.count {
        let unit = little ? UInt16(raw[i]) | UInt16(raw[i + 1]) << 8 : UInt16(raw[i]) << 8 | UInt16(raw[i + 1])
        i += 2
        if let hi = pendingHighSurrogate {
          pendingHighSurrogate = nil
          guard (0xDC00...0xDFFF).contains(unit) else {
            end = out
            throw ExchangeError(.encoding, "invalid UTF-16 (unpaired surrogate)", at: loc(out))
          }
          put(0x10000 + (UInt32(hi - 0xD800) << 10) + UInt32(unit - 0xDC00))
        } else if (0xD800...0xDBFF).contains(unit) {
          pendingHighSurrogate = unit
        } else if (0xDC00...0xDFFF).contains(unit) {
          end = out
          throw ExchangeError(.encoding, "invalid UTF-16 (unpaired surrogate)", at: loc(out))
        } else {
          put(UInt32(unit))
        }
      }
    }
    raw.removeSubrange(0..<i)
    let produced = out - end
    end = out
    // Nothing produced yet (half a surrogate pair): read on.
    return produced == 0 ? try transcode(room: room) : produced
  }

  /// Detects the encoding from a byte order mark, the `<?xml` pattern or
  /// the declaration.
  private func begin() throws(ExchangeError) {
    started = true
    let head = source.peek(1024)
    if head.starts(with: [0xEF, 0xBB, 0xBF]) {
      source.skip(3)
    } else if head.starts(with: [0xFF, 0xFE]) {
      decoding = .utf16le
      source.skip(2)
    } else if head.starts(with: [0xFE, 0xFF]) {
      decoding = .utf16be
      source.skip(2)
    } else if head.starts(with: [0x3C, 0x00, 0x3F, 0x00]) {
      decoding = .utf16le
    } else if head.starts(with: [0x00, 0x3C, 0x00, 0x3F]) {
      decoding = .utf16be
    } else if head.starts(with: Array("<?xml".utf8)),
      let close = head.firstIndex(of: UInt8(ascii: ">"))
    {
      let declaration = String(decoding: head[..<close], as: UTF8.self)
      if let name = Self.declaredEncoding(declaration) {
        switch name.lowercased() {
        case "utf-8", "utf8", "us-ascii", "ascii", "utf-16", "utf16": break
        case "iso-8859-1", "latin1", "latin-1", "iso_8859-1", "l1": decoding = .latin1
        default:
          throw ExchangeError(
            .encoding, "unsupported encoding '\(name)' (use UTF-8 or UTF-16)",
            at: SourceLocation(file: file, line: 1))
        }
      }
    }
  }

  static func declaredEncoding(_ declaration: String) -> String? {
    guard let r = declaration.range(of: "encoding") else { return nil }
    let rest = declaration[r.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
    guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
    return String(rest.dropFirst().prefix { $0 != quote })
  }

  // MARK: - Locations

  /// Moves the location cursor forward to buffer offset `target`.
  private func advanceCursor(to target: Int) {
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

  private func lineColumn(at offset: Int) -> (line: Int, column: Int) {
    advanceCursor(to: min(offset, end))
    return (locLine, locCol)
  }

  private func loc(_ offset: Int) -> SourceLocation {
    let (line, column) = lineColumn(at: offset)
    return SourceLocation(file: file, line: line, column: column)
  }

  private func malformed(at offset: Int, _ message: String) -> ExchangeError {
    ExchangeError(.malformed, message, at: loc(offset))
  }

  private func truncated(at offset: Int, _ what: String) -> ExchangeError {
    ExchangeError(.truncated, "unexpected end of file (truncated?): \(what)", at: loc(offset))
  }

  // MARK: - Scanning

  /// The offset from `pos` of the first `byte` at or after offset `from`;
  /// nil at the end of input.
  @inline(__always)
  private func find(_ byte: UInt8, from: Int) throws(ExchangeError) -> Int? {
    var k = from
    while true {
      let available = end - pos - k
      if available > 0, let hit = memchr(buf + pos + k, Int32(byte), available) {
        return buf.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - pos
      }
      k = max(k, end - pos)
      if try fill() == nil { return nil }
    }
  }

  /// The offset from `pos` of the first occurrence of `terminator`.
  private func find(_ terminator: [UInt8], from: Int) throws(ExchangeError) -> Int? {
    var k = from
    while let hit = try find(terminator[0], from: k) {
      guard try ensure(hit + terminator.count) else { return nil }
      var same = true
      for j in 1..<terminator.count where buf[pos + hit + j] != terminator[j] {
        same = false
        break
      }
      if same { return hit }
      k = hit + 1
    }
    return nil
  }

  @inline(__always)
  private func byte(_ k: Int) -> UInt8 { buf[pos + k] }

  @inline(__always)
  private static func isSpace(_ c: UInt8) -> Bool {
    c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D
  }

  @inline(__always)
  private static func isNameStart(_ c: UInt8) -> Bool {
    (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || c == 0x5F || c == 0x3A || c >= 0x80
  }

  @inline(__always)
  private static func isNameChar(_ c: UInt8) -> Bool {
    isNameStart(c) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x2E
  }

  private func string(_ from: Int, _ to: Int) -> String {
    String(decoding: UnsafeBufferPointer(start: buf + pos + from, count: to - from), as: UTF8.self)
  }

  /// Scans a name at offset `k` (within the current token); returns its end.
  private func name(at k: Int, limit: Int, what: String) throws(ExchangeError) -> Int {
    guard k < limit, Self.isNameStart(byte(k)) else {
      throw malformed(at: pos + k, "expected \(what)")
    }
    var j = k + 1
    while j < limit, Self.isNameChar(byte(j)) { j += 1 }
    return j
  }

  // MARK: - Tokens

  private func startTag() throws(ExchangeError) -> XMLEvent {
    // Find the closing '>' outside quoted values.
    var k = 1
    var quote: UInt8 = 0
    var close = -1
    while close < 0 {
      if pos + k >= end {
        guard try fill() != nil else { throw truncated(at: end, "inside a start tag") }
        continue
      }
      let c = byte(k)
      if quote != 0 {
        if c == quote {
          quote = 0
        } else if c == UInt8(ascii: "<") {
          throw malformed(at: pos + k, "'<' is not allowed in an attribute value")
        }
      } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
        quote = c
      } else if c == UInt8(ascii: ">") {
        close = k
      } else if c == UInt8(ascii: "<") {
        throw malformed(at: pos + k, "'<' inside a tag (missing '>'?)")
      }
      k += 1
    }
    if rootClosed {
      throw malformed(at: pos, "a second root element (only one is allowed)")
    }
    let isEmpty = close > 1 && byte(close - 1) == UInt8(ascii: "/")
    let limit = isEmpty ? close - 1 : close
    let nameEnd = try name(at: 1, limit: limit, what: "an element name after '<'")
    let elementName = string(1, nameEnd)
    var attributes: [XMLAttribute] = []
    var j = nameEnd
    while true {
      let before = j
      while j < limit, Self.isSpace(byte(j)) { j += 1 }
      if j >= limit { break }
      if j == before {
        throw malformed(at: pos + j, "expected whitespace before an attribute")
      }
      let attrEnd = try name(at: j, limit: limit, what: "an attribute name")
      let attrName = string(j, attrEnd)
      j = attrEnd
      while j < limit, Self.isSpace(byte(j)) { j += 1 }
      guard j < limit, byte(j) == UInt8(ascii: "=") else {
        throw malformed(at: pos + j, "expected '=' after attribute '\(attrName)'")
      }
      j += 1
      while j < limit, Self.isSpace(byte(j)) { j += 1 }
      guard j < limit, byte(j) == UInt8(ascii: "\"") || byte(j) == UInt8(ascii: "'") else {
        throw malformed(at: pos + j, "expected a quoted value for attribute '\(attrName)'")
      }
      let q = byte(j)
      var valueEnd = j + 1
      while valueEnd < limit, byte(valueEnd) != q { valueEnd += 1 }
      guard valueEnd < limit else {
        throw malformed(at: pos + j, "unterminated value of attribute '\(attrName)'")
      }
      let value = try decode(j + 1, valueEnd, attribute: true)
      if attributes.contains(where: { $0.name == attrName }) {
        throw malformed(at: pos + before, "duplicate attribute '\(attrName)'")
      }
      attributes.append(XMLAttribute(attrName, value))
      j = valueEnd + 1
    }
    pos += close + 1
    sawRoot = true
    stack.append(elementName)
    if isEmpty { pendingEnd = elementName }
    return .start(name: elementName, attributes: attributes, isEmpty: isEmpty)
  }

  private func endTag() throws(ExchangeError) -> XMLEvent {
    guard let close = try find(UInt8(ascii: ">"), from: 2) else {
      throw truncated(at: end, "inside an end tag")
    }
    let nameEnd = try name(at: 2, limit: close, what: "an element name after '</'")
    var j = nameEnd
    while j < close, Self.isSpace(byte(j)) { j += 1 }
    if j != close { throw malformed(at: pos + j, "unexpected text in an end tag") }
    guard let open = stack.last else {
      throw ExchangeError(
        .mismatchedTag, "end tag </\(string(2, nameEnd))> without a start tag", at: loc(pos))
    }
    let same = open.utf8.withContiguousStorageIfAvailable { o in
      o.count == nameEnd - 2 && memcmp(o.baseAddress!, buf + pos + 2, o.count) == 0
    } ?? (open == string(2, nameEnd))
    guard same else {
      throw ExchangeError(
        .mismatchedTag, "end tag </\(string(2, nameEnd))> does not match <\(open)>", at: loc(pos))
    }
    pos += close + 1
    stack.removeLast()
    if stack.isEmpty { rootClosed = true }
    return .end(name: open)
  }

  private func text() throws(ExchangeError) -> XMLEvent? {
    let stop = try find(UInt8(ascii: "<"), from: 0) ?? (end - pos)
    defer { pos += stop }
    var whitespace = true
    for k in 0..<stop where !Self.isSpace(byte(k)) {
      whitespace = false
      break
    }
    if stack.isEmpty {
      if !whitespace {
        throw malformed(
          at: pos, rootClosed ? "text after the root element" : "text before the root element")
      }
      return nil
    }
    if whitespace && !reportsWhitespace { return nil }
    return .text(try decode(0, stop, attribute: false))
  }

  /// Decodes offsets `from..<to`: references resolved, line ends
  /// normalized (and, in attribute values, whitespace made spaces).
  private func decode(_ from: Int, _ to: Int, attribute: Bool) throws(ExchangeError) -> String {
    var plain = true
    for k in from..<to {
      let c = byte(k)
      if c == UInt8(ascii: "&") || c == 0x0D || attribute && (c == 0x0A || c == 0x09) {
        plain = false
        break
      }
    }
    if plain { return string(from, to) }
    var out: [UInt8] = []
    out.reserveCapacity(to - from)
    var k = from
    while k < to {
      let c = byte(k)
      if c == UInt8(ascii: "&") {
        var semi = k + 1
        while semi < to, semi - k < 40, byte(semi) != UInt8(ascii: ";") { semi += 1 }
        guard semi < to, byte(semi) == UInt8(ascii: ";") else {
          throw ExchangeError(.malformed, "'&' must start a reference ending in ';' (write &amp;)", at: loc(pos + k))
        }
        let ref = string(k + 1, semi)
        switch ref {
        case "lt": out.append(UInt8(ascii: "<"))
        case "gt": out.append(UInt8(ascii: ">"))
        case "amp": out.append(UInt8(ascii: "&"))
        case "quot": out.append(UInt8(ascii: "\""))
        case "apos": out.append(UInt8(ascii: "'"))
        default:
          if ref.hasPrefix("#") {
            let digits = ref.dropFirst()
            let value: UInt32? =
              digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, let scalar = Unicode.Scalar(value), Self.isXMLChar(value) else {
              throw ExchangeError(
                .malformed, "invalid character reference '&\(ref);'", at: loc(pos + k))
            }
            out.append(contentsOf: String(Character(scalar)).utf8)
          } else {
            throw ExchangeError(
              .undefinedEntity,
              "undefined entity '&\(ref);' (only &lt; &gt; &amp; &quot; &apos; and character references are allowed)",
              at: loc(pos + k))
          }
        }
        k = semi + 1
      } else if c == 0x0D {
        out.append(attribute ? 0x20 : 0x0A)
        k += (k + 1 < to && byte(k + 1) == 0x0A) ? 2 : 1
      } else if attribute && (c == 0x0A || c == 0x09) {
        out.append(0x20)
        k += 1
      } else {
        out.append(c)
        k += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  static func isXMLChar(_ v: UInt32) -> Bool {
    v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v)
      || (0xE000...0xFFFD).contains(v) || (0x10000...0x10FFFF).contains(v)
  }

  private func processingInstruction() throws(ExchangeError) -> XMLEvent? {
    guard let close = try find(Array("?>".utf8), from: 2) else {
      throw truncated(at: end, "inside a processing instruction")
    }
    let nameEnd = try name(at: 2, limit: close, what: "a processing instruction target")
    let target = string(2, nameEnd)
    let isDeclaration = target.lowercased() == "xml"
    if isDeclaration && tokens != 1 {
      throw malformed(at: pos, "the XML declaration must be at the very start of the file")
    }
    var dataStart = nameEnd
    while dataStart < close, Self.isSpace(byte(dataStart)) { dataStart += 1 }
    let data = reportsComments && !isDeclaration ? string(dataStart, close) : ""
    pos += close + 2
    if isDeclaration || !reportsComments { return nil }
    return .processingInstruction(target: target, data: data)
  }

  private func markupDeclaration() throws(ExchangeError) -> XMLEvent? {
    guard try ensure(4) else { throw truncated(at: end, "inside a markup declaration") }
    if byte(2) == UInt8(ascii: "-") && byte(3) == UInt8(ascii: "-") {
      guard let close = try find(Array("-->".utf8), from: 4) else {
        throw truncated(at: end, "inside a comment")
      }
      let body = reportsComments ? string(4, close) : ""
      pos += close + 3
      return reportsComments ? .comment(body) : nil
    }
    let cdata = Array("<![CDATA[".utf8)
    if try ensure(cdata.count), (0..<cdata.count).allSatisfy({ byte($0) == cdata[$0] }) {
      guard let close = try find(Array("]]>".utf8), from: cdata.count) else {
        throw truncated(at: end, "inside a CDATA section")
      }
      guard !stack.isEmpty else { throw malformed(at: pos, "CDATA outside the root element") }
      var text = string(cdata.count, close)
      if text.utf8.contains(0x0D) {
        text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
      }
      pos += close + 3
      return .cdata(text)
    }
    let doctype = Array("<!DOCTYPE".utf8)
    if try ensure(doctype.count), (0..<doctype.count).allSatisfy({ byte($0) == doctype[$0] }) {
      if sawRoot || sawDoctype {
        throw malformed(at: pos, "a DOCTYPE is only allowed once, before the root element")
      }
      sawDoctype = true
      try skipDoctype(from: doctype.count)
      return nil
    }
    throw malformed(at: pos, "expected a comment, CDATA section or DOCTYPE after '<!'")
  }

  /// Skips a DOCTYPE without reading anything it names; refuses an
  /// internal subset that declares entities.
  private func skipDoctype(from start: Int) throws(ExchangeError) {
    var k = start
    var quote: UInt8 = 0
    var inSubset = false
    let entity = Array("<!ENTITY".utf8)
    while true {
      if pos + k >= end {
        guard try fill() != nil else { throw truncated(at: end, "inside the DOCTYPE") }
        continue
      }
      let c = byte(k)
      if quote != 0 {
        if c == quote { quote = 0 }
      } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
        quote = c
      } else if c == UInt8(ascii: "[") {
        inSubset = true
      } else if c == UInt8(ascii: "]") {
        inSubset = false
      } else if c == UInt8(ascii: ">") && !inSubset {
        pos += k + 1
        return
      } else if inSubset && c == UInt8(ascii: "<") {
        if try ensure(k + entity.count), (0..<entity.count).allSatisfy({ byte(k + $0) == entity[$0] }) {
          throw ExchangeError(
            .entityDeclaration,
            "entity declarations are refused (no DTD entities are expanded or loaded)",
            at: loc(pos + k))
        }
      }
      k += 1
      if k > maxTokenBytes {
        throw ExchangeError(.tooLarge, "the DOCTYPE is too large", at: loc(pos))
      }
    }
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
