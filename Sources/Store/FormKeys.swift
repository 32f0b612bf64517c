import Foundation
import Matching
import Orthography
import Terminology

/// Every matching key of one form, computed once at import.
struct FormKeys: Sendable {
  var caseKey: String
  var foldKey: String
  var words: [String]
  var matchKey: String { words.joined(separator: " ") }
  /// Postings of surface words are stored from this position on.
  static let surfacePositionBase = 1000
  /// The words as typed on a plain keyboard: case and diacritics folded,
  /// and ə as e (how Azerbaijani is typed without an ə key).
  var surfaceWords: [String] { FormKeys.typingWords(foldKey) }

  /// The words of a stored key or text (split on spaces and hyphens).
  static func words(of text: String) -> [String] {
    text.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
  }

  /// ``surfaceWords`` of a stored diacritic key.
  static func typingWords(_ foldKey: String) -> [String] {
    var words: [String] = []
    var current = String.UnicodeScalarView()
    for s in foldKey.unicodeScalars {
      if s == " " || s == "-" {
        if !current.isEmpty { words.append(String(current)) }
        current = String.UnicodeScalarView()
      } else {
        current.append(s == "ə" ? "e" : s)
      }
    }
    if !current.isEmpty { words.append(String(current)) }
    return words
  }
  var sortedKey: String { words.sorted().joined(separator: " ") }

  /// The keys of a query or form text.
  init(_ text: String, cache: KeyCache? = nil) {
    caseKey = Folding.neutralCaseKey(text)
    foldKey = Folding.diacriticKey(text)
    words = cache?.words(of: text) ?? ComparisonKey.words(of: text)
  }

  init(caseKey: String, foldKey: String, words: [String]) {
    self.caseKey = caseKey
    self.foldKey = foldKey
    self.words = words
  }

  /// Keys of many texts, computed on every core. Distinct words are keyed
  /// once (names share words), then each text's keys are assembled.
  static func compute(_ texts: [String]) -> [FormKeys] {
    let pieces = Array(
      Set(texts.flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "-" || $0.isWhitespace }) }
        .map(String.init)))
    let pieceWords = parallelMap(pieces) { ComparisonKey.words(of: $0) }
    let table = Dictionary(uniqueKeysWithValues: zip(pieces, pieceWords))
    return parallelMap(texts) { text in
      let words = text.split(whereSeparator: { $0 == " " || $0 == "-" || $0.isWhitespace })
        .flatMap { table[String($0)] ?? [] }
      return FormKeys(
        caseKey: Folding.neutralCaseKey(text), foldKey: Folding.diacriticKey(text), words: words)
    }
  }
}

/// Maps `items` with `transform` on all cores, keeping order.
func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
  if items.count < 256 { return items.map(transform) }
  let chunks = ProcessInfo.processInfo.activeProcessorCount * 4
  let size = (items.count + chunks - 1) / chunks
  let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
  results.initialize(repeating: nil)
  defer { results.deallocate() }
  let base = UncheckedPointer(results)
  DispatchQueue.concurrentPerform(iterations: chunks) { c in
    let start = c * size
    let end = min(items.count, start + size)
    guard start < end else { return }
    for i in start..<end { base.buffer[i] = transform(items[i]) }
  }
  return results.map { $0! }
}

/// Lets disjoint chunks of one buffer be written from several threads.
private struct UncheckedPointer<R>: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<R?>
  init(_ b: UnsafeMutableBufferPointer<R?>) { buffer = b }
}
