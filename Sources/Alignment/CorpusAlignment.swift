import Orthography
import Terminology

/// One spelling of a group as the corpus uses it.
public struct CorpusSpelling: Hashable, Sendable {
  public var text: String
  public var language: String
  public var count: Int
  /// `file:line:column` of each use, in order.
  public var locations: [String]
  /// Whether the glossary already lists this spelling for the group's concept.
  public var known: Bool
  /// Inflected forms the spelling was reduced from (Qarabağda, Karabakh's).
  public var inflections: [String]
}

/// A group of spellings that are variants of one name.
public struct CorpusGroup: Sendable {
  /// The glossary concept the group is linked to, if any.
  public var conceptID: String?
  public var kind: ConceptKind?
  /// Spellings, most used first.
  public var spellings: [CorpusSpelling]
  /// Per language, the spelling the corpus uses most.
  public var mostUsed: [String: String]
  public var count: Int { spellings.reduce(0) { $0 + $1.count } }
  /// Spellings the glossary lacks (for a linked group: new variants; for an
  /// unlinked group: all of them, a new concept).
  public var newSpellings: [CorpusSpelling] { spellings.filter { !$0.known } }
}

/// Groups extracted candidates into variant groups and links them to the
/// glossary (issue 6, `soz align PATH...`).
public struct CorpusAligner: Sendable {
  public var aligner: Aligner
  public var minCount: Int

  public init(aligner: Aligner = Aligner(), minCount: Int = 2) {
    self.aligner = aligner
    self.minCount = minCount
  }

  /// Groups `candidates`; with a glossary, its forms join the clustering
  /// as anchors (never reported as corpus spellings), and a group is
  /// linked to the concept its glossary mentions name most, else to the one
  /// concept whose forms it holds.
  public func align(_ candidates: [NameCandidate], glossary: Glossary?) -> [CorpusGroup] {
    var forms = candidates.map { NameForm(text: $0.text, language: $0.language) }
    let anchorPrefix = "\u{1}"
    var formsOfConcept: [String: Set<String>] = [:]
    var kinds: [String: ConceptKind] = [:]
    if let glossary {
      for c in glossary.concepts {
        kinds[c.id] = c.kind
        for f in c.forms {
          forms.append(NameForm(text: f.text, language: anchorPrefix + c.id))
          formsOfConcept[c.id, default: []].insert(f.text)
        }
      }
    }
    var uses: [NameForm: [NameCandidate]] = [:]
    for c in candidates { uses[NameForm(text: Normalizer.nfc(c.text), language: c.language), default: []].append(c) }
    var groups: [CorpusGroup] = []
    for cluster in aligner.cluster(forms) {
      let corpus = cluster.filter { !$0.language.hasPrefix(anchorPrefix) }
      if corpus.isEmpty { continue }
      let anchored = Set(cluster.filter { $0.language.hasPrefix(anchorPrefix) }.map { String($0.language.dropFirst()) })
      var votes: [String: Int] = [:]
      for f in corpus {
        for c in uses[f] ?? [] { if let id = c.conceptID { votes[id, default: 0] += 1 } }
      }
      var concept: String?
      if let best = votes.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) {
        concept = best.key
      } else if anchored.count == 1 {
        concept = anchored.first
      }
      let known = concept.flatMap { formsOfConcept[$0] } ?? []
      var spellings: [CorpusSpelling] = corpus.map { f in
        let list = uses[f] ?? []
        var seen = Set<String>()
        let inflections = list.compactMap(\.inflected).filter { seen.insert($0).inserted }
        return CorpusSpelling(
          text: f.text, language: f.language, count: list.count, locations: list.map(\.location),
          known: known.contains(f.text), inflections: inflections)
      }
      spellings.sort { ($1.count, $0.text, $0.language) < ($0.count, $1.text, $1.language) }
      var mostUsed: [String: String] = [:]
      for s in spellings where mostUsed[s.language] == nil { mostUsed[s.language] = s.text }
      let group = CorpusGroup(
        conceptID: concept, kind: concept.flatMap { kinds[$0] }, spellings: spellings, mostUsed: mostUsed)
      if group.count >= minCount { groups.append(group) }
    }
    groups.sort { a, b in
      (a.conceptID == nil ? 1 : 0, -a.count, a.spellings[0].text) < (b.conceptID == nil ? 1 : 0, -b.count, b.spellings[0].text)
    }
    return groups
  }
}
