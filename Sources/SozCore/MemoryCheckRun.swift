import Foundation
import Linting
import Matching
import Orthography
import Search
import Terminology

/// How one concept is written in one language across the memory.
public struct RenderingSpread: Sendable, Equatable {
  public var conceptID: String
  public var language: LanguageTag
  /// Spellings (as the glossary lists them, or as written when it does
  /// not) with their counts, most frequent first.
  public var renderings: [(form: String, count: Int)]

  public static func == (a: RenderingSpread, b: RenderingSpread) -> Bool {
    a.conceptID == b.conceptID && a.language == b.language
      && a.renderings.map(\.form) == b.renderings.map(\.form) && a.renderings.map(\.count) == b.renderings.map(\.count)
  }

  /// `Qarabağ 212×, Karabağ 31×, Garabagh 5×`.
  public var summary: String { renderings.map { "\($0.form) \($0.count)×" }.joined(separator: ", ") }
}

/// `soz check`: consistency of the memory, and of the memory with the
/// glossary.
public enum MemoryCheckRun {
  /// The rules, for `--format sarif` and the documentation.
  public static let rules: [RuleInfo] = [
    RuleInfo(
      id: "inconsistent-target", defaultSeverity: .warning,
      summary: "The same source segment is translated in different ways.",
      details: "Units whose source segments have the same words (case and punctuation aside) but whose targets differ; the finding lists each translation with its count and tuids."),
    RuleInfo(
      id: "inconsistent-source", defaultSeverity: .info,
      summary: "Different source segments share one translation.",
      details: "Units whose targets have the same words but whose sources differ: often fine (synonyms), sometimes a mistranslation."),
    RuleInfo(
      id: "key-term", defaultSeverity: .warning,
      summary: "A glossary concept in the source whose canonical target form is missing from the target.",
      details: "The concept is found in the source (any spelling); the target must contain the target language's preferred form, inflected or not. Reported when the target has no spelling of the concept, or only a deprecated, forbidden (error) or other-language one."),
    RuleInfo(
      id: "rendering-spread", defaultSeverity: .info,
      summary: "A concept is written in more than one way in one language across the memory.",
      details: "For each concept and language, every spelling the memory uses with its count (Qarabağ 212×, Karabağ 31×), so that editors see drift."),
  ]

  public struct Report: Sendable {
    public var findings: [Finding]
    public var spread: [RenderingSpread]
    public var units: Int
  }

