/// UAX #29 word boundaries on ASCII text, in Swift.
///
/// Why by hand: on ASCII the word-break rules that can join characters are
/// few — letters and digits run together (WB5, WB8–WB10), `'` and `.`
/// join two letters (WB6–WB7), `'`, `.`, `,` and `;` join two digits
/// (WB11–WB12) — and everything else (spaces, other punctuation) is a
/// boundary on both sides. Splitting English prose this way costs a byte
/// loop, where ICU needs the text copied to UTF-16 and a break iterator
/// (15 % of a lint in issue #15's profile). Text with any non-ASCII byte,
/// or with an ASCII character whose handling is context-heavy (`_`,
/// ExtendNumLet, WB13a/b; `@`, which ICU's rules keep inside words), goes
/// to ICU; `TokenizerTests` checks the two
/// paths give the same tokens on generated ASCII text.
enum ASCIIWords {
  /// The tokens of `text` as ``Tokenizer/tokens(in:)`` makes them, or nil
  /// when `text` needs ICU.
  static func tokens(in text: String) -> [Token]? {
    let utf8 = text.utf8
    guard let spans = utf8.withContiguousStorageIfAvailable({ spans(of: $0) }) ?? nil else { return nil }
    let start = utf8.startIndex
    return spans.map { span, _ in
      let lower = utf8.index(start, offsetBy: span.lowerBound)
      let upper = utf8.index(lower, offsetBy: span.count)
      let word = String(text[lower..<upper])
      let letters = word.utf8.contains(where: isLetter)
      return Token(
        text: word, range: lower..<upper, utf16Range: span, script: letters ? .latin : .common,
        isNumeric: !letters)
    }
  }

  /// The word spans (byte offsets, which are UTF-16 offsets in ASCII text)
  /// and whether each is a number, hyphenated words joined; nil when the
  /// bytes need ICU.
  static func spans(of bytes: UnsafeBufferPointer<UInt8>) -> [(Range<Int>, Bool)]? {
    for b in bytes where b >= 0x80 || b == UInt8(ascii: "_") || b == UInt8(ascii: "@") { return nil }
    var spans: [(Range<Int>, Bool)] = []
    var i = 0
    let n = bytes.count
    while i < n {
      guard isWordByte(bytes[i]) else {
        i += 1
        continue
      }
      let start = i
      var letter = isLetter(bytes[i])
      i += 1
      while i < n {
        let b = bytes[i]
        if isWordByte(b) {
          letter = letter || isLetter(b)
          i += 1
        } else if i + 1 < n, joins(b, between: bytes[i - 1], and: bytes[i + 1]) {
          letter = letter || isLetter(bytes[i + 1])
          i += 2
        } else {
          break
        }
      }
      spans.append((start..<i, !letter))
    }
    return Tokenizer.joinHyphens(spans) { bytes[$0] == 0x2D }
  }

  /// Whether the punctuation `b` keeps a word whole between `before` and
  /// `after` (WB6–WB7: letter `'`/`.` letter; WB11–WB12: digit
  /// `'`/`.`/`,`/`;` digit).
  private static func joins(_ b: UInt8, between before: UInt8, and after: UInt8) -> Bool {
    switch b {
    case UInt8(ascii: "'"), UInt8(ascii: "."):
      return (isLetter(before) && isLetter(after)) || (isDigit(before) && isDigit(after))
    case UInt8(ascii: ","), UInt8(ascii: ";"):
      return isDigit(before) && isDigit(after)
    default:
      return false
    }
  }

  static func isLetter(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }
  private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
  private static func isWordByte(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) }
}
