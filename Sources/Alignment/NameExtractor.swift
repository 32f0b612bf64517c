import Foundation
import Matching
import Orthography
import Terminology

/// A name or term found in a text: its base spelling (inflectional suffix
/// removed), the language of its paragraph, where it stands, and the
/// glossary concept when the glossary matcher recognised it.
public struct NameCandidate: Hashable, Sendable {
  public var text: String
  public var language: String
  public var file: String
  public var line: Int
  public var column: Int
  public var conceptID: String?
  /// The spelling as written, when a suffix was removed (`Qarabağda`).
  public var inflected: String?
  /// Whether the span opens a sentence (a capital there proves nothing).
  var sentenceInitial: Bool

  /// `file:line:column`.
  public var location: String { "\(file):\(line):\(column)" }
}

/// Extracts candidate names from prose in en, az, tr, kk and kk-Latn:
/// capitalised multiword spans (with `of`/`the` inside English names and a
/// trailing generic word such as облысы, gölü or çayı), every mention of a
/// glossary concept (``GlossaryMatcher``, inflections included), and
/// apostrophe suffixes removed (Karabağ'da, Karabakh's). Suffixes without an
/// apostrophe (Qarabağda) are removed corpus-wide by ``reduceInflections(_:)``,
/// dictionary-gated by the spellings the corpus and the glossary contain.
public struct NameExtractor: Sendable {
  let matcher: GlossaryMatcher?
  let keys: KeyCache
  let glossaryKeys: Set<String>
  let glossaryWords: Set<String>
  /// Longest span in words.
  public var maxWords = 6

  /// An extractor; with a glossary, its concepts are found in the texts
  /// and its forms gate suffix stripping.
  public init(glossary: Glossary?, keys: KeyCache = KeyCache()) {
    self.keys = keys
    if let glossary {
      matcher = GlossaryMatcher(glossary: glossary, keys: keys)
      glossaryKeys = Set(glossary.allForms.map { keys.words(of: $0.1.text).joined(separator: " ") })
      glossaryWords = Set(glossary.allForms.flatMap { keys.words(of: $0.1.text) })
    } else {
      matcher = nil
      glossaryKeys = []
      glossaryWords = []
    }
  }

  /// Candidates in one document's prose (markup already blanked out).
  /// - Parameter language: the text's language; nil detects it per paragraph.
  public func candidates(in text: String, file: String, language: LanguageTag? = nil) -> [NameCandidate] {
    let paragraphs = LanguageIdentifier.identifyParagraphs(text)
    var out: [NameCandidate] = []
    let lines = LineIndex(text)
    for (range, guess) in paragraphs {
      let lang = language ?? guess.language
      let para = String(text[range])
      let offset = text.utf16.distance(from: text.startIndex, to: range.lowerBound)
      out += candidates(inParagraph: para, offset: offset, language: lang, file: file, lines: lines)
    }
    return out
  }

  private func candidates(
    inParagraph text: String, offset: Int, language: LanguageTag, file: String, lines: LineIndex
  ) -> [NameCandidate] {
    let tokens = Tokenizer.shared.tokens(in: text).filter { !$0.isNumeric }
    let turkic = language.language != "en"
    var taken: [Range<Int>] = []
    var out: [NameCandidate] = []
    let units = Array(text.utf16)
    func make(_ surface: String, _ r: Range<Int>, concept: String?, inflected: String?) -> NameCandidate {
      let (line, column) = lines.position(ofUTF16: offset + r.lowerBound)
      return NameCandidate(
        text: surface, language: language.rawValue, file: file, line: line, column: column,
        conceptID: concept, inflected: inflected, sentenceInitial: NameExtractor.opensSentence(units, at: r.lowerBound))
    }
    if let matcher {
      for m in matcher.mentions(in: text, tokens: tokens, turkicSuffixes: turkic) {
        let lower = m.range.lowerBound.utf16Offset(in: text)
        let upper = m.range.upperBound.utf16Offset(in: text)
        taken.append(lower..<upper)
        out.append(make(m.surface, lower..<upper, concept: m.conceptID, inflected: m.suffix.isEmpty ? nil : m.surface + m.suffix))
      }
    }
    // Tokens inside a glossary mention belong to it: spans are cut there.
    let free = tokens.map { t in !taken.contains { $0.overlaps(t.utf16Range) } }
    for whole in spans(tokens, units: units) {
      var pieces: [Range<Int>] = []
      var start: Int?
      for k in whole {
        if free[k] {
          if start == nil { start = k }
        } else if let s0 = start {
          pieces.append(s0..<k)
          start = nil
        }
      }
      if let s0 = start { pieces.append(s0..<whole.upperBound) }
      if pieces != [whole] {
        // What a mention leaves of a span is a name only when it is two
        // capitalised words or more (else: Forum, Dövlət, Prezidenti…).
        pieces = pieces.filter { $0.count >= 2 && NameExtractor.isCapitalised(tokens[$0.lowerBound].text) }
      }
      for span in pieces {
      let r = tokens[span.lowerBound].utf16Range.lowerBound..<tokens[span.upperBound - 1].utf16Range.upperBound
      var words = tokens[span].map(\.text)
      let last = words[words.count - 1]
      let stem = NameExtractor.apostropheStem(last)
      var inflected: String?
      if stem != last {
        inflected = words.joined(separator: " ")
        words[words.count - 1] = stem
      }
      let surface = joinWords(tokens[span], replacingLastWith: words[words.count - 1], in: text)
      guard surface.count >= 2 else { continue }
      out.append(make(surface, r, concept: nil, inflected: inflected))
      }
    }
    return out
  }

