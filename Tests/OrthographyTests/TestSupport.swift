import Orthography
import Testing

/// Plain Levenshtein distance over Characters (insert, delete, substitute = 1).
func levenshtein(_ a: String, _ b: String) -> Int {
  let a = Array(a)
  let b = Array(b)
  if a.isEmpty { return b.count }
  if b.isEmpty { return a.count }
  var previous = Array(0...b.count)
  var current = [Int](repeating: 0, count: b.count + 1)
  for i in 1...a.count {
    current[0] = i
    for j in 1...b.count {
      let cost = a[i - 1] == b[j - 1] ? 0 : 1
      current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
    }
    swap(&previous, &current)
  }
  return previous[b.count]
}

/// The code points of `text` as `U+XXXX` (to make failures readable when
/// two strings print alike).
func scalars(_ text: String) -> [String] {
  text.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }
}

/// Exact code-point equality (Swift `==` on String is canonical equivalence,
/// which would hide normalization differences).
func sameScalars(_ a: String, _ b: String) -> Bool {
  Array(a.unicodeScalars) == Array(b.unicodeScalars)
}

/// One row of a table test: an input, the language it is read in, and the
/// expected output.
struct LanguageCase: Sendable, CustomTestStringConvertible {
  var input: String
  var language: LanguageTag
  var expected: String

  init(_ input: String, _ language: LanguageTag, _ expected: String) {
    self.input = input
    self.language = language
    self.expected = expected
  }

  var testDescription: String { "\(language): \"\(input)\" → \"\(expected)\"" }
}

@Suite("Test support")
struct TestSupportTests {
  @Test(arguments: [
    ("", "", 0), ("karabag", "karabag", 0), ("karabag", "garabag", 1),
    ("karabag", "karabaH", 1), ("kitten", "sitting", 3), ("", "abc", 3),
  ])
  func levenshteinDistance(a: String, b: String, expected: Int) {
    #expect(levenshtein(a, b) == expected)
    #expect(levenshtein(b, a) == expected)
  }
}
