import Orthography
import Terminology

/// The lint's byte test (issue #15): whether a name can start at a token,
/// answered on its bytes before the token is keyed.
extension GlossaryMatcher {
  /// Whether no name can start at `token`, answered on its bytes: an ASCII
  /// word without hyphen or apostrophe whose one-word key, and the keys of
  /// its possible English plural stems, are no key (nor start of a key) in
  /// the compiled glossary. Most words of English prose are answered here,
  /// with no key String, no key cache and no `Node`; everything else
  /// (non-ASCII, hyphens, apostrophes, keys of several words) answers
  /// false and is keyed as before. Only for text without Turkic suffixes:
  /// their stems are any prefix of the word.
  ///
  /// - Parameter scratch: room for the key (a word too long for it is not
  ///   tested).
  func cannotStartName(_ token: Token, scratch: UnsafeMutableBufferPointer<UInt8>) -> Bool {
    var text = token.text
    return text.withUTF8 { b -> Bool in
      guard !b.isEmpty else { return false }
      for c in b where c >= 0x80 || c == 0x2D || c == 0x27 || c == 0x60 { return false }
      if mayStart(b, scratch) { return false }
      // ``englishPluralStem(_:)``'s candidates: the word less s or es.
      let n = b.count
      if n >= 4, b[n - 1] == UInt8(ascii: "s") {
        if mayStart(UnsafeBufferPointer(rebasing: b[..<(n - 1)]), scratch) { return false }
        if b[n - 2] == UInt8(ascii: "e"), mayStart(UnsafeBufferPointer(rebasing: b[..<(n - 2)]), scratch) {
          return false
        }
      }
      return true
    }
  }

  /// Whether the key of the ASCII bytes `word` may begin a name: it is one
  /// word and a key of the glossary's nodes, or not one word (not decided
  /// here).
  fileprivate func mayStart(_ word: UnsafeBufferPointer<UInt8>, _ scratch: UnsafeMutableBufferPointer<UInt8>) -> Bool {
    guard let key = ComparisonKey.singleASCIIWord(of: word, scratch: scratch) else { return true }
    return compiled.hasNode(key)
  }
}
