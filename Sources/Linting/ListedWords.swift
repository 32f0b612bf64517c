import Foundation
import Matching
import Orthography

/// The words of every listed form, in lower case (`kazakh` from `Kazakh
/// language`, `ərdoğan` from `Rəcəb Tayyib Ərdoğan`): the compiled
/// glossary's `listed-words` table, probed in place.
///
/// A word the glossary itself spells that way is no misspelling of another
/// name: with a region's place names listed, `Kazakh` shares the key of
/// the town Gazakh and `Ərdoğan` is one letter from the province Ardahan.
/// The rules that guess (`unlisted` on one word, `near-miss`) ask here
/// before they report.
struct ListedWords: Sendable {
  static let tableName = "listed-words"
  private let table: CompiledGlossary.Table?

  init(_ compiled: CompiledGlossary) {
    table = compiled.table(Self.tableName)
  }

  /// The table: one entry per distinct lower-case word of a form.
  static func tableEntries(_ keyed: [CompiledGlossary.KeyedForm]) -> [CompiledGlossary.TableEntry] {
    var seen = Set<String>()
    for k in keyed {
      for w in k.text.split(whereSeparator: { $0 == " " || $0 == "-" }) {
        seen.insert(Self.key(String(w)))
      }
    }
    return seen.sorted().map { CompiledGlossary.TableEntry(key: $0, value: []) }
  }

  /// Whether `word` is, in lower case, a word of some listed form.
  ///
  /// - Complexity: O(*n*) in the word's length (one hash probe).
  func contains(_ word: String) -> Bool {
    table?.value(for: Self.key(word)) != nil
  }

  private static func key(_ word: String) -> String { Normalizer.nfc(word).lowercased() }
}
