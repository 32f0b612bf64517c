/// Writes concepts in the format ``GlossaryYAMLReader`` reads, so that what
/// Söz proposes (`soz align --write-patch`) or rewrites (`soz glossary
/// apply`) is a glossary file a maintainer can review and edit.
///
/// Statuses per language come in reading order (preferred, admitted,
/// deprecated, forbidden); a forbidden form with a replacement is written
/// `{ form: replacement }`. Scalars are quoted only when YAML needs it.
public enum GlossaryYAMLWriter {
  /// One list entry per concept, each ending with a line break, entries
  /// separated by a blank line.
  public static func write(_ concepts: [Concept]) -> String {
    concepts.map(entry).joined(separator: "\n")
  }

  /// One concept as a YAML list entry.
  public static func entry(_ c: Concept) -> String {
    var out = "- id: \(scalar(c.id))\n  kind: \(c.kind.rawValue)\n"
    if let text = c.note { out += noteLines(text) }
    if let source = c.source { out += "  source: \(quoted(source))\n" }
    out += formsBlock(c)
    let groups: [(String, [Example])] = [
      ("match", c.examples.filter { $0.expectation == .match }),
      ("flag", c.examples.filter { $0.expectation == .flag }),
    ]
    if !c.examples.isEmpty {
      out += "  examples:\n"
      for (name, list) in groups where !list.isEmpty {
        out += "    \(name):\n"
        for e in list {
          if let lang = e.language {
            out += "      - { text: \(quoted(e.text)), lang: \(lang.rawValue) }\n"
          } else {
            out += "      - \(quoted(e.text))\n"
          }
        }
      }
    }
    return out
  }

  /// The `forms:` block of an entry (two-space indent): one line per
  /// language when it fits (`kk-Latn: Qarabaq`, `tr: { preferred: …,
  /// deprecated: […] }`), a block per status otherwise.
  public static func formsBlock(_ c: Concept) -> String {
    var out = "  forms:\n"
    for lang in c.languages {
      let forms = c.forms.filter { $0.language == lang }
      var parts: [(String, String)] = []
      for status in FormStatus.allCases {
        let list = forms.filter { $0.status == status }
        if list.isEmpty { continue }
        switch status {
        case .preferred:
          parts.append(("preferred", scalar(list[0].text)))
        case .forbidden where list.contains { $0.replacement != nil }:
          let pairs = list.map { "\(scalar($0.text)): \(scalar($0.replacement ?? ""))" }
          parts.append(("forbidden", "{ \(pairs.joined(separator: ", ")) }"))
        default:
          parts.append((status.rawValue, "[\(list.map { scalar($0.text) }.joined(separator: ", "))]"))
        }
      }
      if parts.count == 1, parts[0].0 == "preferred" {
        out += "    \(lang.rawValue): \(parts[0].1)\n"
        continue
      }
      let flow = "    \(lang.rawValue): { " + parts.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + " }"
      if flow.count <= 100 {
        out += flow + "\n"
      } else {
        out += "    \(lang.rawValue):\n" + parts.map { "      \($0.0): \($0.1)\n" }.joined()
      }
    }
    return out
  }

  /// A note: folded and wrapped when it is plain prose, quoted otherwise.
  static func noteLines(_ text: String) -> String {
    let plain = !text.contains("\n") && !text.contains("  ") && !text.hasPrefix(" ") && !text.hasSuffix(" ")
      && !text.isEmpty && !text.hasPrefix("#")
    guard plain else { return "  note: \(quoted(text))\n" }
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      if !line.isEmpty, line.count + 1 + word.count > 72 {
        lines.append(line)
        line = String(word)
      } else {
        line += line.isEmpty ? String(word) : " " + word
      }
    }
    if !line.isEmpty { lines.append(line) }
    return "  note: >-\n" + lines.map { "    " + $0 + "\n" }.joined()
  }

  /// A scalar, plain when that is unambiguous, double-quoted otherwise.
  public static func scalar(_ s: String) -> String {
    let reserved: Set<String> = ["null", "true", "false", "yes", "no", "on", "off", "~", "y", "n"]
    let special = Set<Character>(":#,[]{}&*!|>'\"%@`?\\")
    let needsQuotes =
      s.isEmpty || s.first == " " || s.last == " " || s.first == "-" || s.contains(where: { special.contains($0) })
      || s.contains(where: { $0.isNewline }) || reserved.contains(s.lowercased())
      || Double(s) != nil || s.first?.isNumber == true && s.allSatisfy({ $0.isNumber || $0 == "." })
    return needsQuotes ? quoted(s) : s
  }

  /// A double-quoted YAML scalar.
  public static func quoted(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default: out.unicodeScalars.append(u)
      }
    }
    return out + "\""
  }
}
