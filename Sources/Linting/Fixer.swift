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
  /// one to one (fixes never add or remove lines), as `git apply` and
  /// `patch -p1` take it: `a/` and `b/` prefixes on `path` (which should be
  /// relative), hunks with `context` lines around each change (hunks
  /// closer than that merge), and `\ No newline at end of file` after a
  /// last line without one. Empty when nothing changed.
  public static func unifiedDiff(path: String, old: String, new: String, context: Int = 3) -> String {
    let (a, aEndsWithNewline) = lines(old)
    let (b, bEndsWithNewline) = lines(new)
    guard a != b || aEndsWithNewline != bEndsWithNewline else { return "" }
    // A name with a space ends with a tab, as git writes it, so that
    // patch reads the whole name.
    let end = path.contains(" ") ? "\t" : ""
    var out = ["--- a/\(path)\(end)", "+++ b/\(path)\(end)"]
    guard a.count == b.count else {
      // Not one to one: one hunk replacing the whole file.
      out.append("@@ -\(range(1, a.count)) +\(range(1, b.count)) @@")
      for (i, x) in a.enumerated() {
        out.append("-" + x)
        if i == a.count - 1, !aEndsWithNewline { out.append(noNewline) }
      }
      for (i, y) in b.enumerated() {
        out.append("+" + y)
        if i == b.count - 1, !bEndsWithNewline { out.append(noNewline) }
      }
      return out.joined(separator: "\n") + "\n"
    }
    let changed = a.indices.filter { a[$0] != b[$0] }
    // Group changes whose context windows touch.
    var groups: [[Int]] = []
    for i in changed {
      if let last = groups.last?.last, i - last <= 2 * context {
        groups[groups.count - 1].append(i)
      } else {
        groups.append([i])
      }
    }
    for group in groups {
      let first = max(0, group[0] - context)
      let last = min(a.count - 1, group[group.count - 1] + context)
      let count = last - first + 1
      out.append("@@ -\(range(first + 1, count)) +\(range(first + 1, count)) @@")
      var i = first
      while i <= last {
        if a[i] == b[i] {
          out.append(" " + a[i])
          if i == a.count - 1, !aEndsWithNewline { out.append(noNewline) }
          i += 1
          continue
        }
        // A run of changed lines: the old ones, then the new ones.
        var j = i
        while j <= last, a[j] != b[j] { j += 1 }
        for k in i..<j {
          out.append("-" + a[k])
          if k == a.count - 1, !aEndsWithNewline { out.append(noNewline) }
        }
        for k in i..<j {
          out.append("+" + b[k])
          if k == b.count - 1, !bEndsWithNewline { out.append(noNewline) }
        }
        i = j
      }
    }
    return out.joined(separator: "\n") + "\n"
  }

  private static let noNewline = "\\ No newline at end of file"

  /// A hunk range: `start,count`, or `start` alone for one line, and
  /// `start-1,0` for none (as diff writes them).
  private static func range(_ start: Int, _ count: Int) -> String {
    count == 1 ? "\(start)" : count == 0 ? "\(start - 1),0" : "\(start),\(count)"
  }

  /// The lines of a text and whether it ends with a newline.
  private static func lines(_ text: String) -> ([Substring], Bool) {
    var parts = text.split(separator: "\n", omittingEmptySubsequences: false)
    let endsWithNewline = text.hasSuffix("\n")
    if endsWithNewline || text.isEmpty { parts.removeLast() }
    return (parts, endsWithNewline)
  }
}
