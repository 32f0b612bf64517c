import Foundation
import Terminology

/// The reader's scanner: names, tags, text, entity and character
/// references, comments, PIs, CDATA and the skipped DOCTYPE.
extension XMLReader {
  // MARK: - Scanning

  /// The offset from `pos` of the first `byte` at or after offset `from`;
  /// nil at the end of input.
  @inline(__always)
  func find(_ byte: UInt8, from: Int) throws(ExchangeError) -> Int? {
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
  func find(_ terminator: [UInt8], from: Int) throws(ExchangeError) -> Int? {
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
  func byte(_ k: Int) -> UInt8 { buf[pos + k] }

  @inline(__always)
  static func isSpace(_ c: UInt8) -> Bool {
    c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D
  }

  @inline(__always)
  static func isNameStart(_ c: UInt8) -> Bool {
    (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || c == 0x5F || c == 0x3A || c >= 0x80
  }

  @inline(__always)
  static func isNameChar(_ c: UInt8) -> Bool {
    isNameStart(c) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x2E
  }

  func string(_ from: Int, _ to: Int) -> String {
    String(decoding: UnsafeBufferPointer(start: buf + pos + from, count: to - from), as: UTF8.self)
  }

  /// Scans a name at offset `k` (within the current token); returns its end.
  func name(at k: Int, limit: Int, what: String) throws(ExchangeError) -> Int {
    guard k < limit, Self.isNameStart(byte(k)) else {
      throw malformed(at: pos + k, "expected \(what)")
    }
    var j = k + 1
    while j < limit, Self.isNameChar(byte(j)) { j += 1 }
    return j
  }

  // MARK: - Tokens

  func startTag() throws(ExchangeError) -> XMLEvent {
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

  func endTag() throws(ExchangeError) -> XMLEvent {
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

  func text() throws(ExchangeError) -> XMLEvent? {
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
  func decode(_ from: Int, _ to: Int, attribute: Bool) throws(ExchangeError) -> String {
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

  func processingInstruction() throws(ExchangeError) -> XMLEvent? {
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

  func markupDeclaration() throws(ExchangeError) -> XMLEvent? {
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
  func skipDoctype(from start: Int) throws(ExchangeError) {
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
