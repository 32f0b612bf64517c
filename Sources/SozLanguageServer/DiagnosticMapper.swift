import LanguageServerProtocol
import Linting
import SozCore

/// Turns findings into the protocol's diagnostics, per document.
///
/// Each diagnostic carries in `data` what its code actions need — the rule,
/// the concept, the text matched and the suggestions — so a quick fix
/// needs no second lint (vale-ls's practice). `inconsistent` names every
/// place of the concept across the open documents: each document holding
/// one gets the diagnostic at its first place there, with the others as
/// related information.
enum DiagnosticMapper {
  /// The diagnostics per document URI (the findings' file names are the
  /// documents' URIs); `maps` converts each document's places.
  static func diagnostics(_ findings: [Finding], maps: [String: PositionMap]) -> [String: [Diagnostic]] {
    var out: [String: [Diagnostic]] = [:]
    for f in findings {
      guard let map = maps[f.location.file] else { continue }
      guard f.rule == "inconsistent", !f.related.isEmpty else {
        let range = f.span.isEmpty ? map.range(of: f.location) : map.range(ofCharacters: f.span)
        out[f.location.file, default: []].append(diagnostic(f, range: range, related: nil))
        continue
      }
      let places = ([f.location] + f.related).sorted()
      func location(_ l: TextLocation) -> Location? {
        maps[l.file].map { Location(uri: l.file, range: $0.range(of: l)) }
      }
      var seen = Set<String>()
      for place in places where seen.insert(place.file).inserted {
        guard let here = maps[place.file] else { continue }
        let related = places.filter { $0 != place }.compactMap(location).map {
          DiagnosticRelatedInformation(location: $0, message: "'\(f.conceptID ?? "")' also written here")
        }
        out[place.file, default: []].append(diagnostic(f, range: here.range(of: place), related: related))
      }
    }
    return out
  }

  static func diagnostic(_ f: Finding, range: TextRange, related: [DiagnosticRelatedInformation]?) -> Diagnostic {
    var data: [String: JSONValue] = [
      "rule": .string(f.rule), "match": .string(f.match),
      "suggestions": .array(f.suggestions.map(JSONValue.string)),
      "fixable": .bool(RuleInfo.named(f.rule)?.fixable == true),
    ]
    if let c = f.conceptID { data["concept"] = .string(c) }
    return Diagnostic(
      range: range, severity: severity(f.severity), code: f.rule,
      codeDescription: CodeDescription(href: SozProject.ruleHelp(f.rule)), source: "soz",
      message: f.message, relatedInformation: related, data: .object(data))
  }

  static func severity(_ s: Severity) -> DiagnosticSeverity {
    switch s {
    case .error: return .error
    case .warning: return .warning
    case .info: return .information
    }
  }

  /// What a diagnostic's `data` says, as the client sent it back.
  struct Data {
    var rule: String
    var match: String
    var concept: String?
    var suggestions: [String]
    var fixable: Bool

    init?(_ diagnostic: Diagnostic) {
      guard diagnostic.source == "soz", let d = diagnostic.data, let rule = d["rule"]?.stringValue,
        let match = d["match"]?.stringValue
      else { return nil }
      self.rule = rule
      self.match = match
      concept = d["concept"]?.stringValue
      suggestions = d["suggestions"]?.arrayValue?.compactMap(\.stringValue) ?? []
      fixable = d["fixable"]?.boolValue ?? false
    }
  }
}
