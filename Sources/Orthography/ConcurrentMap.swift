import Foundation

extension Array where Element: Sendable {
  /// `map(transform)` on every core, in order. Arrays shorter than
  /// `serialBelow` are mapped on the calling thread: the default suits
  /// cheap elements (a word to key); a caller whose every element is
  /// costly (a 256 KiB piece of a document to lint) passes 2.
  ///
  /// Keying and hashing half a million glossary forms is the costly part of
  /// an import or a lint start; it parallelizes perfectly.
  public func concurrentMap<R: Sendable>(
    serialBelow: Int = 256, _ transform: @Sendable (Element) -> R
  ) -> [R] {
    if count < Swift.max(serialBelow, 2) { return map(transform) }
    let chunks = ProcessInfo.processInfo.activeProcessorCount * 4
    let size = (count + chunks - 1) / chunks
    let parts = ChunkResults<R>(chunks)
    DispatchQueue.concurrentPerform(iterations: chunks) { c in
      let lo = c * size
      let hi = Swift.min(count, lo + size)
      guard lo < hi else { return }
      parts.set(c, self[lo..<hi].map(transform))
    }
    return parts.joined()
  }
}

/// Per-chunk results of one concurrentMap, written under a lock.
private final class ChunkResults<R>: @unchecked Sendable {
  private var parts: [[R]]
  private let lock = NSLock()

  init(_ n: Int) { parts = Array(repeating: [], count: n) }

  func set(_ i: Int, _ part: [R]) {
    lock.lock()
    parts[i] = part
    lock.unlock()
  }

  func joined() -> [R] { parts.flatMap { $0 } }
}
