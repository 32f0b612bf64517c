import Foundation
import Matching
import Orthography
import Search
import Terminology

/// One concordance line: a segment and where the word occurs in it.
public struct ConcordanceHit: Sendable {
  public var segment: MemorySegment
  /// The occurrences, as Unicode-scalar ranges of the segment's text.
  public var ranges: [Range<Int>]
  /// What was found at each range, as written.
  public var found: [String]
}

/// The answer to `soz tm concordance`.
public struct ConcordanceResult: Sendable {
  public var word: String
  public var language: LanguageTag
  /// The concept the word names, when it names one: then every spelling
  /// of the concept, inflected or not, is searched.
  public var conceptID: String?
  public var hits: [ConcordanceHit]
  /// Hits before `--limit`.
  public var total: Int
}

/// `soz tm concordance`: the segments containing a word, or any spelling
/// of the glossary concept it names (Qarabağ finds Karabakh, Garabagh,
/// Karabağ'da, Qarabağa).
public enum ConcordanceRun {
  public static func run(
    word: String, language: LanguageTag, store: any MemoryStorage, glossary: CompiledGlossary?, limit: Int
  ) throws(SozError) -> ConcordanceResult {
    let matcher = glossary.map { GlossaryMatcher(compiled: $0) }
    let text = Normalizer.nfc(word.trimmingCharacters(in: .whitespacesAndNewlines))
    let concept = matcher?.mentions(in: text).first.flatMap { m in glossary?.concept(id: m.conceptID) }
    do {
      var hits: [ConcordanceHit] = []
      if let concept, let matcher {
        // Words of the memory that start like a spelling of the concept;
        // the matcher then decides (suffix harmony, apostrophes, longest
        // name) which segments mention it.
        var anchors = Set<String>()
        for form in concept.forms {
          if let first = SegmentTokenizer.keys(of: form.text, language: language).first { anchors.insert(first) }
        }
        var words = Set<String>()
        for a in anchors.sorted() { words.formUnion(try store.memoryWords(startingWith: a, language: language)) }
        for segment in try store.memorySegments(containingAnyOf: words.sorted(), language: language) {
          let mentions = matcher.mentions(in: segment.text).filter { $0.conceptID == concept.id }
          guard !mentions.isEmpty else { continue }
          hits.append(
            ConcordanceHit(
              segment: segment, ranges: mentions.map { scalarRange($0.range, in: segment.text) },
              found: mentions.map { $0.surface + $0.suffix }))
        }
      } else {
        // A plain word: the word itself, or followed by a suffix.
        let keys = SegmentTokenizer.keys(of: text, language: language)
        guard let key = keys.first, keys.count == 1 else {
          throw SozError.io(path: word, message: "give one word, or a name the glossary knows")
        }
        let words = try store.memoryWords(startingWith: key, language: language).filter {
          $0 == key || $0.hasPrefix(key + "'")
            || TurkicSuffixes.canFollow(Substring($0.dropFirst(key.count)), stem: Substring(key))
        }
        let wanted = Set(words)
        for segment in try store.memorySegments(containingAnyOf: words, language: language) {
          let tokens = SegmentTokenizer.tokens(of: segment.text, language: language).filter { wanted.contains($0.key) }
          guard !tokens.isEmpty else { continue }
          let scalars = Array(segment.text.unicodeScalars)
          hits.append(
            ConcordanceHit(
              segment: segment, ranges: tokens.map(\.range),
              found: tokens.map { String(String.UnicodeScalarView(scalars[$0.range])) }))
        }
      }
      return ConcordanceResult(
        word: word, language: language, conceptID: concept?.id, hits: Array(hits.prefix(limit)),
        total: hits.count)
    } catch let e as StoreError {
      throw SozError.store(e)
    } catch let e as SozError {
      throw e
    } catch {
      throw SozError.io(path: word, message: "\(error)")
    }
  }

  static func scalarRange(_ r: Range<String.Index>, in text: String) -> Range<Int> {
    let lower = text.unicodeScalars.distance(from: text.startIndex, to: r.lowerBound)
    return lower..<(lower + text.unicodeScalars.distance(from: r.lowerBound, to: r.upperBound))
  }
}

/// Renders concordance results.
public enum ConcordanceRenderer {
  public static func text(_ r: ConcordanceResult, style: TerminalStyle) -> String {
    var lines: [String] = []
    let what = r.conceptID.map { "'\(r.word)' (concept \($0), every spelling)" } ?? "'\(r.word)'"
    lines.append("\(r.total) segments in \(r.language) contain \(what)" + (r.total > r.hits.count ? "; showing \(r.hits.count)" : ""))
    for h in r.hits {
      let s = h.segment
      let place = s.line.map { "\(s.origin):\($0)" } ?? s.origin
      lines.append(style.dim(place + (s.tuid.map { "  tuid \($0)" } ?? "")))
      lines.append("  \(s.language)  " + MemorySearchRenderer.mark(s.text, h.ranges, style: style))
      for t in s.translations { lines.append("  \(t.language)  \(t.text)") }
    }
    return lines.joined(separator: "\n")
  }

  struct JSONSpan: Encodable {
    var start: Int
    var end: Int
    var text: String
  }
  struct JSONHit: Encodable {
    var unit: Int64
    var tuid: String?
    var origin: String
    var line: Int?
    var text: String
    var spans: [JSONSpan]
    var translations: [String: String]
  }
  struct JSONResult: Encodable {
    var word: String
    var lang: String
    var concept: String?
    var total: Int
    var hits: [JSONHit]
  }

  public static func json(_ r: ConcordanceResult) -> String {
    let value = JSONResult(
      word: r.word, lang: r.language.rawValue, concept: r.conceptID, total: r.total,
      hits: r.hits.map { h in
        JSONHit(
          unit: h.segment.unitID, tuid: h.segment.tuid, origin: h.segment.origin, line: h.segment.line,
          text: h.segment.text,
          spans: zip(h.ranges, h.found).map { JSONSpan(start: $0.0.lowerBound, end: $0.0.upperBound, text: $0.1) },
          translations: Dictionary(h.segment.translations.map { ($0.language.rawValue, $0.text) }) { a, _ in a })
      })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self)
  }
}
