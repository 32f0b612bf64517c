/// Inline suppression comments, in any format's comment syntax:
///
/// - `soz-ignore-line [rule,…]`: no findings on this line;
/// - `soz-ignore-next-line [rule,…]`: none on the next line;
/// - `soz-disable [rule,…]` … `soz-enable`: none in between.
///
/// In Markdown and HTML write them as `<!-- soz-ignore-next-line -->`; in
/// plain text anywhere on the line. Without rule ids every rule is silent.
struct Suppressions {
  /// Per 1-based line: the silenced rules (empty set = all).
  private var silenced: [Int: Set<String>] = [:]
  /// The rules of a `soz-disable` still open at the end of the text.
  private(set) var block: Set<String>? = nil

  /// The markers in `text`, whose first line is `firstLine` of its file.
  /// A part of a file continues `previous`, the part before it: an open
  /// `soz-disable` block, and a `soz-ignore-next-line` on its last line.
  init(_ text: String, firstLine: Int = 1, continuing previous: Suppressions? = nil) {
    if let previous {
      block = previous.block
      silenced = previous.silenced.filter { $0.key >= firstLine }
    }
    // Most texts have no markers: one byte scan instead of four searches
    // per line.
    guard block != nil || Suppressions.containsMarker(text) else { return }
    for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let n = i + firstLine
      if let b = block { add(n, b) }
      if let rules = Self.marker("soz-ignore-next-line", in: line) {
        add(n + 1, rules)
      } else if let rules = Self.marker("soz-ignore-line", in: line) {
        add(n, rules)
      } else if let rules = Self.marker("soz-disable", in: line) {
        block = rules
        add(n, rules)
      } else if Self.marker("soz-enable", in: line) != nil {
        block = nil
      }
    }
  }

  static func containsMarker(_ text: String) -> Bool {
    let needle = Array("soz-".utf8)
    var matched = 0
    for b in text.utf8 {
      if b == needle[matched] {
        matched += 1
        if matched == needle.count { return true }
      } else {
        matched = b == needle[0] ? 1 : 0
      }
    }
    return false
  }

  private mutating func add(_ line: Int, _ rules: Set<String>) {
    if let existing = silenced[line] {
      silenced[line] = existing.isEmpty || rules.isEmpty ? [] : existing.union(rules)
    } else {
      silenced[line] = rules
    }
  }

  /// The rule ids after `name` on `line`, or nil when the marker is absent.
  static func marker(_ name: String, in line: Substring) -> Set<String>? {
    guard let r = line.range(of: name) else { return nil }
    let after = line[r.upperBound...]
    if let next = after.first, next == "-" || next.isLetter { return nil }
    let words = after.replacingOccurrences(of: "-->", with: " ")
      .split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" })
      .map(String.init).filter { RuleInfo.named($0) != nil }
    return Set(words)
  }

  func suppresses(_ rule: String, line: Int) -> Bool {
    guard let rules = silenced[line] else { return false }
    return rules.isEmpty || rules.contains(rule)
  }
}
