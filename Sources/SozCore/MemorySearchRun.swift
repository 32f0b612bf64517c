import Foundation
import Matching
import Orthography
import Search
import Terminology

/// A glossary concept recognised in a query, with the form to use in the
/// target language.
public struct RecognisedTerm: Hashable, Sendable {
  public var conceptID: String
  /// The words as the query wrote them (without a suffix).
  public var found: String
  /// The preferred form in the target language (nil when it has none).
  public var target: String?
}

/// The answer to one `soz tm search` query.
public struct MemorySearchResult: Sendable {
  public var query: String
  public var source: LanguageTag
  public var target: LanguageTag
  public var matches: [MemoryMatch]
  public var terms: [RecognisedTerm]
}

/// `soz tm search`: fuzzy matches from the memory and the glossary terms
/// of the query. Holds the searcher (its posting-list cache serves a whole
/// batch) and the glossary matcher.
public final class MemorySearchRun {
  let searcher: MemorySearcher
  let matcher: GlossaryMatcher?
  public var minimum: Int
  public var limit: Int

  /// - Parameters:
  ///   - glossary: the store's compiled glossary for the term list (nil:
  ///     no terms).
  public init(store: any MemoryStorage, glossary: CompiledGlossary?, minimum: Int = 70, limit: Int = 5) {
    searcher = MemorySearcher(store: store)
    matcher = glossary.map { GlossaryMatcher(compiled: $0) }
    self.minimum = minimum
    self.limit = limit
  }

  /// Searches one query. A language without a region also searches the
  /// memory's regional tags of it (`--from en` finds `en-US` units).
  public func search(_ query: String, from: LanguageTag, to: LanguageTag) throws(SozError) -> MemorySearchResult {
    var matches: [MemoryMatch]
    do {
      let sources = try searcher.languages(answering: from)
      let targets = try searcher.languages(answering: to)
      if sources.count <= 1 && targets.count <= 1 {
        matches = try searcher.search(
          query, from: sources.first ?? from, to: targets.first ?? to, minimum: minimum, limit: limit)
      } else {
        var best: [Int64: MemoryMatch] = [:]
        for s in sources {
          for t in targets {
            // SegmentScore orders better first (`a < b`: a ranks above b).
            for m in try searcher.search(query, from: s, to: t, minimum: minimum, limit: limit)
            where best[m.unitID].map({ (m.score, m.variantID) < ($0.score, $0.variantID) }) ?? true {
              best[m.unitID] = m
            }
          }
        }
        matches = Array(
          best.values.sorted { ($0.score, $0.variantID) < ($1.score, $1.variantID) }.prefix(limit))
      }
    } catch {
      throw SozError.store(error)
    }
    return MemorySearchResult(
      query: query, source: from, target: to, matches: matches, terms: terms(in: query, to: to))
  }

  /// The concepts mentioned in `text`, once each, in order.
  public func terms(in text: String, to: LanguageTag) -> [RecognisedTerm] {
    var seen = Set<String>()
    var out: [RecognisedTerm] = []
    guard let matcher else { return [] }
    for m in matcher.mentions(in: Normalizer.nfc(text)) where seen.insert(m.conceptID).inserted {
      out.append(
        RecognisedTerm(
          conceptID: m.conceptID, found: m.surface,
          target: matcher.compiled.concept(id: m.conceptID)?.preferred(in: to)?.text))
    }
    return out
  }
}

/// Renders search results: text for people, one JSON object per query.
public enum MemorySearchRenderer {
  /// The score as CAT tools print it: `exact` for 101, else `96%`.
  public static func label(_ s: SegmentScore) -> String {
    s.percent >= SegmentScore.exact ? "exact" : "\(s.percent)%"
  }

  /// `text` with the scalar ranges marked: ANSI reverse video on a
  /// terminal, else [brackets].
  public static func mark(_ text: String, _ ranges: [Range<Int>], style: TerminalStyle) -> String {
    guard !ranges.isEmpty else { return text }
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    let open: String = style.enabled ? "\u{1B}[7m" : "["
    let close: String = style.enabled ? "\u{1B}[0m" : "]"
    // Words separated only by spaces are marked as one run.
    var merged: [Range<Int>] = []
    for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      if let last = merged.last, last.upperBound <= r.lowerBound,
        scalars[last.upperBound..<r.lowerBound].allSatisfy({ $0 == " " })
      {
        merged[merged.count - 1] = last.lowerBound..<r.upperBound
      } else {
        merged.append(r)
      }
    }
    var i = 0
    for r in merged where r.lowerBound >= i && r.upperBound <= scalars.count {
      out.append(contentsOf: scalars[i..<r.lowerBound])
      out.append(contentsOf: open.unicodeScalars)
      out.append(contentsOf: scalars[r])
      out.append(contentsOf: close.unicodeScalars)
      i = r.upperBound
    }
    out.append(contentsOf: scalars[i...])
    return String(out)
  }

  public static func text(_ r: MemorySearchResult, style: TerminalStyle) -> String {
    var lines: [String] = []
    if r.matches.isEmpty { lines.append("no match for '\(r.query)' (\(r.source) → \(r.target))") }
    for m in r.matches {
      let score = label(m.score).padding(toLength: 6, withPad: " ", startingAt: 0)
      lines.append("\(style.bold(score)) \(mark(m.source, m.differing, style: style))")
      lines.append("       \(m.target)")
      let place = m.line.map { "\(m.origin):\($0)" } ?? m.origin
      lines.append(style.dim("       \(place)" + (m.tuid.map { "  tuid \($0)" } ?? "")))
    }
    if !r.terms.isEmpty {
      lines.append("terms:")
      for t in r.terms {
        lines.append("  \(t.found) → \(t.target ?? "(no \(r.target) form)")  [\(t.conceptID)]")
      }
    }
    return lines.joined(separator: "\n")
  }

  struct JSONSpan: Encodable {
    var start: Int
    var end: Int
    var text: String
  }
  struct JSONMatch: Encodable {
    var score: Int
    var exact: Bool
    var similarity: Int
    var source: String
    var target: String
    var differing: [JSONSpan]
    var unit: Int64
    var tuid: String?
    var origin: String
    var line: Int?
  }
  struct JSONTerm: Encodable {
    var concept: String
    var found: String
    var target: String?
  }
  struct JSONResult: Encodable {
    var query: String
    var from: String
    var to: String
    var matches: [JSONMatch]
    var terms: [JSONTerm]
  }

  /// One line of JSON with sorted keys: `query`, `from`, `to`, `matches`
  /// (`score`, `exact`, `similarity`, `source`, `target`, `differing`
  /// spans in Unicode scalars, `unit`, `tuid`, `origin`, `line`) and
  /// `terms` (`concept`, `found`, `target`).
  public static func json(_ r: MemorySearchResult) -> String {
    let result = JSONResult(
      query: r.query, from: r.source.rawValue, to: r.target.rawValue,
      matches: r.matches.map { m in
        let scalars = Array(m.source.unicodeScalars)
        return JSONMatch(
          score: m.score.percent, exact: m.score.percent >= SegmentScore.exact,
          similarity: m.score.detail, source: m.source, target: m.target,
          differing: m.differing.map {
            JSONSpan(start: $0.lowerBound, end: $0.upperBound, text: String(String.UnicodeScalarView(scalars[$0])))
          }, unit: m.unitID, tuid: m.tuid, origin: m.origin, line: m.line)
      },
      terms: r.terms.map { JSONTerm(concept: $0.conceptID, found: $0.found, target: $0.target) })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(result)) ?? Data(), as: UTF8.self)
  }
}
