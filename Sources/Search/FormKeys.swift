import Foundation
import Matching
import Orthography
import Terminology

/// Every matching key of one form, computed once at import.
public struct FormKeys: Sendable {
  public var caseKey: String
  public var foldKey: String
  public var words: [String]
  public var matchKey: String { words.joined(separator: " ") }
  /// Postings of surface words are stored from this position on.
  public static let surfacePositionBase = 1000
  /// The words as typed on a plain keyboard: case and diacritics folded,
  /// and ə as e (how Azerbaijani is typed without an ə key).
  public var surfaceWords: [String] { FormKeys.typingWords(foldKey) }

  /// The words of a stored key or text (split on spaces and hyphens).
  public static func words(of text: String) -> [String] { KeyCache.pieces(text) }

  /// ``surfaceWords`` of a stored diacritic key.
  public static func typingWords(_ foldKey: String) -> [String] {
    var words: [String] = []
    var current = String.UnicodeScalarView()
    for s in foldKey.unicodeScalars {
      if s == " " || s == "-" {
        if !current.isEmpty { words.append(String(current)) }
        current = String.UnicodeScalarView()
      } else {
        current.append(s == "ə" ? "e" : s)
      }
    }
    if !current.isEmpty { words.append(String(current)) }
    return words
  }
  public var sortedKey: String { words.sorted().joined(separator: " ") }
  /// The key of the text with its word breaks taken out
  /// (``ComparisonKey/unbroken(_:)``): equal for spellings that differ
  /// only in where words break (NagornoKarabakh, Nagorno-Karabakh).
  public var joinedKey: String

  /// The keys of a query or form text.
  public init(_ text: String) {
    caseKey = Folding.neutralCaseKey(text)
    foldKey = Folding.diacriticKey(text)
    words = ComparisonKey.words(of: text)
    joinedKey = Self.joinedKey(text, words: words)
  }

  public init(caseKey: String, foldKey: String, words: [String], joinedKey: String) {
    self.caseKey = caseKey
    self.foldKey = foldKey
    self.words = words
    self.joinedKey = joinedKey
  }

  /// ``joinedKey`` of `text`, whose key words are `words`: a text of one
  /// word needs no second key computation.
  public static func joinedKey(_ text: String, words: [String]) -> String {
    words.count <= 1 && !text.unicodeScalars.contains(where: ComparisonKey.isWordBreak)
      ? words.joined() : ComparisonKey.unbroken(text)
  }

  /// Keys of many texts, computed on every core. Distinct words are keyed
  /// once (names share words), then each text's keys are assembled.
  public static func compute(_ texts: [String]) -> [FormKeys] {
    let cache = KeyCache()
    cache.warm(texts)
    return texts.concurrentMap { text in
      let words = cache.words(of: text)
      return FormKeys(
        caseKey: Folding.neutralCaseKey(text), foldKey: Folding.diacriticKey(text),
        words: words, joinedKey: joinedKey(text, words: words))
    }
  }
}