  /// The text of a span as written (hyphens and spaces kept), with its last
  /// word replaced by its stem.
  private func joinWords(_ tokens: ArraySlice<Token>, replacingLastWith last: String, in text: String) -> String {
    guard let first = tokens.first, let end = tokens.last else { return "" }
    let whole = String(text[first.range.lowerBound..<end.range.lowerBound])
    return whole + last
  }

  /// Spans of capitalised tokens separated by single spaces, with English
  /// connectors inside and one generic word at the end.
  func spans(_ tokens: [Token], units: [UInt16]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var i = 0
    while i < tokens.count {
      guard NameExtractor.isCapitalised(tokens[i].text), !isStopWord(tokens[i].text) else {
        i += 1
        continue
      }
      var end = i + 1
      while end < tokens.count, end - i < maxWords, NameExtractor.adjacent(tokens[end - 1], tokens[end], units),
        NameExtractor.apostropheStem(tokens[end - 1].text) == tokens[end - 1].text
      {
        let t = tokens[end]
        if isStopWord(t.text) { break }
        if NameExtractor.isCapitalised(t.text) {
          end += 1
        } else if NameExtractor.connectors.contains(t.text), end + 1 < tokens.count,
          NameExtractor.isCapitalised(tokens[end + 1].text),
          NameExtractor.adjacent(t, tokens[end + 1], units)
        {
          end += 2
        } else if HeadWords.classByKey[keys.words(of: t.text).joined(separator: " ")] != nil {
          end += 1
          break
        } else {
          break
        }
      }
      result.append(i..<end)
      i = end
    }
    return result
  }

  static let connectors: Set<String> = ["of", "the", "for", "and"]

  /// Capitalised words that are not names and end a span: articles,
  /// titles, months and weekdays in the five languages (by key).
  static let stopWords: Set<String> = Set(
    ([
      "The", "A", "An", "This", "That", "In", "On", "At", "For", "And", "But", "Mr", "Mrs", "Ms", "Dr",
      "President", "Prime", "Minister", "Chairman", "Speaker", "Prezident", "Prezidenti", "Nazir",
      "Naziri", "Sədr", "Sədri", "Cumhurbaşkanı", "Başbakan", "Bakan", "Bakanı", "Başkanı",
      "Президент", "Президенті", "Министр", "Prezidentı", "Төраға", "Төрағасы",
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday", "Yanvar", "Fevral", "Mart", "Aprel", "May", "İyun", "İyul", "Avqust",
      "Sentyabr", "Oktyabr", "Noyabr", "Dekabr", "Ocak", "Şubat", "Nisan", "Mayıs", "Haziran",
      "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık", "Қаңтар", "Ақпан", "Наурыз",
      "Сәуір", "Мамыр", "Маусым", "Шілде", "Тамыз", "Қыркүйек", "Қазан", "Қараша", "Желтоқсан",
    ] as [String]).map { ComparisonKey.of($0) })

  /// Whether a capitalised word is a stop word. (Kasım is also a given
  /// name, Қазан also the city Kazan: precision first, they stop a span.)
  func isStopWord(_ word: String) -> Bool {
    NameExtractor.stopWords.contains(keys.words(of: word).joined(separator: " "))
  }

  static func isCapitalised(_ word: String) -> Bool {
    guard let c = word.unicodeScalars.first else { return false }
    return c.properties.isUppercase
  }

