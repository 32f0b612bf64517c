import Foundation

/// A thread-safe cache of comparison-key words per distinct word.
///
/// Names repeat words (Aliyev, Republic, State…), and a text repeats
/// tokens, so keying each distinct whitespace-separated piece once saves
/// most transliteration work when indexing a large glossary or text.
public final class KeyCache: @unchecked Sendable {
  private var cache: [String: [String]] = [:]
  /// Readers (every token of a lint on every core) do not block each other.
  private let lock = ReadWriteLock()

  public init() {}

  /// Keys every distinct word of `texts` on all cores, so later lookups
  /// are cache hits.
  public func warm(_ texts: [String]) {
    var seen = Set<String>()
    for t in texts {
      for piece in KeyCache.pieces(t) { seen.insert(piece) }
    }
    lock.readLock()
    let todo = seen.filter { cache[$0] == nil }.sorted()
    lock.unlock()
    guard !todo.isEmpty else { return }
    let keyed = todo.concurrentMap { ComparisonKey.words(of: $0) }
    lock.writeLock()
    for (piece, words) in zip(todo, keyed) { cache[piece] = words }
    lock.unlock()
  }

  /// The key words of `text`, equal to `ComparisonKey.words(of: text)`.
  public func words(of text: String) -> [String] {
    // ASCII keys cost less to compute than to look up under the lock.
    if let ascii = ASCIIKeyPivot.words(of: text) { return ascii }
    // Most tokens are one piece: no array to build and append.
    if !text.utf8.contains(where: KeyCache.isSeparator) {
      return text.isEmpty ? [] : wordsOfPiece(text)
    }
    var result: [String] = []
    for piece in KeyCache.pieces(text) { result += wordsOfPiece(piece) }
    return result
  }

  /// `text` split on ASCII spaces, tabs, line breaks and hyphens, on the
  /// UTF-8 view (other separators are handled inside the key itself).
  public static func pieces(_ text: String) -> [String] {
    var out: [String] = []
    let utf8 = text.utf8
    var start = utf8.startIndex
    var i = start
    if !utf8.contains(where: isSeparator) { return text.isEmpty ? [] : [text] }
    while i != utf8.endIndex {
      if isSeparator(utf8[i]) {
        if start != i { out.append(String(decoding: utf8[start..<i], as: UTF8.self)) }
        start = utf8.index(after: i)
      }
      i = utf8.index(after: i)
    }
    if start != utf8.endIndex { out.append(String(decoding: utf8[start...], as: UTF8.self)) }
    return out
  }

  private static func isSeparator(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x2D || b == 0x09 || b == 0x0A || b == 0x0D
  }

  private func wordsOfPiece(_ piece: String) -> [String] {
    lock.readLock()
    if let hit = cache[piece] {
      lock.unlock()
      return hit
    }
    lock.unlock()
    let words = ComparisonKey.words(of: piece)
    lock.writeLock()
    cache[piece] = words
    lock.unlock()
    return words
  }
}

/// A pthread reader-writer lock.
final class ReadWriteLock: @unchecked Sendable {
  private let rw = UnsafeMutablePointer<pthread_rwlock_t>.allocate(capacity: 1)

  init() { pthread_rwlock_init(rw, nil) }

  deinit {
    pthread_rwlock_destroy(rw)
    rw.deallocate()
  }

  func readLock() { pthread_rwlock_rdlock(rw) }
  func writeLock() { pthread_rwlock_wrlock(rw) }
  func unlock() { pthread_rwlock_unlock(rw) }
}
