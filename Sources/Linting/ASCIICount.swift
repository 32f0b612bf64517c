/// Character counts and offsets of ASCII text without grapheme breaking.
///
/// Why by hand: the lint reports columns in Characters, and counting them
/// walks grapheme clusters one call at a time — on a 50 MB file that was
/// seconds of one core before any chunk could start (the line index and the
/// chunk offsets both counted). In ASCII every byte is one Character except
/// CR LF, which is one: a byte loop gives the same numbers. Any other text
/// takes the Character walk.
enum ASCIICount {
  /// Whether every byte of `s` is ASCII.
  static func isASCII(_ s: some StringProtocol) -> Bool {
    s.utf8.withContiguousStorageIfAvailable { b in b.allSatisfy { $0 < 0x80 } }
      ?? s.utf8.allSatisfy { $0 < 0x80 }
  }

  /// `s.count`: bytes less CR LF pairs in ASCII text.
  static func characters(_ s: Substring) -> Int {
    let fast = s.utf8.withContiguousStorageIfAvailable { b -> Int? in
      var pairs = 0
      var previousCR = false
      for x in b {
        if x >= 0x80 { return nil }
        if x == 0x0A, previousCR { pairs += 1 }
        previousCR = x == 0x0D
      }
      return b.count - pairs
    }
    return (fast ?? nil) ?? s.count
  }

  /// The Character offsets just after each line break of ASCII `text` (LF,
  /// CR, CR LF, VT, FF: `Character.isNewline` on ASCII), or nil when the
  /// text is not ASCII.
  static func lineStarts(_ text: String) -> [Int]? {
    text.utf8.withContiguousStorageIfAvailable { b -> [Int]? in
      guard b.allSatisfy({ $0 < 0x80 }) else { return nil }
      var starts: [Int] = []
      var offset = 0
      var k = 0
      while k < b.count {
        let x = b[k]
        k += x == 0x0D && k + 1 < b.count && b[k + 1] == 0x0A ? 2 : 1
        offset += 1
        if x >= 0x0A && x <= 0x0D { starts.append(offset) }
      }
      return starts
    } ?? nil
  }
}
