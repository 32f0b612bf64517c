import Foundation
import Linting

/// Renders findings: `line` (one a line), `json` (one object), `text`.
public enum LintRenderer {
  /// `path:line:col:rule:severity:message`, one finding a line.
  public static func line(_ findings: [Finding]) -> String {
    findings.map {
      "\($0.location.file):\($0.location.line):\($0.location.column):\($0.rule):\($0.severity.rawValue):\($0.message)"
    }.joined(separator: "\n")
  }

  struct JSONFinding: Encodable {
    var file: String
    var line: Int
    var column: Int
    var endLine: Int
    var endColumn: Int
    var rule: String
    var severity: String
    var match: String
    var concept: String?
    var suggestions: [String]
    var message: String
    var related: [TextLocation]
  }
  struct JSONReport: Encodable {
    var findings: [JSONFinding]
    var summary: [String: Int]
  }

  /// One JSON object: `findings` (file, line, column, endLine, endColumn,
  /// rule, severity, match, concept, suggestions, message, related) and a
  /// `summary` of counts per severity.
  public static func json(_ findings: [Finding], files: Int) -> String {
    let items = findings.map {
      JSONFinding(
        file: $0.location.file, line: $0.location.line, column: $0.location.column,
        endLine: $0.location.endLine, endColumn: $0.location.endColumn, rule: $0.rule,
        severity: $0.severity.rawValue, match: $0.match, concept: $0.conceptID,
        suggestions: $0.suggestions, message: $0.message, related: $0.related)
    }
    var summary = ["files": files, "findings": findings.count]
    for s in Severity.allCases { summary[s.rawValue] = findings.filter { $0.severity == s }.count }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(JSONReport(findings: items, summary: summary))) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }

  /// For people: the place, the message, the line with the span marked
  /// (a long line around the span only: see ``Excerpt``).
  public static func text(
    _ findings: [Finding], excerpts: [TextLocation: Excerpt], style: TerminalStyle
  ) -> String {
    var out: [String] = []
    for f in findings {
      let l = f.location
      let color = f.severity == .error ? style.red(f.severity.rawValue) : style.bold(f.severity.rawValue)
      out.append("\(l.file):\(l.line):\(l.column): \(color) [\(f.rule)] \(f.message)")
      if let e = excerpts[l] {
        let before = e.clippedBefore ? "…" : ""
        out.append("  " + before + e.text + (e.clippedAfter ? "…" : ""))
        let end = e.column + e.text.count
        let width = max(1, (l.line == l.endLine ? min(l.endColumn, end) : end) - l.column)
        out.append("  " + String(repeating: " ", count: before.count + l.column - e.column) + String(repeating: "^", count: width))
      }
      for r in f.related { out.append("  also at \(r.file):\(r.line):\(r.column)") }
    }
    return out.joined(separator: "\n")
  }

  /// The same, with the excerpts cut from whole texts held in memory (per
  /// file name, plain text).
  public static func text(_ findings: [Finding], sources: [String: String], style: TerminalStyle) -> String {
    let excerpts = LintRun.excerpts(
      for: findings.filter { sources[$0.location.file] != nil },
      documents: sources.map { Document(path: $0.key, text: $0.value, format: .plain) })
    return text(findings, excerpts: excerpts, style: style)
  }
}

extension LintRenderer {
  /// SARIF 2.1.0 for code scanning: one run, the rule catalog, a result
  /// per finding with its region, related locations and suggestion.
  public static func sarif(_ findings: [Finding], version: String, rules catalog: [RuleInfo] = RuleInfo.all) -> String {
    func level(_ s: Severity) -> String { s == .info ? "note" : s.rawValue }
    func artifact(_ file: String) -> [String: Any] {
      // Standard input has no URI: described, not named.
      file == LintRun.standardInputName
        ? ["description": ["text": "standard input"]] : ["uri": FileURI.reference(file)]
    }
    func location(_ l: TextLocation) -> [String: Any] {
      [
        "physicalLocation": [
          "artifactLocation": artifact(l.file),
          "region": [
            "startLine": l.line, "startColumn": l.column, "endLine": l.endLine,
            "endColumn": l.endColumn,
          ],
        ]
      ]
    }
    let rules: [[String: Any]] = catalog.map {
      [
        "id": $0.id, "shortDescription": ["text": $0.summary], "fullDescription": ["text": $0.details],
        "defaultConfiguration": ["level": level($0.defaultSeverity)],
        "helpUri": SozProject.ruleHelp($0.id), "help": ["text": $0.details],
      ]
    }
    let results: [[String: Any]] = findings.map { f in
      var r: [String: Any] = [
        "ruleId": f.rule, "level": level(f.severity), "message": ["text": f.message],
        "locations": [location(f.location)],
      ]
      if !f.related.isEmpty {
        r["relatedLocations"] = f.related.enumerated().map { i, l in
          location(l).merging(["id": i + 1, "message": ["text": "also written here"]]) { a, _ in a }
        }
      }
      if let s = f.suggestions.first, f.related.isEmpty {
        r["fixes"] = [
          [
            "description": ["text": "write '\(s)'"],
            "artifactChanges": [
              [
                "artifactLocation": artifact(f.location.file),
                "replacements": [
                  [
                    "deletedRegion": [
                      "startLine": f.location.line, "startColumn": f.location.column,
                      "endLine": f.location.endLine, "endColumn": f.location.endColumn,
                    ],
                    "insertedContent": ["text": s],
                  ]
                ],
              ]
            ],
          ]
        ]
      }
      if let c = f.conceptID { r["properties"] = ["concept": c] }
      return r
    }
    let log: [String: Any] = [
      "$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
      "runs": [
        [
          "tool": [
            "driver": [
              "name": "soz", "version": version, "informationUri": SozProject.rulesDocumentation,
              "rules": rules,
            ]
          ],
          "results": results,
        ]
      ],
    ]
    let data =
      (try? JSONSerialization.data(withJSONObject: log, options: [.sortedKeys, .withoutEscapingSlashes]))
      ?? Data()
    return String(decoding: data, as: UTF8.self)
  }

  /// GitHub Actions workflow commands, one annotation per finding.
  public static func github(_ findings: [Finding]) -> String {
    func escape(_ s: String, property: Bool) -> String {
      var t = s.replacingOccurrences(of: "%", with: "%25")
        .replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
      if property {
        t = t.replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
      }
      return t
    }
    return findings.map { f in
      let kind = f.severity == .info ? "notice" : f.severity.rawValue
      let l = f.location
      return "::\(kind) file=\(escape(l.file, property: true)),line=\(l.line),col=\(l.column),"
        + "endLine=\(l.endLine),endColumn=\(l.endColumn),title=\(escape("soz " + f.rule, property: true))::"
        + escape(f.message, property: false)
    }.joined(separator: "\n")
  }
}
