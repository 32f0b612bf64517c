import Foundation
import Linting
import Orthography
import Terminology

/// Reads a plain-text file (or standard input) a part of a few megabytes at
/// a time, as documents that know where they start in the file
/// (``Document/Origin``): `soz lint` holds a few parts, not the file, so its
/// memory is bounded by the glossary and the parts whatever the file's size
/// or shape.
///
/// A part ends at a blank line when one is in its second half (the linter
/// reads paragraphs, and languages are told apart per paragraph), else at
/// its last line break. A line longer than a part (a file that is one line)
/// is cut at a space, and the next part starts at a space about `overlap`
/// bytes earlier: a name across the cut is read whole in the next part, and
/// each part owns the findings that start before the middle of the overlap
/// (as the linter's own chunks do). Cuts fall on ASCII bytes, so no UTF-8
/// sequence and no NFC composition is split (a text without a single ASCII
/// byte in a part is cut at a code point).
///
/// Markdown and HTML are cut only where their masks start afresh
/// (``nextPart(format:)``): same prose, same findings as the whole file.
public struct TextParts {
  /// Reads up to `count` bytes into the buffer; 0 at the end, nil on error.
  public typealias Read = (UnsafeMutableRawBufferPointer) -> Int?

  let path: String
  let read: Read
  let partBytes: Int
  let overlap: Int
  private var buffer: [UInt8] = []
  /// Where each read lands (a megabyte at most).
  private var scratch: [UInt8] = []
  /// The file offset of `buffer`'s first byte (for UTF-8 errors).
  private var bufferOffset = 0
  private var atEnd = false
  private var next = Document.Origin(isLast: false)
  private var done = false

  /// - Parameters:
  ///   - partBytes: a part's size in bytes (the last may be smaller, a cut
  ///     part a little smaller).
  ///   - overlap: how far back the part after a cut inside a line starts.
  public init(path: String, partBytes: Int = 4 << 20, overlap: Int = 1_024, read: @escaping Read) {
    self.path = path
    self.read = read
    self.partBytes = max(partBytes, 4 * overlap + 16)
    self.overlap = overlap
  }

  /// Reads the file at `path` (nil when it cannot be opened).
  public init?(file: String, displayPath: String? = nil, partBytes: Int = 4 << 20, overlap: Int = 1_024) {
    guard let handle = FileHandle(forReadingAtPath: file) else { return nil }
    self.init(path: displayPath ?? file, partBytes: partBytes, overlap: overlap, read: TextParts.reader(handle))
  }

  /// Reads `handle` to its end (standard input).
  public static func reader(_ handle: FileHandle) -> Read {
    { buffer in
      while true {
        // The handle is held (and its descriptor open) while reading.
        let n = Foundation.read(handle.fileDescriptor, buffer.baseAddress, buffer.count)
        if n >= 0 { return n }
        if errno != EINTR { return nil }
      }
    }
  }

  /// Reads `data` (tests, and texts handed over whole).
  public static func reader(_ data: Data) -> Read {
    var position = 0
    return { buffer in
      let n = min(buffer.count, data.count - position)
      data.copyBytes(to: buffer, from: position..<(position + n))
      position += n
      return n
    }
  }

