import CICUShim
import Foundation

/// A word of a text, with where it stands and what script it is in.
public struct Token: Equatable, Sendable {
  /// The word as written (NFC when the text was).
  public var text: String
  /// The word's place in the text it came from.
  public var range: Range<String.Index>
  /// Offsets in UTF-16 code units, for ICU and for reporting columns.
  public var utf16Range: Range<Int>
  /// The word's script; `.mixed` for a homoglyph suspect.
  public var script: Script
  /// Whether the word is a number (`2026`) rather than letters (`COP29` is
  /// letters).
  public var isNumeric: Bool
}

/// Splits text into words on Unicode (UAX #29) word boundaries with ICU.
///
/// UAX #29 keeps `Karabağ'da`, `Qarabağ’ın`, `News.Az` and `COP29` whole
/// (apostrophes and full stops between letters are MidNumLet). It splits
/// hyphenated names, so the tokenizer joins `word-word` with no space
/// around the hyphen back into one token: `Kassym-Jomart`, `Nagorno-Karabakh`.
/// Trailing apostrophes and full stops are not part of a word.
public final class Tokenizer: @unchecked Sendable {
  private var pool: [OpaquePointer] = []
  private let lock = NSLock()

  public init() {}

  /// A tokenizer shared by the process (it pools ICU iterators).
  public static let shared = Tokenizer()

  deinit { for w in pool { soz_icu_words_close(w) } }

  /// The words of `text`, in order.
  public func tokens(in text: String) -> [Token] {
    // ASCII text (most English prose) is split in Swift: the same
    // boundaries, no UTF-16 copy and no ICU call.
    if let tokens = ASCIIWords.tokens(in: text) { return tokens }
    return icuTokens(in: text)
  }

  /// ``tokens(in:)`` through ICU, whatever the text: the reference the
  /// ASCII fast path is tested against.
  public func icuTokens(in text: String) -> [Token] {
    let units = Array(text.utf16)
    if units.isEmpty { return [] }
    let iterator = borrow()
    defer { giveBack(iterator) }
    var spans: [(Range<Int>, Bool)] = []
    units.withUnsafeBufferPointer { buffer in
      var status: Int32 = 0
      soz_icu_words_set_text(iterator, buffer.baseAddress, Int32(buffer.count), &status)
      var start = 0
      var rule: Int32 = 0
      while true {
        let end = Int(soz_icu_words_next(iterator, &rule))
        if end < 0 { break }
        if rule >= 100 {
          let isNumber = rule < 200 && !Tokenizer.hasLetter(buffer, start..<end)
          spans.append((start..<end, isNumber))
        }
        start = end
      }
      // Release the pointer to this buffer before it goes away.
      soz_icu_words_set_text(iterator, nil, 0, &status)
    }
    return makeTokens(joinHyphens(spans, units), units: units, text: text)
  }

  private static func hasLetter(_ b: UnsafeBufferPointer<UInt16>, _ r: Range<Int>) -> Bool {
    r.contains { i in
      let u = b[i]
      return (u >= 65 && u <= 90) || (u >= 97 && u <= 122) || u >= 0xC0
    }
  }

  private static let hyphens: Set<UInt16> = [0x2D, 0x2010, 0x2011]

  private func joinHyphens(_ spans: [(Range<Int>, Bool)], _ units: [UInt16]) -> [(Range<Int>, Bool)] {
    Self.joinHyphens(spans) { Tokenizer.hyphens.contains(units[$0]) }
  }

  /// Joins `word-word` (no space around the hyphen; not number-number)
  /// into one span; `isHyphen` tells whether the unit at an offset is one.
  static func joinHyphens(
    _ spans: [(Range<Int>, Bool)], isHyphen: (Int) -> Bool
  ) -> [(Range<Int>, Bool)] {
    var out: [(Range<Int>, Bool)] = []
    out.reserveCapacity(spans.count)
    for span in spans {
      if let last = out.last, last.0.upperBound + 1 == span.0.lowerBound,
        isHyphen(last.0.upperBound), !last.1 || !span.1
      {
        out[out.count - 1] = (last.0.lowerBound..<span.0.upperBound, false)
      } else {
        out.append(span)
      }
    }
    return out
  }

  private func makeTokens(_ spans: [(Range<Int>, Bool)], units: [UInt16], text: String) -> [Token] {
    spans.map { span, numeric in
      let lower = String.Index(utf16Offset: span.lowerBound, in: text)
      let upper = String.Index(utf16Offset: span.upperBound, in: text)
      let word = String(text[lower..<upper])
      // ICU calls COP29 a number; a word with any letter is not one.
      return Token(
        text: word, range: lower..<upper, utf16Range: span, script: Script.of(word),
        isNumeric: !word.unicodeScalars.contains { $0.properties.isAlphabetic })
    }
  }

  private func borrow() -> OpaquePointer {
    lock.lock()
    defer { lock.unlock() }
    if let w = pool.popLast() { return w }
    var status: Int32 = 0
    guard let w = soz_icu_words_open(&status) else {
      fatalError("ICU word break iterator unavailable: \(ICUStatus.name(status))")
    }
    return w
  }

  private func giveBack(_ w: OpaquePointer) {
    lock.lock()
    pool.append(w)
    lock.unlock()
  }
}

extension Token {
  /// The parts of a hyphenated token (`Azərbaycan-Türkiyə` → `Azərbaycan`,
  /// `Türkiyə`), each with its own place; `[self]` without a hyphen.
  public func hyphenParts(in text: String) -> [Token] {
    guard self.text.utf8.contains(0x2D) else { return [self] }
    var parts: [Token] = []
    var start = range.lowerBound
    var startUTF16 = utf16Range.lowerBound
    var i = range.lowerBound
    func add(_ end: String.Index) {
      let word = text[start..<end]
      guard !word.isEmpty else { return }
      let count = word.utf16.count
      parts.append(
        Token(
          text: String(word), range: start..<end, utf16Range: startUTF16..<(startUTF16 + count),
          script: script, isNumeric: word.allSatisfy(\.isNumber)))
    }
    while i < range.upperBound {
      let next = text.index(after: i)
      if text[i] == "-" {
        add(i)
        startUTF16 += text[start..<next].utf16.count
        start = next
      }
      i = next
    }
    add(range.upperBound)
    return parts
  }
}
