import Matching
import Orthography

/// The two baselines issue 6 measures Söz against: a normalization, then
/// plain normalized edit similarity (`1 - Damerau/max length`) on all
/// pairs, clusters as the connected components of the pairs at the
/// threshold or better. All pairs: for evaluation sets, not for scale.
public enum BaselineMethod: String, Sendable, CaseIterable {
  /// Lowercase (root locale), then edit distance (variants.md §6, M0).
  case lowercaseEdit = "lowercase-edit"
  /// ICU `Any-Latin; Latin-ASCII`, lowercased, then edit distance (M1).
  case icuASCIIEdit = "icu-ascii-edit"

  /// The normalized spelling the method compares.
  public func normalize(_ text: String) -> String {
    switch self {
    case .lowercaseEdit: return Normalizer.nfc(text).lowercased()
    case .icuASCIIEdit: return BaselineMethod.anyLatinASCII.transliterate(Normalizer.nfc(text)).lowercased()
    }
  }

  private static let anyLatinASCII: Transliterator = {
    do {
      return try Transliterator(systemID: "Any-Latin; Latin-ASCII")
    } catch {
      fatalError("ICU lacks Any-Latin; Latin-ASCII: \(error)")
    }
  }()

  /// Clusters `forms` at `threshold` (same output shape as ``Aligner/cluster(_:)``).
  public func cluster(_ forms: [NameForm], threshold: Double) -> [[NameForm]] {
    let unique = Array(Set(forms.map { NameForm(text: Normalizer.nfc($0.text), language: $0.language) })).sorted()
    var texts: [String] = []
    var index: [String: Int] = [:]
    for f in unique where index[f.text] == nil {
      index[f.text] = texts.count
      texts.append(f.text)
    }
    let words = texts.concurrentMap { ScalarWord(self.normalize($0)) }
    let rows: [[Int]] = Array(words.indices).concurrentMap { i in
      var linked: [Int] = []
      for j in (i + 1)..<words.count where PlainDistance.similarity(words[i], words[j]) >= threshold {
        linked.append(j)
      }
      return linked
    }
    var sets = UnionFind(texts.count)
    for (i, row) in rows.enumerated() {
      for j in row { sets.union(i, j) }
    }
    var byText: [String: [NameForm]] = [:]
    for f in unique { byText[f.text, default: []].append(f) }
    return sets.groups().map { g in g.flatMap { byText[texts[$0]] ?? [] }.sorted() }
      .sorted { $0[0] < $1[0] }
  }
}