  /// Checks every unit of `store` against itself and the glossary.
  public static func run(store: any MemoryStorage, glossary: CompiledGlossary?) throws(SozError) -> Report {
    let matcher = GlossaryMatcher(compiled: glossary ?? .empty)
    let compiled = matcher.compiled
    var findings: [Finding] = []
    var spread: [String: [String: [String: (count: Int, first: Occurrence)]]] = [:]
    var units = 0
    do {
      findings += try inconsistencies(store, side: .source)
      findings += try inconsistencies(store, side: .target)
      try store.forEachMemoryUnit { unit in
        units += 1
        guard let source = unit.variants.first(where: { $0.language == unit.sourceLanguage }) else { return }
        let at = Occurrence(unit: unit)
        var mentionsByVariant: [[Mention]] = []
        for v in unit.variants {
          let mentions = matcher.mentions(in: digitSuffixesBlanked(v.text), turkicSuffixes: v.language != .en)
          mentionsByVariant.append(mentions)
          for m in mentions {
            let spelling = m.form?.text ?? m.surface
            let lang = v.language.rawValue
            if let old = spread[m.conceptID]?[lang]?[spelling] {
              spread[m.conceptID]![lang]![spelling] = (old.count + 1, old.first)
            } else {
              spread[m.conceptID, default: [:]][lang, default: [:]][spelling] = (1, at)
            }
          }
        }
        let sourceMentions = mentionsByVariant[unit.variants.firstIndex { $0.language == unit.sourceLanguage }!]
        for (v, targetMentions) in zip(unit.variants, mentionsByVariant) where v.language != unit.sourceLanguage {
          findings += keyTerms(
            sourceMentions, targetMentions, target: v, source: source.language, at: at, concepts: compiled)
        }
      }
    } catch let e as StoreError {
      throw SozError.store(e)
    } catch {
      throw SozError.io(path: store.location, message: "\(error)")
    }
    var spreads: [RenderingSpread] = []
    for (concept, perLanguage) in spread {
      for (lang, forms) in perLanguage {
        let sorted = forms.sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }
        let s = RenderingSpread(
          conceptID: concept, language: LanguageTag(lang) ?? .en,
          renderings: sorted.map { ($0.key, $0.value.count) })
        spreads.append(s)
        guard sorted.count > 1 else { continue }
        let at = sorted[1].value.first
        findings.append(
          Finding(
            rule: "rendering-spread", severity: .info, location: at.location, match: sorted[1].key,
            conceptID: concept,
            suggestions: compiled.concept(id: concept)?.preferred(in: s.language).map { [$0.text] } ?? [],
            message: "'\(concept)' in \(lang) is written \(sorted.count) ways: \(s.summary)"))
      }
    }
    spreads.sort { ($0.conceptID, $0.language) < ($1.conceptID, $1.language) }
    return Report(findings: findings.sorted(), spread: spreads, units: units)
  }

  /// `COP29-dan` → `COP29    `: Azerbaijani writes a hyphen before the
  /// suffix of a word ending in a digit, which the matcher does not read
  /// as a suffix; blanking the hyphen and the suffix (up to five lowercase
  /// letters) keeps the text's length, so ranges hold.
  static func digitSuffixesBlanked(_ text: String) -> String {
    guard text.contains("-") else { return text }
    var scalars = Array(text.unicodeScalars)
    var i = 1
    while i < scalars.count - 1 {
      if scalars[i] == "-", scalars[i - 1].properties.numericType != nil {
        var j = i + 1
        while j < scalars.count, scalars[j].properties.isLowercase { j += 1 }
        let endsWord = j == scalars.count || !scalars[j].properties.isAlphabetic
        if j > i + 1, j - i - 1 <= 5, endsWord {
          for k in i..<j { scalars[k] = " " }
          i = j
          continue
        }
      }
      i += 1
    }
    return String(String.UnicodeScalarView(scalars))
  }

  struct Occurrence {
    var file: String
    var line: Int
    var tuid: String?
    var unitID: Int64

    init(unit: MemoryUnitRecord) {
      file = unit.origin
      line = unit.line ?? 0
      tuid = unit.tuid
      unitID = unit.unitID
    }

    var location: TextLocation { TextLocation(file: file, line: line) }
    var name: String { tuid ?? "#\(unitID)" }
  }

  /// One finding per normalized source with several translations
  /// (`side` .source), or per translation of several sources (.target),
  /// from pairs the engine hands over grouped.
  static func inconsistencies(_ store: any MemoryStorage, side: MemoryPairSide) throws -> [Finding] {
    var out: [Finding] = []
    var group: [MemoryPairRow] = []
    func flush() {
      defer { group.removeAll(keepingCapacity: true) }
      // The other side's texts, each with its occurrences, most frequent first.
      var ways: [String: [MemoryPairRow]] = [:]
      for r in group { ways[side == .source ? r.targetNormalized : r.sourceNormalized, default: []].append(r) }
      guard ways.count > 1 else { return }
      let ordered = ways.values.sorted { ($1.count, $0[0].unitID) < ($0.count, $1[0].unitID) }
      let first = ordered[0][0]
      let shared = side == .source ? first.source : first.target
      let described = ordered.map { rows in
        let text = side == .source ? rows[0].target : rows[0].source
        let names = rows.prefix(5).map { $0.tuid ?? "#\($0.unitID)" }.joined(separator: ", ")
        return "'\(text)' (\(rows.count)×: \(names)\(rows.count > 5 ? ", …" : ""))"
      }
      let what = side == .source ? "translated \(ordered.count) ways" : "the translation of \(ordered.count) different sources"
      func location(_ r: MemoryPairRow) -> TextLocation { TextLocation(file: r.origin, line: r.line ?? 0) }
      out.append(
        Finding(
          rule: side == .source ? "inconsistent-target" : "inconsistent-source",
          severity: side == .source ? .warning : .info, location: location(first), match: shared, conceptID: nil,
          suggestions: [], message: "'\(shared)' is \(what): " + described.joined(separator: "; "),
          related: ordered.dropFirst().map { location($0[0]) }))
    }
    try store.forEachMemoryPair(groupedBy: side) { row in
      if let last = group.last,
        last.sourceLanguage != row.sourceLanguage || last.targetLanguage != row.targetLanguage
          || (side == .source ? last.sourceNormalized != row.sourceNormalized : last.targetNormalized != row.targetNormalized)
      {
        flush()
      }
      group.append(row)
    }
    flush()
    return out
  }

  static func keyTerms(
    _ sourceMentions: [Mention], _ targetMentions: [Mention], target: MemoryUnitRecord.Variant,
    source: LanguageTag, at: Occurrence, concepts: CompiledGlossary
  ) -> [Finding] {
    var out: [Finding] = []
    var seen = Set<String>()
    for m in sourceMentions where seen.insert(m.conceptID).inserted {
      guard let concept = concepts.concept(id: m.conceptID), let canonical = concept.preferred(in: target.language) else { continue }
      let inTarget = targetMentions.filter { $0.conceptID == m.conceptID }
      // Forms are found by text: a spelling two languages share (Astana,
      // WUF13) counts as the target language's.
      let preferredTexts = Set(concept.forms.filter { $0.language == target.language && $0.status == .preferred }.map(\.text))
      if inTarget.contains(where: { $0.form.map { preferredTexts.contains($0.text) } ?? false }) { continue }
      let admitted = Set(concept.forms.filter { $0.language == target.language && $0.status == .admitted }.map(\.text))
      if let wrong = inTarget.first {
        let form = wrong.form
        let how: String
        var severity = Severity.warning
        if let form, admitted.contains(form.text) {
          how = "the admitted form '\(wrong.surface)'"
          severity = .info
        } else if let form, form.language != target.language {
          how = "the \(form.language) form '\(wrong.surface)'"
        } else if let form {
          how = "the \(form.status.rawValue) form '\(wrong.surface)'"
          if form.status == .forbidden { severity = .error }
        } else {
          how = "'\(wrong.surface)', a spelling the glossary does not list"
        }
        out.append(
          Finding(
            rule: "key-term", severity: severity, location: at.location, match: wrong.surface + wrong.suffix,
            conceptID: concept.id, suggestions: [canonical.text],
            message: "'\(m.surface)' (\(concept.id)) is rendered in \(target.language) as \(how); write '\(canonical.text)' (\(at.name))"))
      } else {
        out.append(
          Finding(
            rule: "key-term", severity: .warning, location: at.location, match: m.surface, conceptID: concept.id,
            suggestions: [canonical.text],
            message: "'\(m.surface)' (\(concept.id)) in the \(source) source has no '\(canonical.text)' in the \(target.language) target (\(at.name))"))
      }
    }
    return out
  }
}

