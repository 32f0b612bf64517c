import Foundation
import Matching
import Orthography

/// The words of every listed form, in lower case (`kazakh` from `Kazakh
/// language`, `ərdoğan` from `Rəcəb Tayyib Ərdoğan`), built on first use.
///
/// A word the glossary itself spells that way is no misspelling of another
/// name: with a region's place names listed, `Kazakh` shares the key of
/// the town Gazakh and `Ərdoğan` is one letter from the province Ardahan.
/// The rules that guess (`unlisted` on one word, `near-miss`) ask here
/// first; the set is built only when one of them has a candidate.
final class ListedWords: @unchecked Sendable {
  private let compiled: CompiledGlossary
  private var words: Set<String>?
  private let lock = NSLock()

  init(_ compiled: CompiledGlossary) {
    self.compiled = compiled
  }

  /// Whether `word` is, in lower case, a word of some listed form.
  ///
  /// - Complexity: O(*f*) for the first call (*f* forms), O(1) after.
  func contains(_ word: String) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    if words == nil {
      var set = Set<String>()
      for i in 0..<compiled.conceptCount {
        for form in compiled.concept(at: i).forms {
          for w in form.text.split(whereSeparator: { $0 == " " || $0 == "-" }) {
            set.insert(Normalizer.nfc(String(w)).lowercased())
          }
        }
      }
      words = set
    }
    return words?.contains(Normalizer.nfc(word).lowercased()) ?? false
  }
}
