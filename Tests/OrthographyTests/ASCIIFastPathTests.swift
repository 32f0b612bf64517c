@testable import Orthography
import TestSupport
import Testing

/// The ASCII fast paths (issue #15) against the ICU paths they stand in
/// for: same key words, same tokens, in the four languages and on
/// generated ASCII text.
@Suite("ASCII fast paths")
struct ASCIIFastPathTests {
  /// Words and sentences per language; the non-ASCII ones take the ICU
  /// path in both calls, the ASCII ones (romanizations) the fast path.
  static let samples: [(language: String, text: String)] = [
    ("en", "Officials visited Nakhichevan and Karabakh's capital on 5.12.2026."),
    ("en", "Shchuchinsk, Dzhambul, Tchaikovsky, Zhezkazgan, Khojaly; Ughlu-Bey / Djakarta"),
    ("en", "Kassym-Jomart Tokayev said: \"e.g. COP29-2024 talks\" (1,500 people) `quoted`"),
    ("en", "SHYMKENT QYZYLORDA Xankendi Wyoming yeye Iyulia Yevlakh Aliyev Kyrgyz ssh hhh"),
    ("az", "Naxçıvan Muxtar Respublikası, Qarabağ'da yeni məktəb açıldı."),
    ("az", "Naxcivan Muxtar Respublikasi, Qarabag'da yeni mekteb acildi; Agdam-Fuzuli"),
    ("az", "Азәрбајҹан Республикасы Ҹәлилабад"),
    ("tr", "İstanbul'da Şanlıurfa ve Gaziantep; Iğdır'a gitti."),
    ("tr", "Istanbul'da Sanliurfa ve Gaziantep; Igdir'a gitti. Cankiri Corum"),
    ("kk", "Қасым-Жомарт Тоқаев Алматыда, Шымкентте және Қарағандыда болды."),
    ("kk", "Qasym-Jomart Toqaev Almatyda, Shymkentte jane Qaraghandyda boldy."),
  ]

  @Test("Key words equal the ICU pivot's", arguments: samples)
  func keys(sample: (language: String, text: String)) {
    for word in sample.text.split(whereSeparator: { $0 == " " }).map(String.init) + [sample.text] {
      #expect(ComparisonKey.words(of: word) == ComparisonKey.icuWords(of: word), "\(sample.language): \(word)")
    }
  }

  @Test("Tokens equal ICU's", arguments: samples)
  func tokens(sample: (language: String, text: String)) {
    expectSameTokens(sample.text)
  }

  @Test("Generated ASCII: keys and tokens equal ICU's")
  func generated() {
    var random = SplitMix(seed: 15)
    let alphabet = Array("abcdeghijkloqstuwxyz ACDGHJKSZ'`-/ .,;:_!?()\"0123456789\t\n\r@#&*+=")
    for _ in 0..<10_000 {
      let length = Int(random.next() % 24) + 1
      let text = String((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
      #expect(ComparisonKey.words(of: text) == ComparisonKey.icuWords(of: text), "\(text.debugDescription)")
      expectSameTokens(text)
    }
  }

  private func expectSameTokens(_ text: String) {
    let fast = Tokenizer.shared.tokens(in: text)
    let icu = Tokenizer.shared.icuTokens(in: text)
    #expect(fast.map(\.text) == icu.map(\.text), "\(text.debugDescription)")
    #expect(fast.map(\.utf16Range) == icu.map(\.utf16Range))
    #expect(fast.map(\.script) == icu.map(\.script))
    #expect(fast.map(\.isNumeric) == icu.map(\.isNumeric))
    let offsets = { (t: Token) in text.utf8.distance(from: text.startIndex, to: t.range.lowerBound) }
    #expect(fast.map(offsets) == icu.map(offsets))
  }
}

/// The one-word key on bytes (the lint's byte test, issue #15) is the key
/// ``ComparisonKey/words(of:)`` gives when that key is one word, and nil
/// otherwise.
@Suite("ASCII single-word keys")
struct ASCIISingleWordKeyTests {
  @Test func equalsTheKeyWords() {
    var random = SplitMix(seed: 6)
    let alphabet = Array("abcdeghijkloqstuwxyz ACDGHJKSZ'`-/ .,0123456789\tĞə")
    var texts = ["Shchuchinsk", "Tokayev", "yeye", "Kassym-Jomart", "U.S.", "'", "", "ssh", "Qarabağ"]
    for _ in 0..<5_000 {
      let length = Int(random.next() % 16) + 1
      texts.append(String((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }))
    }
    for text in texts {
      var t = text
      let scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 2 * text.utf8.count + 2)
      defer { scratch.deallocate() }
      let bytes = t.withUTF8 { b in ComparisonKey.singleASCIIWord(of: b, scratch: scratch).map { Array($0) } }
      let words = ComparisonKey.words(of: text)
      let ascii = text.utf8.allSatisfy { $0 < 0x80 }
      let expected = ascii && words.count == 1 ? Array(words[0].utf8) : nil
      #expect(bytes == expected, "\(text.debugDescription)")
    }
  }
}