/// Renders `soz check` reports through the lint renderers.
public enum MemoryCheckRenderer {
  /// The lint JSON (`findings`, `summary` with `units` instead of
  /// `files`) plus `spread`: `[{concept, lang, renderings: [{form, count}]}]`.
  public static func json(_ r: MemoryCheckRun.Report) -> String {
    let lint = LintRenderer.json(r.findings, files: r.units)
    guard var object = (try? JSONSerialization.jsonObject(with: Data(lint.utf8))) as? [String: Any] else { return lint }
    if var summary = object["summary"] as? [String: Any] {
      summary.removeValue(forKey: "files")
      summary["units"] = r.units
      object["summary"] = summary
    }
    object["spread"] = r.spread.map { s in
      [
        "concept": s.conceptID, "lang": s.language.rawValue,
        "renderings": s.renderings.map { ["form": $0.form, "count": $0.count] as [String: Any] },
      ] as [String: Any]
    }
    let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }

  /// Findings as lint prints them, then the spread of every concept
  /// written more than one way.
  public static func text(_ r: MemoryCheckRun.Report, style: TerminalStyle) -> String {
    var lines: [String] = []
    if !r.findings.isEmpty { lines.append(LintRenderer.text(r.findings, sources: [:], style: style)) }
    let drift = r.spread.filter { $0.renderings.count > 1 }
    if !drift.isEmpty {
      lines.append("rendering spread:")
      for s in drift { lines.append("  \(s.conceptID) (\(s.language)): \(s.summary)") }
    }
    return lines.joined(separator: "\n")
  }
}
