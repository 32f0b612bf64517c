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
  static func words(of text: String) -> [String]? {
    var text = text
    return text.withUTF8 { bytes -> [String]? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      var words: [String] = []
      var current: [Unicode.Scalar] = []
      func flush() {
        if !current.isEmpty {
          let w = ComparisonKey.finish(current)
          if !w.isEmpty { words.append(w) }
        }
        current.removeAll(keepingCapacity: true)
      }
      var i = 0
      while i < bytes.count {
        let (out, used) = pivot(bytes, at: i)
        i += used
        guard let out else { continue }
        if isBreak(out) {
          flush()
        } else if isLetter(out) || (out >= 0x30 && out <= 0x39) {
          current.append(Unicode.Scalar(out))
        }
        // Apostrophes and other punctuation vanish.
      }
      flush()
      return words
    }
  }

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