  /// The next part, nil after the last one; a file that is not UTF-8 (or
  /// cannot be read) throws, naming the line and column.
  ///
  /// Markdown and HTML are cut at a blank line, else a line break (in
  /// Markdown only before a line that starts with a letter), and only where
  /// the part leaves no markup open (``Document/markupOpen``: a fence,
  /// front matter, a comment, tag or code element, a code span or link,
  /// a list item's paragraph without its end). There the whole file's
  /// masks are where a new text starts them, so each part's prose is the
  /// file's. Where markup stays open, the part grows (doubling) until it
  /// closes: a file whose markup never closes is read whole, as it was
  /// before parts.
  public mutating func nextPart(format: Document.Format = .plain) throws(GlossaryError) -> Document? {
    guard !done else { return nil }
    try fill()
    if format != .plain { return try nextMarkupPart(format) }
    let last = atEnd && buffer.count <= partBytes
    let (cut, resume) = last ? (buffer.count, buffer.count) : self.cut()
    let text = try decode(cut)
    var origin = next
    origin.isLast = last
    var document: Document
    if last {
      document = Document(path: path, text: text, format: format, origin: origin)
      done = true
      buffer = []
      return document
    }
    // What the next part starts after: this part, or its text up to the
    // overlap when a line was cut.
    document = Document(path: path, text: text, format: format, origin: origin)
    let after: Document.Origin
    if resume == cut {
      after = origin.advanced(over: document.text)
      document.origin.owned = origin.owned.lowerBound..<after.offset
    } else {
      var prefix = try decode(resume)
      if origin.part == 0, prefix.hasPrefix("\u{FEFF}") { prefix.removeFirst() }
      after = origin.advanced(over: Normalizer.nfc(prefix))
      let cutOffset = origin.offset + document.text.count
      document.origin.owned = origin.owned.lowerBound..<(after.offset + (cutOffset - after.offset) / 2)
    }
    next = after
    next.owned = document.origin.owned.upperBound..<Int.max
    buffer.removeSubrange(0..<resume)
    bufferOffset += resume
    return document
  }

  /// The next Markdown or HTML part (see ``nextPart(format:)``).
  private mutating func nextMarkupPart(_ format: Document.Format) throws(GlossaryError) -> Document? {
    var from = partBytes / 2
    var limit = partBytes
    while true {
      if atEnd, buffer.count <= limit {
        var origin = next
        origin.isLast = true
        let document = Document(path: path, text: try decode(buffer.count), format: format, origin: origin)
        done = true
        buffer = []
        return document
      }
      for cut in Self.markupCuts(buffer, in: from..<limit, format: format) {
        var origin = next
        origin.isLast = false
        var document = Document(path: path, text: try decode(cut), format: format, origin: origin)
        if !document.markupOpen {
          let after = origin.advanced(over: document.text)
          document.origin.owned = origin.owned.lowerBound..<after.offset
          next = after
          buffer.removeSubrange(0..<cut)
          bufferOffset += cut
          return document
        }
      }
      // Markup open at every cut so far: read further.
      from = limit
      limit *= 2
      try fill(beyond: limit)
    }
  }

  /// Where to try cutting a Markdown or HTML file in `range` of `b`, best
  /// first: after the last empty line (LF, an optional CR, LF), then after
  /// the last line break — in Markdown only before a line that starts with
  /// a letter (a paragraph's line: no list item, fence, indented code, HTML
  /// or front matter starts there).
  static func markupCuts(_ b: [UInt8], in range: Range<Int>, format: Document.Format) -> [Int] {
    func blankBefore(_ i: Int) -> Bool {  // b[i] is LF
      var j = i - 1
      if j >= 0, b[j] == 0x0D { j -= 1 }
      return j >= 0 && b[j] == 0x0A
    }
    func letter(at k: Int) -> Bool {
      guard k < b.count else { return false }
      if b[k] < 0x80 { return (b[k] | 0x20) >= 0x61 && (b[k] | 0x20) <= 0x7A }
      var iterator = b[k...].makeIterator()
      var decoder = UTF8()
      guard case .scalarValue(let s) = decoder.decode(&iterator) else { return false }
      return Character(s).isLetter
    }
    var line: Int? = nil
    var i = min(range.upperBound, b.count) - 1
    while i >= max(range.lowerBound, 1) {
      if b[i] == 0x0A, format != .markdown || letter(at: i + 1) {
        if blankBefore(i) { return line.map { [i + 1, $0] } ?? [i + 1] }
        if line == nil { line = i + 1 }
      }
      i -= 1
    }
    return line.map { [$0] } ?? []
  }

  /// Reads until the buffer holds more than a part, or the input ends.
  private mutating func fill() throws(GlossaryError) { try fill(beyond: partBytes) }

