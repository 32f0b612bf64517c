import Orthography

/// What the words around a mention say about it: whether it stands in
/// quotation marks, starts a sentence, or is named as a former name.
///
/// Real news writing quotes titles and speech, capitalizes the first word
/// of a sentence, and names an organization's former name as such
/// ("previously known as the Turkic Council"); none of these is a spelling
/// the writer chose, so the rules ask here before reporting. Every answer
/// is computed on demand from the paragraph's text.
struct MentionContext {
  let text: String
  let range: Range<String.Index>
  let language: LanguageTag
  /// Whether the mention lies inside quotation marks (“…”, «…», "…", „…“).
  let quoted: Bool

  init(_ text: String, _ range: Range<String.Index>, _ language: LanguageTag, quotations: [Range<String.Index>]) {
    self.text = text
    self.range = range
    self.language = language
    quoted = quotations.contains { $0.contains(range.lowerBound) }
  }

  /// Whether the mention starts a sentence, a line or a quotation, where
  /// any word is capitalized.
  var startsSentence: Bool {
    var i = range.lowerBound
    guard i > text.startIndex else { return true }
    if Self.openers.contains(text[text.index(before: i)]) { return true }
    while i > text.startIndex {
      i = text.index(before: i)
      let c = text[i]
      if c.isNewline || Self.sentenceEnds.contains(c) { return true }
      // An opening quotation mark with a space after it (“ Martın) opens too.
      if !(c.isWhitespace || Self.dashes.contains(c)) { return Self.openers.contains(c) }
    }
    return true
  }

  /// Whether the same sentence names the mention as a former name:
  /// "previously known as", "eski adıyla", "бұрынғы атауы" before it, "as
  /// it was then called" after it.
  var namedAsFormer: Bool {
    let before = CaseMapper.lowercased(String(sentence(before: true)), language: language)
    let after = CaseMapper.lowercased(String(sentence(before: false)), language: language)
    guard let cues = Self.formerCues[language.language] else { return false }
    return cues.before.contains { before.contains($0) } || cues.after.contains { after.contains($0) }
  }

  /// At most 60 characters of the mention's sentence before or after it.
  private func sentence(before: Bool) -> Substring {
    if before {
      let start = text.index(range.lowerBound, offsetBy: -60, limitedBy: text.startIndex) ?? text.startIndex
      let window = text[start..<range.lowerBound]
      return window.lastIndex(where: { Self.sentenceEnds.contains($0) }).map { window[window.index(after: $0)...] }
        ?? window
    }
    let end = text.index(range.upperBound, offsetBy: 60, limitedBy: text.endIndex) ?? text.endIndex
    let window = text[range.upperBound..<end]
    return window.firstIndex(where: { Self.sentenceEnds.contains($0) }).map { window[..<$0] } ?? window
  }

  /// Whether the next word is a surname (Ámireevpen, Ismaılov, Əliyevə,
  /// Çavuşoğlu, Tokayuly): the mention is then a person's given name that
  /// shares its letters with a place (Baǵdat Ámireev, Ismaıl Ismaılov).
  var followedBySurname: Bool { Self.surnameFollows(text, after: range.upperBound) }

  static func surnameFollows(_ text: String, after end: String.Index) -> Bool {
    var i = end
    var spaces = 0
    while i < text.endIndex, text[i] == " " || text[i] == "\u{00A0}" {
      i = text.index(after: i)
      spaces += 1
    }
    guard spaces > 0, i < text.endIndex, text[i].isUppercase else { return false }
    let word = CaseMapper.lowercased(
      String(text[i...].prefix { $0.isLetter || $0 == "'" || $0 == "’" }), language: .en)
    guard word.count >= 5 else { return false }
    // A surname ending, then at most a case suffix of four letters.
    return surnameEndings.contains { ending in
      guard let r = word.range(of: ending, options: .backwards) else { return false }
      return word.distance(from: word.startIndex, to: r.lowerBound) >= 2
        && word.distance(from: r.upperBound, to: word.endIndex) <= 4
    }
  }

  /// Endings of the region's surnames and patronymics, lower case: Russian
  /// -ov/-ev (and -ova/-eva), Azerbaijani -yev/-oğlu/-zadə/-lı, Kazakh
  /// -uly/-qyzy in both scripts, and their Cyrillic spellings.
  static let surnameEndings = [
    "ov", "ev", "ova", "eva", "oğlu", "oglu", "ogly", "zadə", "zade", "uly", "ulı", "qyzy", "kyzy",
    "ов", "ев", "ова", "ева", "ұлы", "қызы", "оғлу",
  ]

  static let openers: Set<Character> = ["\"", "“", "„", "«", "‘", "(", "["]
  static let sentenceEnds: Set<Character> = [".", "!", "?", "…"]
  static let dashes: Set<Character> = ["-", "–", "—"]

