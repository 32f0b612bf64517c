/// The comparison key's pivot step (``ComparisonKeyRules/pivot``) for
/// ASCII text, written out in Swift.
///
/// Why by hand: on ASCII input every step of the ICU rules but one is the
/// identity (NFC, NFD, mark removal, the Cyrillic and diacritic rules), and
/// what is left is a lowercase and a first-match-wins pass of the Latin
/// digraph and letter rules. Keying an English word through ICU costs a
/// transliterator call (and, once per process, compiling the rules); the
/// lint keys every distinct word of its input, so this path is most of the
/// key work on English text (issue #15's profile: 21 % of a lint). The
/// rules below are the ICU string's ASCII rules in the ICU string's order;
/// `ComparisonKeyTests` checks the two paths agree word for word.
enum ASCIIKeyPivot {
  /// The key words of `text`, or nil when `text` is not all ASCII.
  ///
  /// Bytes in, Strings out: the word being built and its glide and
  /// double-letter pass live in one scratch buffer on the stack.
  static func words(of text: String) -> [String]? {
    var text = text
    return text.withUTF8 { bytes -> [String]? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      // The pivot never lengthens a word, nor does the finishing pass.
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * bytes.count + 2) { scratch in
        words(bytes, scratch)
      }
    }
  }

  private static func words(
    _ bytes: UnsafeBufferPointer<UInt8>, _ scratch: UnsafeMutableBufferPointer<UInt8>
  ) -> [String] {
    var words: [String] = []
    forEachWord(bytes, scratch) { word in
      words.append(String(decoding: word, as: UTF8.self))
      return true
    }
    return words
  }

  /// The key of the ASCII `bytes` when it is exactly one word, written
  /// into `scratch` (at least `2 * bytes.count + 2` bytes); nil when the
  /// key has no word or more than one, `bytes` is not ASCII or `scratch` is
  /// too small: what a lookup by key needs, with no String made.
  static func singleWord(
    of bytes: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutableBufferPointer<UInt8>
  ) -> UnsafeBufferPointer<UInt8>? {
    guard !bytes.isEmpty, scratch.count >= 2 * bytes.count + 2 else { return nil }
    for b in bytes where b >= 0x80 { return nil }
    var first: UnsafeBufferPointer<UInt8>?
    var count = 0
    forEachWord(bytes, scratch) { word in
      count += 1
      if count == 1 { first = word }
      return count == 1
    }
    return count == 1 ? first : nil
  }

  /// Calls `emit` with each key word's bytes in turn (valid during the
  /// call; the first word's stay valid until the scratch is reused by the
  /// next word, so a caller stops at the second); `emit` returns whether to
  /// go on.
  @inline(__always)
  private static func forEachWord(
    _ bytes: UnsafeBufferPointer<UInt8>, _ scratch: UnsafeMutableBufferPointer<UInt8>,
    _ emit: (UnsafeBufferPointer<UInt8>) -> Bool
  ) {
    var count = 0
    let out = UnsafeMutableBufferPointer(rebasing: scratch[(bytes.count + 1)...])
    var going = true
    func flush() {
      if count > 0 {
        let m = finish(UnsafeMutableBufferPointer(rebasing: scratch[..<count]), into: out)
        going = emit(UnsafeBufferPointer(rebasing: out[..<m]))
      }
      count = 0
    }
    var i = 0
    while i < bytes.count, going {
      let (pivoted, used) = pivot(bytes, at: i)
      i += used
      guard let b = pivoted else { continue }
      if isBreak(b) {
        flush()
      } else if isLetter(b) || (b >= 0x30 && b <= 0x39) {
        scratch[count] = b
        count += 1
      }
      // Apostrophes and other punctuation vanish.
    }
    if going { flush() }
  }

  /// ``ComparisonKey``'s glide and double-letter rules on one pivoted
  /// ASCII word (the same steps as its `finish`, on bytes), written to
  /// `out`; returns the finished word's length.
  private static func finish(
    _ w: UnsafeMutableBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>
  ) -> Int {
    let n = w.count
    var start = 0
    // Word-initial ye → e; word-initial i + vowel → y + vowel.
    if n > 2, w[0] == y, w[1] == UInt8(ascii: "e") { start = 1 }
    if n - start > 2, w[start] == UInt8(ascii: "i"), isVowel(w[start + 1]) { w[start] = y }
    var m = 0
    for i in start..<n {
      let c = w[i]
      if c == y, i > start {
        let before = w[i - 1]
        let after: UInt8? = i + 1 < n ? w[i + 1] : nil
        if isVowel(before), let after, isVowel(after) { continue }
        if isConsonant(before), after.map(isConsonant) ?? true {
          out[m] = UInt8(ascii: "i")
          m += 1
          continue
        }
      }
      if m > 0, out[m - 1] == c, isConsonant(c) { continue }
      out[m] = c
      m += 1
    }
    return m
  }

  private static let y = UInt8(ascii: "y")

  private static func isVowel(_ b: UInt8) -> Bool {
    b == UInt8(ascii: "a") || b == UInt8(ascii: "e") || b == UInt8(ascii: "i") || b == UInt8(ascii: "o")
      || b == UInt8(ascii: "u")
  }

  /// A letter that is no vowel and no y (the pivot's S, C, J, H included).
  private static func isConsonant(_ b: UInt8) -> Bool { isLetter(b) && !isVowel(b) && b != y }

  /// The byte `bytes[i...]` pivots to (nil: deleted) and how many input
  /// bytes the rule read.
  private static func pivot(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt8?, Int) {
    let c = lower(bytes[i])
    func next(_ k: Int) -> UInt8 { i + k < bytes.count ? lower(bytes[i + k]) : 0 }
    switch c {
    case UInt8(ascii: "d"):
      if next(1) == UInt8(ascii: "z"), next(2) == UInt8(ascii: "h") { return (UInt8(ascii: "J"), 3) }
      if next(1) == UInt8(ascii: "j") { return (UInt8(ascii: "J"), 2) }
    case UInt8(ascii: "s"):
      if next(1) == UInt8(ascii: "c"), next(2) == UInt8(ascii: "h") { return (UInt8(ascii: "S"), 3) }
      if next(1) == UInt8(ascii: "h") { return (UInt8(ascii: "S"), 2) }
    case UInt8(ascii: "t"):
      if next(1) == UInt8(ascii: "c"), next(2) == UInt8(ascii: "h") { return (UInt8(ascii: "C"), 3) }
    case UInt8(ascii: "c"):
      if next(1) == UInt8(ascii: "h") { return (UInt8(ascii: "C"), 2) }
      return (UInt8(ascii: "J"), 1)
    case UInt8(ascii: "z"):
      if next(1) == UInt8(ascii: "h") { return (UInt8(ascii: "J"), 2) }
    case UInt8(ascii: "k"):
      if next(1) == UInt8(ascii: "h") { return (UInt8(ascii: "H"), 2) }
    case UInt8(ascii: "g"):
      if next(1) == UInt8(ascii: "h") { return (UInt8(ascii: "g"), 2) }
    case UInt8(ascii: "j"): return (UInt8(ascii: "J"), 1)
    case UInt8(ascii: "x"), UInt8(ascii: "h"): return (UInt8(ascii: "H"), 1)
    case UInt8(ascii: "q"): return (UInt8(ascii: "k"), 1)
    case UInt8(ascii: "w"): return (UInt8(ascii: "v"), 1)
    case UInt8(ascii: "'"), UInt8(ascii: "`"): return (nil, 1)
    default: break
    }
    return (c, 1)
  }

  private static func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }

  private static func isLetter(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }

  /// Spaces, hyphens, slashes and ASCII whitespace (tab to carriage return).
  private static func isBreak(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x2D || b == 0x2F || (b >= 0x09 && b <= 0x0D)
  }
}
