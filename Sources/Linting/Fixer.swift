/// Applies unambiguous suggestions to a text.
///
/// A finding is applied when its rule is fixable, it has exactly one
/// suggestion, the text at its span is still what it matched, and it does
/// not overlap another applied fix. Everything else is left for a person.
public enum Fixer {
  /// The fixed text and the findings that were applied.
  public static func apply(_ findings: [Finding], to text: String) -> (String, [Finding]) {
    var chars = Array(text)
    var applied: [Finding] = []
    var lastStart = Int.max
    let candidates = findings.filter {
      RuleInfo.named($0.rule)?.fixable == true && $0.suggestions.count == 1 && !$0.span.isEmpty
    }.sorted { $0.span.lowerBound > $1.span.lowerBound }
    for f in candidates where f.span.upperBound <= lastStart && f.span.upperBound <= chars.count {
      guard String(chars[f.span]) == f.match else { continue }
      chars.replaceSubrange(f.span, with: Array(f.suggestions[0]))
      lastStart = f.span.lowerBound
      applied.append(f)
    }
    return (String(chars), applied.reversed())
  }

  /// A unified diff between two versions of a file whose lines correspond
  /// one to one (fixes never add or remove lines).
  public static func unifiedDiff(path: String, old: String, new: String) -> String {
    let a = old.split(separator: "\n", omittingEmptySubsequences: false)
    let b = new.split(separator: "\n", omittingEmptySubsequences: false)
    guard a != b else { return "" }
    var out = ["--- a/\(path)", "+++ b/\(path)"]
    for i in 0..<max(a.count, b.count) {
      let x = i < a.count ? a[i] : ""
      let y = i < b.count ? b[i] : ""
      guard x != y else { continue }
      out += ["@@ -\(i + 1),1 +\(i + 1),1 @@", "-\(x)", "+\(y)"]
    }
    return out.joined(separator: "\n")
  }
}
