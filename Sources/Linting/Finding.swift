import Orthography
import Terminology

/// How serious a finding is; `--fail-level` compares against it.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
  case info, warning, error

  private var rank: Int { Severity.allCases.firstIndex(of: self) ?? 0 }
  public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A place in a file: 1-based line and column (columns count characters).
public struct TextLocation: Hashable, Sendable, Comparable, Codable {
  public var file: String
  public var line: Int
  public var column: Int
  public var endLine: Int
  public var endColumn: Int

  public static func < (a: TextLocation, b: TextLocation) -> Bool {
    (a.file, a.line, a.column) < (b.file, b.line, b.column)
  }
}

/// One problem a lint rule found.
public struct Finding: Hashable, Sendable, Comparable {
  /// The rule's stable id (`variant`, `wrong-language`…).
  public var rule: String
  public var severity: Severity
  public var location: TextLocation
  /// The text as written (name and suffix).
  public var match: String
  public var conceptID: String?
  /// What to write instead, best first; empty when there is no safe fix.
  public var suggestions: [String]
  public var message: String
  /// Other places that belong to the same finding (`inconsistent`).
  public var related: [TextLocation]
  /// The span in Characters of the document (for fixes).
  public var span: Range<Int> = 0..<0

  public static func < (a: Finding, b: Finding) -> Bool {
    (a.location, a.rule, a.message) < (b.location, b.rule, b.message)
  }
}
