import Crypto
import Foundation

/// The bearer tokens allowed to write, kept only as SHA-256 digests.
///
/// The token file holds one token a line (blank lines and `#` comments
/// ignored). A presented token is hashed and compared with every digest in
/// constant time, so neither the file's tokens stay in memory nor does the
/// comparison's timing tell how much of a guess was right.
public struct TokenSet: Sendable {
  private let digests: [[UInt8]]

  /// The number of tokens.
  public var count: Int { digests.count }

  public init(tokens: [String]) {
    digests = tokens.map(Self.digest)
  }

  /// Reads a token file.
  /// - Throws: an error naming the file when it cannot be read or holds
  ///   no token.
  public static func read(path: String) throws -> TokenSet {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw TokenFileError(path: path, message: "cannot read the token file")
    }
    let tokens = text.split(whereSeparator: \.isNewline)
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    guard !tokens.isEmpty else {
      throw TokenFileError(path: path, message: "the token file holds no token (one a line)")
    }
    return TokenSet(tokens: tokens)
  }

  static func digest(_ token: String) -> [UInt8] { Array(SHA256.hash(data: Data(token.utf8))) }

  /// Whether `token` is one of the set's.
  public func accepts(_ token: String) -> Bool {
    let presented = Self.digest(token)
    var found = false
    for d in digests {
      var difference: UInt8 = 0
      for (a, b) in zip(d, presented) { difference |= a ^ b }
      if difference == 0 { found = true }
    }
    return found
  }
}

/// A token file that cannot be used.
public struct TokenFileError: Error, CustomStringConvertible {
  public var path: String
  public var message: String
  public var description: String { "\(path): \(message)" }
}
