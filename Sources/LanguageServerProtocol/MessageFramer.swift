import Foundation

/// Cuts a byte stream into message bodies framed the way the Language
/// Server Protocol frames them: a header (`Content-Length: N`, optionally
/// `Content-Type`, each line ending in CR LF), an empty line, then N bytes
/// of JSON.
///
/// It never traps on bad input: a header without a usable
/// `Content-Length` (missing, not a number, beyond ``maximumLength``) or a
/// header section too long to be one yields ``Frame/malformed(_:)`` and
/// the bytes up to the next `Content-Length` are skipped, so one broken
/// message costs one error, not the connection.
public struct MessageFramer: Sendable {
  /// What the next bytes held.
  public enum Frame: Hashable, Sendable {
    /// A whole message body.
    case body(Data)
    /// A header that cannot be read; what was wrong.
    case malformed(String)
  }

  /// The longest body accepted (64 MiB).
  public var maximumLength = 64 << 20
  /// The longest header section accepted.
  public var maximumHeader = 8192

  private var buffer = Data()

  public init() {}

  /// Adds bytes read from the stream.
  public mutating func append(_ bytes: Data) { buffer.append(bytes) }

  /// Whether bytes are waiting that are not yet a whole message.
  public var hasPartialMessage: Bool { !buffer.isEmpty }

  private static let separator = Data("\r\n\r\n".utf8)

  /// The next complete frame, or nil until more bytes arrive.
  public mutating func next() -> Frame? {
    guard !buffer.isEmpty else { return nil }
    guard let end = buffer.range(of: Self.separator) else {
      if buffer.count > maximumHeader {
        skipToNextHeader(after: 1)
        return .malformed("a header section longer than \(maximumHeader) bytes without an empty line")
      }
      return nil
    }
    let header = String(decoding: buffer[buffer.startIndex..<end.lowerBound], as: UTF8.self)
    var length: Int? = nil
    var problem: String? = nil
    for line in header.components(separatedBy: "\r\n") where !line.isEmpty {
      guard let colon = line.firstIndex(of: ":") else {
        problem = "a header line without a colon: '\(line.prefix(80))'"
        continue
      }
      let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
      let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      if name == "content-length" {
        if let n = Int(value), n >= 0 { length = n } else { problem = "Content-Length is not a number: '\(value.prefix(40))'" }
      }
    }
    guard let length else {
      skipToNextHeader(after: end.upperBound - buffer.startIndex)
      return .malformed(problem ?? "a header without Content-Length")
    }
    guard length <= maximumLength else {
      skipToNextHeader(after: end.upperBound - buffer.startIndex)
      return .malformed("Content-Length \(length) is beyond the limit of \(maximumLength) bytes")
    }
    let bodyStart = end.upperBound
    guard buffer.endIndex - bodyStart >= length else { return nil }
    let body = Data(buffer[bodyStart..<(bodyStart + length)])
    buffer = Data(buffer[(bodyStart + length)...])
    return .body(body)
  }

  /// Drops bytes up to the next `Content-Length` header at or after
  /// `offset` (everything when there is none).
  private mutating func skipToNextHeader(after offset: Int) {
    let from = buffer.index(buffer.startIndex, offsetBy: min(offset, buffer.count))
    let marker = Data("Content-Length".utf8)
    if let next = buffer.range(of: marker, in: from..<buffer.endIndex) {
      buffer = Data(buffer[next.lowerBound...])
    } else {
      buffer = Data()
    }
  }

  /// A body with its header, ready to write.
  public static func frame(_ body: Data) -> Data {
    var out = Data("Content-Length: \(body.count)\r\n\r\n".utf8)
    out.append(body)
    return out
  }
}