  /// Whether two tokens are separated by one space or tab only.
  static func adjacent(_ a: Token, _ b: Token, _ units: [UInt16]) -> Bool {
    let gap = a.utf16Range.upperBound..<b.utf16Range.lowerBound
    return gap.count == 1 && (units[gap.lowerBound] == 0x20 || units[gap.lowerBound] == 0xA0)
  }

  /// Whether the text before `offset` ends a sentence or a line (or is empty).
  static func opensSentence(_ units: [UInt16], at offset: Int) -> Bool {
    var k = offset - 1
    while k >= 0 {
      let u = units[k]
      if u == 0x20 || u == 0x22 || u == 0x201C || u == 0x00AB || u == 0x28 || u == 0x2A || u == 0x23 { k -= 1; continue }
      return u == 0x2E || u == 0x21 || u == 0x3F || u == 0x0A || u == 0x3A
    }
    return true
  }

  /// The part of a word before its first apostrophe (`Karabağ'da`,
  /// `Karabakh's`), or the word.
  static func apostropheStem(_ word: String) -> String {
    guard let i = word.firstIndex(where: { $0 == "'" || $0 == "’" || $0 == "ʼ" }), i > word.startIndex else {
      return word
    }
    return String(word[..<i])
  }

  /// Removes Turkic suffixes written without an apostrophe (Qarabağda,
  /// Қарағандыда), only when the stem is itself a spelling the corpus
  /// uses uninflected or a glossary form, and the suffix chain agrees in
  /// vowel harmony (``TurkicSuffixes/canFollow(_:stem:)``); and drops the
  /// leading words of sentence-initial spans that the corpus never
  /// capitalises elsewhere (Törende Kızılorda → Kızılorda).
  public func reduceInflections(_ all: [NameCandidate]) -> [NameCandidate] {
    var known = glossaryKeys
    for c in all where c.inflected == nil {
      // Every tail too: "Ол Қызылорда" opens a sentence, "Қызылорда" is the name.
      let words = keys.words(of: c.text)
      for k in words.indices { known.insert(words[k...].joined(separator: " ")) }
    }
    var reduced: [NameCandidate] = []
    for var c in all {
      if c.conceptID == nil, c.inflected == nil, c.language != "en" {
        if let base = stemmed(c.text, known: known) {
          c.inflected = c.text
          c.text = base
        }
      }
      reduced.append(c)
    }
    // A capitalised word opening a sentence proves nothing: it stays part
    // of a name only when the corpus writes it capitalised mid-sentence
    // too (in any spelling with its key) or the glossary knows it.
    var proven = glossaryWords
    for c in reduced where !c.sentenceInitial || c.conceptID != nil {
      for w in keys.words(of: c.text) { proven.insert(w) }
    }
    var result: [NameCandidate] = []
    for var c in reduced {
      if c.sentenceInitial, c.conceptID == nil {
        var pieces = KeyCache.pieces(c.text)
        while let first = pieces.first, !keys.words(of: first).allSatisfy({ proven.contains($0) }) {
          pieces.removeFirst()
        }
        if pieces.isEmpty { continue }
        if pieces.count < KeyCache.pieces(c.text).count {
          c.text = pieces.joined(separator: " ")
        }
      }
      result.append(c)
    }
    return result
  }

  func stemmed(_ text: String, known: Set<String>) -> String? {
    let lastSpace = text.lastIndex(of: " ").map { text.index(after: $0) } ?? text.startIndex
    let head = String(text[..<lastSpace])
    let word = String(text[lastSpace...])
    guard word.count > 4 else { return nil }
    var end = word.index(before: word.endIndex)
    while word.distance(from: word.startIndex, to: end) >= 3 {
      let stem = word[..<end]
      let suffix = word[end...]
      if TurkicSuffixes.canFollow(suffix, stem: stem) {
        let candidate = head + String(stem).trimmingCharacters(in: CharacterSet(charactersIn: "-'’"))
        if known.contains(keys.words(of: candidate).joined(separator: " ")) { return candidate }
      }
      end = word.index(before: end)
    }
    return nil
  }
}

/// Line and column (1-based, in Characters) of UTF-16 offsets.
struct LineIndex {
  private let text: String
  private var starts: [Int] = [0]

  init(_ text: String) {
    self.text = text
    var i = 0
    for u in text.utf16 {
      i += 1
      if u == 0x0A { starts.append(i) }
    }
  }

  func position(ofUTF16 offset: Int) -> (Int, Int) {
    var lo = 0
    var hi = starts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    let from = String.Index(utf16Offset: starts[lo], in: text)
    let to = String.Index(utf16Offset: offset, in: text)
    return (lo + 1, text.distance(from: from, to: to) + 1)
  }
}
