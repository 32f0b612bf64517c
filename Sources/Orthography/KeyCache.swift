import Foundation

/// A thread-safe cache of comparison-key words per distinct word.
///
/// Names repeat words (Aliyev, Republic, State…), and a text repeats
/// tokens, so keying each distinct whitespace-separated piece once saves
/// most transliteration work when indexing a large glossary or text.
public final class KeyCache: @unchecked Sendable {
  private var cache: [String: [String]] = [:]
  private let lock = NSLock()

  public init() {}

  /// The key words of `text`, equal to `ComparisonKey.words(of: text)`.
  public func words(of text: String) -> [String] {
    var result: [String] = []
    for piece in text.split(whereSeparator: { $0 == " " || $0 == "-" || $0.isWhitespace }) {
      result += wordsOfPiece(String(piece))
    }
    return result
  }

  private func wordsOfPiece(_ piece: String) -> [String] {
    lock.lock()
    if let hit = cache[piece] {
      lock.unlock()
      return hit
    }
    lock.unlock()
    let words = ComparisonKey.words(of: piece)
    lock.lock()
    cache[piece] = words
    lock.unlock()
    return words
  }
}
