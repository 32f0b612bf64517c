import Alignment
import Foundation
import Orthography
import Search
import Terminology

/// `soz align --memory`: bilingual name and term pairs learnt from the
/// translation memory's units in one language pair (issue 17).
public enum AlignMemoryRun {
  /// What a run found.
  public struct Report: Sendable {
    public var from: LanguageTag
    public var to: LanguageTag
    /// Units with a segment in both languages.
    public var units: Int
    /// Distinct candidate spellings read on each side.
    public var candidates: (source: Int, target: Int)
    public var pairs: [TermPair]
    /// The patch's entries (`--write-patch`).
    public var proposals: [Concept]

    /// Whether anything needs a maintainer: a new concept, a new variant
    /// or a conflict (exit status 1).
    public var hasFindings: Bool { pairs.contains { $0.status != .known } }
  }

  /// Which evidence pairs names: Söz's method or a baseline.
  public enum Method: String, Sendable, CaseIterable {
    case combined, cooccurrence, similarity
  }

  /// Streams the store's units in `from` → `to` (regional tags of either
  /// included: `en` reads `en-GB`), extracts candidates on every core one
  /// batch at a time, and pairs them against `glossary` (nil: none).
  public static func run(
    store: any MemoryStorage, from: LanguageTag, to: LanguageTag, glossary: Glossary?,
    minCount: Int = 2, method: Method = .combined
  ) throws(SozError) -> Report {
    var options = MemoryAlignmentOptions()
    options.minCount = minCount
    options.method = MemoryAlignmentMethod(rawValue: method.rawValue) ?? .combined
    let aligner = MemoryAligner(from: from, to: to, glossary: glossary, options: options)
    var counts = MemoryNameCounts()
    do {
      let searcher = MemorySearcher(store: store)
      let sources = try searcher.languages(answering: from)
      let targets = try searcher.languages(answering: to)
      try store.readSegmentPairs(sources: sources, targets: targets) { batch in
        let names = batch.concurrentMap { aligner.names(source: $0.source, target: $0.target) }
        for (unit, n) in zip(batch, names) { counts.add(unit: unit.unitID, source: n.source, target: n.target) }
      }
    } catch let e as StoreError {
      throw SozError.store(e)
    } catch let e as SozError {
      throw e
    } catch {
      throw SozError.store(StoreError(path: store.location, message: "\(error)"))
    }
    let pairs = aligner.align(counts)
    return Report(
      from: from, to: to, units: counts.units, candidates: counts.distinct, pairs: pairs,
      proposals: MemoryPatch.proposals(pairs, from: from, to: to, glossary: glossary))
  }

  /// `{"pairs": [...], "summary": {...}}`, keys sorted, pairs best first.
  public static func json(_ r: Report) -> String {
    func str(_ s: String) -> String { TextEscapes.json(s) }
    func num(_ x: Double) -> String { String(format: "%.3f", x) }
    let pairs = r.pairs.map { p in
      "{\"concept\":\(p.concept.map(str) ?? "null"),\"count\":\(p.count),\"dice\":\(num(p.dice)),"
        + "\"examples\":[\(p.examples.map(str).joined(separator: ","))],"
        + "\"inflections\":[\(p.inflections.map(str).joined(separator: ","))],"
        + "\"logLikelihood\":\(num(p.logLikelihood)),\"score\":\(num(p.score)),\"similarity\":\(num(p.similarity)),"
        + "\"source\":\(str(p.source)),\"status\":\(str(p.status.rawValue)),\"target\":\(str(p.target))}"
    }
    let by = Dictionary(grouping: r.pairs, by: \.status)
    let summary = TermPair.Status.allCases.map { "\(str($0.rawValue)):\(by[$0]?.count ?? 0)" }.joined(separator: ",")
    return "{\"from\":\(str(r.from.rawValue)),\"pairs\":[\(pairs.joined(separator: ","))],"
      + "\"summary\":{\(summary),\"pairs\":\(r.pairs.count),\"units\":\(r.units)},\"to\":\(str(r.to.rawValue))}"
  }

  /// One line per pair, best first, then a summary line.
  public static func text(_ r: Report) -> String {
    var out: [String] = []
    for p in r.pairs {
      var line = "\(p.source) → \(p.target)  ×\(p.count)  score \(String(format: "%.2f", p.score))"
      line += " (dice \(String(format: "%.2f", p.dice)), keys \(String(format: "%.2f", p.similarity)))"
      line += "  " + p.status.rawValue + (p.concept.map { " \($0)" } ?? "")
      if !p.inflections.isEmpty { line += "; as " + p.inflections.joined(separator: ", ") }
      line += "; units " + p.examples.joined(separator: ", ")
      out.append(line)
    }
    let by = Dictionary(grouping: r.pairs, by: \.status)
    let counts = TermPair.Status.allCases.map { "\(by[$0]?.count ?? 0) \($0.rawValue)" }.joined(separator: ", ")
    out.append("\(r.units) units \(r.from.rawValue)→\(r.to.rawValue): \(r.pairs.count) pairs (\(counts))")
    return out.joined(separator: "\n")
  }

  /// The proposals as glossary YAML for `soz glossary apply`.
  public static func patch(_ r: Report) -> String {
    """
    # Proposals from `soz align --memory --from \(r.from.rawValue) --to \(r.to.rawValue)` for review.
    # Edit or delete entries, then run `soz glossary apply` on this file.
    # Format: Sources/Terminology/GlossaryYAMLReader.swift.

    """ + GlossaryYAMLWriter.write(r.proposals)
  }
}
