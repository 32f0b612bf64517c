import Foundation
import Orthography
import Store
import Terminology

/// Renders lookup results as text for people or JSON for programs.
///
/// JSON is one object per query with sorted keys, so output is
/// deterministic and diffable:
///
/// ```json
/// {"candidates":[{"canonical":{"az":"Naxçıvan","en":"Nakhchivan",…},
///   "concept":"nakhchivan","kind":"place","matched":{"form":"Нахчыван",
///   "how":"exact","lang":"kk","score":1,"status":"preferred"},"note":"…"}],
///  "match":true,"query":"Нахчыван","suggestions":[]}
/// ```
public enum LookupRenderer {
  struct JSONResult: Encodable {
    var query: String
    var match: Bool
    var candidates: [JSONCandidate]
    var suggestions: [JSONCandidate]
  }
  struct JSONCandidate: Encodable {
    var concept: String
    var kind: String
    var note: String?
    var canonical: [String: String]
    var matched: JSONMatched
  }
  struct JSONMatched: Encodable {
    var form: String
    var lang: String
    var status: String
    var replacement: String?
    var how: String
    var score: Double
  }

  /// One line of JSON for `result`.
  public static func json(_ result: LookupResult) -> String {
    let value = JSONResult(
      query: result.query, match: result.isMatch, candidates: result.candidates.map(candidate),
      suggestions: result.suggestions.map(candidate))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }

  static func candidate(_ c: LookupCandidate) -> JSONCandidate {
    JSONCandidate(
      concept: c.concept.id, kind: c.concept.kind.rawValue, note: c.concept.note,
      canonical: Dictionary(c.concept.canonical.map { ($0.0.rawValue, $0.1) }) { a, _ in a },
      matched: JSONMatched(
        form: c.form, lang: c.language.rawValue, status: c.status.rawValue,
        replacement: c.replacement, how: c.level.rawValue, score: c.score))
  }

  /// The canonical form of the best candidate in `language`, or nil.
  public static func canonicalOnly(_ result: LookupResult, language: LanguageTag) -> String? {
    result.candidates.first?.concept.canonical(in: language)
  }

  /// A human-readable report.
  public static func text(_ result: LookupResult, style: TerminalStyle) -> String {
    var lines: [String] = []
    if result.isMatch {
      if result.candidates.count > 1 {
        lines.append("'\(result.query)' may mean \(result.candidates.count) concepts:")
      }
      for (i, c) in result.candidates.enumerated() {
        if i > 0 { lines.append("") }
        lines += describe(c, number: result.candidates.count > 1 ? i + 1 : nil, style: style)
      }
    } else {
      lines.append("no match for '\(result.query)'")
      if !result.suggestions.isEmpty {
        lines.append("nearest:")
        for s in result.suggestions {
          let en = s.concept.canonical(in: .en) ?? s.concept.canonical.first?.1 ?? s.form
          lines.append(
            "  \(en)  (\(s.concept.id), via '\(s.form)' \(s.language), score \(format(s.score)))")
        }
      }
    }
    return lines.joined(separator: "\n")
  }

  private static func describe(_ c: LookupCandidate, number: Int?, style: TerminalStyle) -> [String] {
    let prefix = number.map { "\($0). " } ?? ""
    var how = "\(c.level.rawValue) match on '\(c.form)' (\(c.language), \(c.status))"
    if let r = c.replacement { how += ", use '\(r)'" }
    var lines = [
      "\(prefix)\(style.bold(c.concept.id)) (\(c.concept.kind.rawValue)), score \(format(c.score))",
      "   \(how)",
    ]
    let width = c.concept.canonical.map { $0.0.rawValue.count }.max() ?? 2
    for (lang, form) in c.concept.canonical {
      let pad = String(repeating: " ", count: width - lang.rawValue.count)
      lines.append("   \(style.dim(lang.rawValue))\(pad)  \(form)")
    }
    if let note = c.concept.note { lines.append("   \(style.dim(note))") }
    return lines
  }

  static func format(_ score: Double) -> String { String(format: "%.2f", score) }
}

/// ANSI styling, on only when writing to a terminal.
public struct TerminalStyle: Sendable {
  public var enabled: Bool
  public init(enabled: Bool) { self.enabled = enabled }

  /// Styling for standard output: on when it is a TTY and NO_COLOR is unset.
  public static var standardOutput: TerminalStyle {
    TerminalStyle(
      enabled: isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
  }

  public func bold(_ s: String) -> String { enabled ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
  public func dim(_ s: String) -> String { enabled ? "\u{1B}[2m\(s)\u{1B}[0m" : s }
  public func red(_ s: String) -> String { enabled ? "\u{1B}[31m\(s)\u{1B}[0m" : s }
}
