import Terminology

extension Finding {
  /// A finding made outside the lint rules (the memory's consistency
  /// checks render through the same JSON, SARIF and text renderers).
  public init(
    rule: String, severity: Severity, location: TextLocation, match: String, conceptID: String?,
    suggestions: [String], message: String, related: [TextLocation] = []
  ) {
    self.init(
      rule: rule, severity: severity, location: location, match: match, conceptID: conceptID,
      suggestions: suggestions, message: message, related: related, span: 0..<0)
  }
}

extension TextLocation {
  /// A location of one line (a translation unit's `file:line`).
  public init(file: String, line: Int, column: Int = 1) {
    self.init(file: file, line: line, column: column, endLine: line, endColumn: column)
  }
}

extension RuleInfo {
  /// A rule described outside the lint (for SARIF rule catalogs).
  public init(id: String, defaultSeverity: Severity, summary: String, details: String) {
    self.init(id: id, defaultSeverity: defaultSeverity, summary: summary, details: details, fixable: false)
  }
}
