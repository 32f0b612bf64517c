import Foundation
import Terminology

/// The reader's input side: the sliding byte buffer, UTF-8 validation,
/// transcoding of UTF-16 and Latin-1, and the prolog (BOM, declaration).
extension XMLReader {
  // MARK: - Buffer

  /// Makes `count` bytes from `pos` available; false at the end of input.
  @inline(__always)
  func ensure(_ count: Int) throws(ExchangeError) -> Bool {
    while end - pos < count {
      if try fill() == nil { return false }
    }
    return true
  }

  /// Discards the bytes before `pos`, then reads and checks more. Returns
  /// the number of bytes discarded (offsets from `pos` stay valid), or nil
  /// at the end of input.
  func fill() throws(ExchangeError) -> Int? {
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
  func validate() throws(ExchangeError) {
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
  func transcode(room: Int) throws(ExchangeError) -> Int {
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
  func begin() throws(ExchangeError) {
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
}
