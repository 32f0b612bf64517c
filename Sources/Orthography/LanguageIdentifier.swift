/// A language guess with its confidence.
public struct LanguageGuess: Equatable, Sendable {
  /// The most likely language (one of en, az, tr, kk, kk-Latn, ru).
  public var language: LanguageTag
  /// 0...1: the best language's share of the evidence, lowered for short
  /// texts. Below about 0.5 the text is too short or too mixed to tell.
  public var confidence: Double
  /// Every candidate's score, best first (for explanations).
  public var scores: [(LanguageTag, Double)]

  public static func == (a: LanguageGuess, b: LanguageGuess) -> Bool {
    a.language == b.language && a.confidence == b.confidence
  }
}

/// Identifies the language of a text among en, az, tr, kk (Cyrillic and
/// 2021 Latin) and ru from script and letter evidence.
///
/// Evidence, in order of strength: letters only one language uses (ə for
/// Azerbaijani; ä ñ ū for Kazakh Latin; ә ғ қ ң ө ұ ү һ і for Kazakh
/// Cyrillic), letters shared by a few (x q for Azerbaijani among Turkic
/// Latin; ğ ı ş for Turkish and Azerbaijani; ё ъ ы э for Russian among
/// Cyrillic), then frequent function words. No model files, no training:
/// the rules are small enough to read and the tests show each decision.
public enum LanguageIdentifier {
  /// Guesses the language of `text`; nil when it has no letters.
  public static func identify(_ text: String) -> LanguageGuess? {
    var scores: [LanguageTag: Double] = [:]
    var letters = 0
    var cyrillic = 0
    for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
      letters += 1
      if Script.of(scalar) == .cyrillic { cyrillic += 1 }
      for (tag, weight) in letterEvidence(Character(scalar)) {
        scores[tag, default: 0] += weight
      }
    }
    guard letters > 0 else { return nil }
    let words = Tokenizer.shared.tokens(in: text).map {
      CaseMapper.folded($0.text, turkic: false)
    }
    for word in words {
      for (tag, list) in functionWords where list.contains(word) {
        scores[tag, default: 0] += 3
      }
    }
    addTurkishEvidence(text, to: &scores)
    let cyrillicShare = Double(cyrillic) / Double(letters)
    // Script decides the family; a small prior lets plain Latin be English
    // and plain Cyrillic be Russian when nothing else speaks.
    let family: [LanguageTag] =
      cyrillicShare > 0.5 ? [.ru, .kk] : [.en, .az, .tr, .kkLatn]
    scores[family[0], default: 0] += 0.5
    let ranked = family.map { ($0, scores[$0] ?? 0) }.sorted { $0.1 > $1.1 }
    let best = ranked[0].1
    let second = ranked[1].1
    // Share of the top two, damped when there is little evidence at all.
    let share = best + second > 0 ? best / (best + second) : 0
    let confidence = share * min(1, 0.5 + best / 16)
    return LanguageGuess(
      language: ranked[0].0, confidence: (confidence * 100).rounded() / 100, scores: ranked)
  }

  /// Guesses each paragraph (blank-line separated) of `text`.
  public static func identifyParagraphs(_ text: String) -> [(Range<String.Index>, LanguageGuess)] {
    var result: [(Range<String.Index>, LanguageGuess)] = []
    var start = text.startIndex
    for blank in text.ranges(ofBlankLines: ()) + [text.endIndex..<text.endIndex] {
      let para = start..<blank.lowerBound
      if let guess = identify(String(text[para])) { result.append((para, guess)) }
      start = blank.upperBound
    }
    return result
  }

  /// Turkish is Turkic Latin without ə, q, x, ä, ñ and ū: when the shared
  /// Turkic letters are there and the others are not, that absence speaks.
  private static func addTurkishEvidence(_ text: String, to scores: inout [LanguageTag: Double]) {
    var turkic = 0
    for c in text {
      switch c {
      case "ə", "Ə", "q", "Q", "x", "X", "ä", "Ä", "ñ", "Ñ", "ū", "Ū": return
      case "ğ", "Ğ", "ı", "İ", "ş", "Ş", "ç", "Ç", "ö", "Ö", "ü", "Ü": turkic += 1
      default: break
      }
    }
    if turkic > 0 { scores[.tr, default: 0] += Double(turkic) }
  }

  private static func letterEvidence(_ c: Character) -> [(LanguageTag, Double)] {
    switch c {
    case "ə", "Ə": return [(.az, 4)]
    case "ä", "Ä", "ñ", "Ñ", "ū", "Ū": return [(.kkLatn, 4)]
    case "x", "X", "q", "Q": return [(.az, 1), (.kkLatn, 1)]
    case "ğ", "Ğ", "ş", "Ş": return [(.tr, 1), (.az, 0.8), (.kkLatn, 0.8)]
    case "ı", "İ": return [(.tr, 1), (.az, 0.8), (.kkLatn, 0.6)]
    case "ç", "Ç": return [(.tr, 1), (.az, 0.9)]
    case "ö", "Ö", "ü", "Ü": return [(.tr, 0.6), (.az, 0.6), (.kkLatn, 0.5)]
    case "â", "Â", "î", "Î", "û", "Û": return [(.tr, 2)]
    case "w", "W": return [(.en, 1)]
    case "ә", "Ә", "ғ", "Ғ", "қ", "Қ", "ң", "Ң", "ө", "Ө", "ұ", "Ұ", "ү", "Ү", "һ", "Һ",
      "і", "І":
      return [(.kk, 4)]
    case "ё", "Ё", "ъ", "Ъ", "э", "Э", "щ", "Щ": return [(.ru, 1)]
    default: return []
    }
  }

  private static let functionWords: [LanguageTag: Set<String>] = [
    .en: ["the", "of", "and", "to", "in", "is", "was", "for", "on", "with", "said", "by",
      "at", "from", "has", "have", "that", "this", "will", "its", "an", "are"],
    .az: ["və", "bu", "ilə", "üçün", "olan", "olunub", "edib", "ki", "bir", "də", "da",
      "isə", "tərəfindən", "il", "ildə", "həm", "edilib", "görə"],
    .tr: ["ve", "bir", "bu", "ile", "için", "olarak", "olan", "etti", "dedi", "de", "da",
      "gibi", "daha", "çok", "yıl", "tarafından", "ise", "ancak"],
    .kkLatn: ["jäne", "men", "ben", "pen", "būl", "üşin", "boiynşa", "dep", "bolyp", "osy",
      "onyñ"],
    .kk: ["және", "мен", "бен", "пен", "бұл", "үшін", "бойынша", "деп", "болып", "осы",
      "оның", "да", "де", "жылы"],
    .ru: ["и", "в", "на", "с", "по", "не", "что", "это", "для", "из", "как", "от", "к",
      "о", "году", "также"],
  ]
}

extension String {
  /// Ranges of runs of two or more line breaks (paragraph separators).
  fileprivate func ranges(ofBlankLines _: Void) -> [Range<String.Index>] {
    var result: [Range<String.Index>] = []
    var i = startIndex
    while i < endIndex {
      guard self[i].isNewline else {
        i = index(after: i)
        continue
      }
      var j = index(after: i)
      var breaks = 1
      while j < endIndex, self[j].isWhitespace {
        if self[j].isNewline { breaks += 1 }
        j = index(after: j)
      }
      if breaks >= 2 { result.append(i..<j) }
      i = j
    }
    return result
  }
}
