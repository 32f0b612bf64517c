import Foundation
import Terminology

/// Streams CSV or TSV records from a file read in chunks (memory bounded by
/// the longest record), with the line each record starts on.
///
/// CSV follows RFC 4180 (quoted fields may hold commas, quotes and line
/// breaks); TSV has no quoting. A UTF-8 byte order mark is skipped; blank
/// lines are skipped; invalid UTF-8 is an error naming the line.
final class RecordReader {
  let file: String
  private let source: ByteSource
  private let separator: UInt8
  private let quoting: Bool
  private var buffer: [UInt8] = []
  private var pos = 0
  private var eof = false
  private var line = 1
  private var started = false

  init(source: ByteSource, file: String, dialect: DelimitedText.Dialect) {
    self.source = source
    self.file = file
    separator = UInt8(ascii: dialect.separator.unicodeScalars.first!)
    quoting = dialect == .csv
  }

  /// Makes at least one more byte available; false at the end.
  private func more() throws(ExchangeError) -> Bool {
    if eof { return false }
    if pos > 0 {
      buffer.removeSubrange(0..<pos)
      pos = 0
    }
    let old = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: 1 << 16))
    let n = buffer.withUnsafeMutableBufferPointer { source.read(into: $0.baseAddress! + old, count: 1 << 16) }
    buffer.removeSubrange((old + max(n, 0))...)
    if n < 0 {
      throw ExchangeError(.io, "read error", at: SourceLocation(file: file, line: line))
    }
    if n == 0 { eof = true }
    return n > 0
  }

  private func field(_ bytes: ArraySlice<UInt8>, line: Int) throws(ExchangeError) -> String {
    guard let s = String(validating: bytes, as: UTF8.self) else {
      throw ExchangeError(.encoding, "invalid UTF-8", at: SourceLocation(file: file, line: line))
    }
    return s
  }

  /// The next record, or nil at the end.
  func next() throws(ExchangeError) -> (fields: [String], line: Int)? {
    if !started {
      started = true
      while buffer.count < 3, try more() {}
      if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { pos = 3 }
    }
    while true {
      var fields: [String] = []
      var current: [UInt8] = []
      var inQuotes = false
      var quoted = false
      let recordLine = line
      while true {
        if pos >= buffer.count {
          guard try more() else {
            if inQuotes {
              throw ExchangeError(
                .truncated, "unterminated quoted field", at: SourceLocation(file: file, line: recordLine))
            }
            if current.isEmpty && fields.isEmpty { return nil }
            fields.append(try field(current[...], line: recordLine))
            return (fields, recordLine)
          }
        }
        let c = buffer[pos]
        pos += 1
        if inQuotes {
          if c == UInt8(ascii: "\"") {
            if pos >= buffer.count { _ = try more() }
            if pos < buffer.count && buffer[pos] == UInt8(ascii: "\"") {
              current.append(c)
              pos += 1
            } else {
              inQuotes = false
            }
          } else {
            if c == 0x0A { line += 1 }
            current.append(c)
          }
          continue
        }
        if c == UInt8(ascii: "\"") && quoting && current.isEmpty && !quoted {
          inQuotes = true
          quoted = true
        } else if c == separator {
          fields.append(try field(current[...], line: recordLine))
          current.removeAll(keepingCapacity: true)
          quoted = false
        } else if c == 0x0A {
          line += 1
          if current.last == 0x0D && !quoted { current.removeLast() }
          if fields.isEmpty && current.isEmpty { break }  // a blank line
          fields.append(try field(current[...], line: recordLine))
          return (fields, recordLine)
        } else if c == 0x0D && quoted {
          // The CR of a CRLF after a closing quote.
        } else {
          current.append(c)
        }
      }
    }
  }
}
