import Foundation
import Matching
import Search

/// `soz glossary stats` and `soz glossary check` as text and JSON.
public enum GlossaryReportRenderer {
  /// `{store, sources, concepts, forms, keyWords, conceptsByKind: {kind: n},
  /// formsByLanguage: {lang: {status: n}}}`.
  public static func statsJSON(
    _ c: GlossaryCounts, _ b: GlossaryBreakdown, store: String
  ) -> String {
    struct Value: Encodable {
      var store: String
      var sources, concepts, forms, keyWords: Int
      var conceptsByKind: [String: Int]
      var formsByLanguage: [String: [String: Int]]
    }
    return encode(
      Value(
        store: store, sources: c.sources, concepts: c.concepts, forms: c.forms, keyWords: c.words,
        conceptsByKind: b.conceptsByKind, formsByLanguage: b.formsByLanguage))
  }

  public static func statsText(
    _ c: GlossaryCounts, _ b: GlossaryBreakdown, store: String
  ) -> String {
    var lines = [
      "store: \(store)",
      "sources: \(c.sources)  concepts: \(c.concepts)  forms: \(c.forms)  key words: \(c.words)",
    ]
    if !b.conceptsByKind.isEmpty {
      lines.append(
        "concepts by kind: "
          + b.conceptsByKind.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
    }
    for (lang, statuses) in b.formsByLanguage.sorted(by: { $0.key < $1.key }) {
      let order = ["preferred", "admitted", "deprecated", "forbidden"]
      let parts = order.compactMap { s in statuses[s].map { "\(s) \($0)" } }
      lines.append("forms \(lang): " + parts.joined(separator: ", "))
    }
    return lines.joined(separator: "\n")
  }

  /// `{concepts, forms, issues: [{file, line, column, code, message}]}`.
  public static func checkJSON(_ r: GlossaryCheckRun.Report) -> String {
    struct Issue: Encodable {
      var file: String
      var line, column: Int
      var code, message: String
    }
    struct Value: Encodable {
      var concepts, forms: Int
      var issues: [Issue]
    }
    return encode(
      Value(
        concepts: r.concepts, forms: r.forms,
        issues: r.issues.map {
          Issue(
            file: $0.location.file, line: $0.location.line, column: $0.location.column,
            code: $0.code.rawValue, message: $0.message)
        }))
  }

  static func encode<T: Encodable>(_ value: T) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self)
  }
}
