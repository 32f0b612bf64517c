import Foundation
import Linting
import Orthography
import Yams

/// A repository's lint settings, from the nearest `.soz.yaml`:
///
/// ```yaml
/// language: en                 # default language (else detected per paragraph)
/// house-style:                 # the admitted form this publication prefers
///   karabakh: Garabagh
///   turkiye: Türkiye
/// rules:                       # severity per rule id, or off
///   unlisted: error
///   inconsistent: off
/// ignore: ["drafts/**", "*.tmp.md"]   # paths (relative to this file) not linted
/// glossaries: [local-terms, client.tbx]  # extra glossaries: directories or files
/// shipped-glossary: true       # include the glossary installed with soz
/// store: .soz/store.sqlite     # the store (relative to this file)
/// ```
///
/// Paths are relative to the settings file.
public struct LintSettings: Sendable {
  public var language: LanguageTag?
  public var houseStyle: [String: String] = [:]
  public var severities: [String: Severity?] = [:]
  public var ignore: [String] = []
  public var glossaries: [URL] = []
  /// Whether the shipped glossary is included (nil: the default, yes).
  public var shippedGlossary: Bool?
  /// The store, when the settings name one.
  public var store: URL?
  /// The file the settings came from, if any.
  public var file: URL?

  public init() {}

  /// The settings of the nearest `.soz.yaml` walking up from `directory`.
  public static func find(from directory: URL) throws(SozError) -> LintSettings {
    var dir = directory.standardizedFileURL
    for _ in 0..<64 {
      let candidate = dir.appendingPathComponent(".soz.yaml")
      if FileManager.default.fileExists(atPath: candidate.path) { return try read(candidate) }
      let parent = dir.deletingLastPathComponent()
      if parent.path == dir.path { break }
      dir = parent
    }
    return LintSettings()
  }

  /// Parses one settings file.
  public static func read(_ url: URL) throws(SozError) -> LintSettings {
    let path = url.path
    func fail(_ message: String, _ node: Node? = nil) -> SozError {
      let at = node?.mark.map { ":\($0.line):\($0.column)" } ?? ""
      return SozError.io(path: path + at, message: message)
    }
    guard let text = try? String(contentsOf: url, encoding: .utf8) else {
      throw fail("cannot read settings (is it UTF-8?)")
    }
    return try parse(text, url: url)
  }

  /// Parses settings text as if read from `url` (relative paths in it are
  /// relative to `url`'s directory).
  public static func parse(_ text: String, url: URL) throws(SozError) -> LintSettings {
    let path = url.path
    func fail(_ message: String, _ node: Node? = nil) -> SozError {
      let at = node?.mark.map { ":\($0.line):\($0.column)" } ?? ""
      return SozError.io(path: path + at, message: message)
    }
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch {
      throw fail("invalid YAML: \(error)")
    }
    var s = LintSettings()
    s.file = url
    guard let map = root?.mapping else { return s }
    let base = url.deletingLastPathComponent()
    for (keyNode, value) in map {
      switch keyNode.scalar?.string ?? "" {
      case "language":
        guard let t = value.scalar?.string, let tag = LanguageTag(t) else {
          throw fail("invalid language tag", value)
        }
        s.language = tag
      case "house-style":
        for (k, v) in value.mapping ?? [:] {
          if let id = k.scalar?.string, let form = v.scalar?.string { s.houseStyle[id] = form }
        }
      case "rules":
        for (k, v) in value.mapping ?? [:] {
          guard let id = k.scalar?.string, RuleInfo.named(id) != nil else {
            throw fail("unknown rule '\(k.scalar?.string ?? "")'", k)
          }
          let level = v.scalar?.string ?? ""
          if level == "off" {
            s.severities[id] = .some(nil)
          } else if let severity = Severity(rawValue: level) {
            s.severities[id] = .some(severity)
          } else {
            throw fail("severity must be error, warning, info or off", v)
          }
        }
      case "ignore":
        s.ignore = (value.sequence.map(Array.init) ?? []).compactMap { $0.scalar?.string }
      case "glossaries":
        s.glossaries = (value.sequence.map(Array.init) ?? []).compactMap { $0.scalar?.string }
          .map { URL(fileURLWithPath: $0, relativeTo: base).standardizedFileURL }
      case "shipped-glossary":
        guard let b = value.scalar.flatMap({ Bool.construct(from: $0) }) else {
          throw fail("shipped-glossary must be true or false", value)
        }
        s.shippedGlossary = b
      case "store":
        guard let p = value.scalar?.string, !p.isEmpty else { throw fail("store must be a path", value) }
        s.store = URL(fileURLWithPath: p, relativeTo: base).standardizedFileURL
      case let other:
        throw fail(
          "unknown key '\(other)' (language, house-style, rules, ignore, glossaries, shipped-glossary, store)",
          keyNode)
      }
    }
    return s
  }

  /// Whether `path` matches an ignore pattern (relative to the settings
  /// file, shell globs, `**` for any depth).
  public func ignores(_ path: String) -> Bool {
    guard !ignore.isEmpty else { return false }
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    let root = file?.deletingLastPathComponent().standardizedFileURL.path ?? ""
    let relative =
      absolute.hasPrefix(root + "/") ? String(absolute.dropFirst(root.count + 1)) : path
    return ignore.contains { pattern in
      fnmatch(pattern.replacingOccurrences(of: "**/", with: "*"), relative, 0) == 0
        || fnmatch(pattern.replacingOccurrences(of: "**", with: "*"), relative, 0) == 0
    }
  }
}