  /// Reads until the buffer holds more than `count` bytes, or the input ends.
  private mutating func fill(beyond count: Int) throws(GlossaryError) {
    if scratch.isEmpty { scratch = [UInt8](repeating: 0, count: min(1 << 20, partBytes + 1)) }
    while !atEnd, buffer.count <= count {
      let n = scratch.withUnsafeMutableBytes { read($0) }
      guard let n else {
        throw GlossaryError("cannot read file", at: SourceLocation(file: path, line: next.line, column: next.column))
      }
      if n == 0 { atEnd = true }
      buffer.append(contentsOf: scratch[0..<n])
    }
  }

  /// Where this part ends and the next one starts, in the buffer.
  private func cut() -> (cut: Int, resume: Int) {
    let b = buffer
    let end = partBytes
    let half = end / 2
    // A blank line in the part's second half (LF, an optional CR, LF).
    var i = end - 1
    var lastLF: Int? = nil
    while i >= half {
      if b[i] == 0x0A {
        if lastLF == nil { lastLF = i }
        var j = i - 1
        if j >= 0, b[j] == 0x0D { j -= 1 }
        if j >= 0, b[j] == 0x0A { return (i + 1, i + 1) }
      }
      i -= 1
    }
    if let lastLF { return (lastLF + 1, lastLF + 1) }
    // Any line break past the overlap.
    i = half - 1
    while i >= 2 * overlap {
      if b[i] == 0x0A { return (i + 1, i + 1) }
      i -= 1
    }
    // One line longer than the part: a space near the end, else an ASCII
    // byte after an ASCII byte, else a code point's first byte.
    let at = Self.boundary(b, in: 2 * overlap..<end, near: 4_096)
    let back = at - overlap
    let resume = Self.boundary(b, in: overlap..<back, near: 1_024)
    return (at, resume)
  }

  /// The last place in `range` to cut a line at, where no Character and
  /// no NFC composition spans the cut: after a space among its last `near`
  /// bytes that an ASCII byte follows, else between two ASCII bytes (not
  /// CR LF), else before a code point that starts a Character of its own
  /// (a starter, no mark, no joiner or regional indicator around it).
  static func boundary(_ b: [UInt8], in range: Range<Int>, near: Int) -> Int {
    var i = range.upperBound - 1
    while i >= max(range.lowerBound, range.upperBound - near) {
      if b[i] == 0x20, i + 1 < b.count, b[i + 1] < 0x80 { return i + 1 }
      i -= 1
    }
    i = range.upperBound - 1
    while i > range.lowerBound {
      if b[i] < 0x80, b[i - 1] < 0x80, !(b[i - 1] == 0x0D && b[i] == 0x0A) { return i }
      i -= 1
    }
    func scalar(at k: Int) -> Unicode.Scalar? {
      var iterator = b[k...].makeIterator()
      var decoder = UTF8()
      if case .scalarValue(let s) = decoder.decode(&iterator) { return s }
      return nil
    }
    func standsAlone(_ s: Unicode.Scalar) -> Bool {
      let p = s.properties
      return p.canonicalCombiningClass == .notReordered && !p.isGraphemeExtend
        && p.generalCategory != .spacingMark && s.value != 0x200D && !(0x1F1E6...0x1F1FF).contains(s.value)
        && !(0x1160...0x11FF).contains(s.value) && !(0xD7B0...0xD7FF).contains(s.value)
    }
    i = range.upperBound - 1
    var fallback = range.upperBound - 1
    while i > range.lowerBound {
      if b[i] & 0xC0 != 0x80 {
        if fallback == range.upperBound - 1 { fallback = i }
        var p = i - 1
        while p > range.lowerBound, b[p] & 0xC0 == 0x80 { p -= 1 }
        if let s = scalar(at: i), let before = scalar(at: p), standsAlone(s), standsAlone(before) { return i }
      }
      i -= 1
    }
    return fallback
  }

  /// The buffer's first `count` bytes as text; invalid UTF-8 names its
  /// line and column in the file.
  private func decode(_ count: Int) throws(GlossaryError) -> String {
    try GlossaryTableReader.decodeUTF8(
      buffer[0..<count], file: path, line: next.line, column: next.column, byteOffset: bufferOffset)
  }
}