  /// Phrases that name what follows (or precedes) as a former name, per
  /// language; lower case.
  static let formerCues: [String: (before: [String], after: [String])] = [
    "en": (
      ["formerly", "previously known as", "previously called", "once known as", "former name",
       "renamed from", "then called", "then known as"],
      ["then called", "then known", "was renamed"]),
    "az": (["əvvəlki adı", "keçmiş adı", "köhnə adı"], ["adlanırdı", "adlandırılırdı"]),
    "tr": (["eski adıyla", "eski adı", "eski ismiyle", "eski ismi", "önceki adıyla", "önceki adı"], ["olarak biliniyordu"]),
    "kk": (["бұрынғы атау", "бұрынғы аты", "бұрынғы"], []),
  ]

  /// Whether the next word (after any number) is capitalized: the mention
  /// opens a longer title (Turkic World 2040 Vision, Türk Dünyasının Ali
  /// Ordeni).
  var continuesTitle: Bool {
    var i = range.upperBound
    while i < text.endIndex, text[i] == " " || text[i].isNumber { i = text.index(after: i) }
    return i < text.endIndex && i > range.upperBound && text[i].isUppercase
  }

  /// Whether the mention is the lower-case half of a compound of lower-case
  /// words (армян-әзірбайжан қақтығысы, қазақ-әзербайжан қатынастары): an
  /// adjective, not the name.
  var inLowercaseCompound: Bool {
    if range.lowerBound > text.startIndex {
      let dash = text.index(before: range.lowerBound)
      if text[dash] == "-", dash > text.startIndex, text[text.index(before: dash)].isLowercase { return true }
    }
    guard range.upperBound < text.endIndex, text[range.upperBound] == "-" else { return false }
    let next = text.index(after: range.upperBound)
    return next < text.endIndex && text[next].isLowercase
  }
}

/// The quoted stretches of a paragraph.
enum Quotations {
  /// The insides of balanced quotation marks: “…” and „…“ / „…”, «…»
  /// (nested ones count once), and straight "…" pairs. An unclosed mark
  /// quotes nothing.
  ///
  /// - Complexity: O(*n*) over the UTF-8 bytes; no Character is built.
  static func spans(in text: String) -> [Range<String.Index>] {
    let utf8 = text.utf8
    guard utf8.contains(where: { $0 == 0x22 || $0 == 0xE2 || $0 == 0xC2 }) else { return [] }
    var spans: [Range<String.Index>] = []
    var open: (start: String.Index, closer: Mark)?
    var guillemets = 0
    var i = utf8.startIndex
    while i != utf8.endIndex {
      guard let (mark, next) = Mark.at(i, in: utf8) else {
        i = utf8.index(after: i)
        continue
      }
      if let o = open {
        switch (o.closer, mark) {
        case (.guillemetClose, .guillemetOpen):
          guillemets += 1
        case (.guillemetClose, .guillemetClose) where guillemets > 0:
          guillemets -= 1
        case (.guillemetClose, .guillemetClose), (.straight, .straight), (.curlyClose, .curlyClose),
          (.lowClose, .curlyOpen), (.lowClose, .curlyClose):
          spans.append(o.start..<i)
          open = nil
        default:
          break
        }
      } else if let closer = mark.closer {
        open = (next, closer)
      }
      i = next
    }
    return spans
  }

  enum Mark: Equatable {
    case straight, curlyOpen, curlyClose, low, lowClose, guillemetOpen, guillemetClose

    /// The mark that closes a quotation this one opens.
    var closer: Mark? {
      switch self {
      case .straight: return .straight
      case .curlyOpen: return .curlyClose
      case .low: return .lowClose
      case .guillemetOpen: return .guillemetClose
      case .curlyClose, .lowClose, .guillemetClose: return nil
      }
    }

    /// The quotation mark starting at byte `i`, and the index after it.
    static func at(_ i: String.Index, in utf8: String.UTF8View) -> (Mark, String.Index)? {
      let b = utf8[i]
      if b == 0x22 { return (.straight, utf8.index(after: i)) }
      guard b == 0xE2 || b == 0xC2 else { return nil }
      let j = utf8.index(after: i)
      guard j != utf8.endIndex else { return nil }
      if b == 0xC2 {
        let after = utf8.index(after: j)
        if utf8[j] == 0xAB { return (.guillemetOpen, after) }
        if utf8[j] == 0xBB { return (.guillemetClose, after) }
        return nil
      }
      let k = utf8.index(after: j)
      guard utf8[j] == 0x80, k != utf8.endIndex else { return nil }
      let after = utf8.index(after: k)
      switch utf8[k] {
      case 0x9C: return (.curlyOpen, after)
      case 0x9D: return (.curlyClose, after)
      case 0x9E: return (.low, after)
      default: return nil
      }
    }
  }
}
