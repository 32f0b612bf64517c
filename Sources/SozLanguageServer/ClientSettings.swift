import Foundation
import LanguageServerProtocol
import Linting
import Orthography

/// The settings an editor passes in `initializationOptions` (or later in
/// `workspace/didChangeConfiguration`, under `soz` or at the top), laid
/// over the workspace's `.soz.yaml`:
///
/// ```json
/// {"language": "en", "houseStyle": {"karabakh": "Garabagh"},
///  "rules": {"near-miss": "info", "inconsistent": "off"},
///  "debounce": 50, "store": "/path/store.sqlite", "glossary": "glossaries",
///  "config": ".soz.yaml"}
/// ```
///
/// `house-style` is read as well as `houseStyle`; `debounce` is in
/// milliseconds. Unknown keys are ignored (editors send their own).
public struct ClientSettings: Sendable, Equatable {
  public var language: LanguageTag?
  public var houseStyle: [String: String] = [:]
  public var severities: [String: Severity?] = [:]
  public var debounce: TimeInterval?
  public var store: String?
  public var glossary: String?
  public var config: String?

  public init() {}

  /// Reads settings; `problems` lists what was ignored and why.
  public init(_ value: JSONValue?, problems: inout [String]) {
    guard var o = value?.objectValue else { return }
    if let nested = o["soz"]?.objectValue { o = nested }
    if let l = o["language"]?.stringValue, l != "auto" {
      if let tag = LanguageTag(l) { language = tag } else { problems.append("unknown language '\(l)'") }
    }
    for key in ["houseStyle", "house-style"] {
      for (id, form) in o[key]?.objectValue ?? [:] {
        if let text = form.stringValue { houseStyle[id] = text }
      }
    }
    for (id, level) in o["rules"]?.objectValue ?? [:] {
      guard RuleInfo.named(id) != nil else {
        problems.append("unknown rule '\(id)'")
        continue
      }
      if level.stringValue == "off" {
        severities[id] = .some(nil)
      } else if let s = level.stringValue.flatMap(Severity.init(rawValue:)) {
        severities[id] = .some(s)
      } else {
        problems.append("rule '\(id)': severity must be error, warning, info or off")
      }
    }
    switch o["debounce"] {
    case .int(let ms)?: debounce = Double(max(0, min(ms, 10_000))) / 1000
    case .double(let ms)?: debounce = max(0, min(ms, 10_000)) / 1000
    case nil, .null?: break
    default: problems.append("debounce must be a number of milliseconds")
    }
    store = o["store"]?.stringValue
    glossary = o["glossary"]?.stringValue
    config = o["config"]?.stringValue
  }

  /// The lint configuration: these settings over the file's.
  func configuration(over file: LintConfiguration) -> LintConfiguration {
    var c = file
    if let language { c.language = language }
    c.houseStyle.merge(houseStyle) { _, new in new }
    c.severities.merge(severities) { _, new in new }
    return c
  }
}
