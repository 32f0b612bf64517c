import Foundation

/// HTML's prose: tags (with attributes), comments and code elements'
/// contents blanked, one space per Character, so positions stay those of
/// the file.
extension MarkupMask {
  static func html(_ text: String) -> String { htmlProse(text).prose }

  /// The prose, and whether a comment, tag or code element is still open
  /// at the end.
  static func htmlProse(_ text: String) -> (prose: String, open: Bool) {
    var chars = Array(text)
    let open = maskHTML(&chars)
    return (addresses(String(chars)), open)
  }

  /// Elements whose content is code, not prose.
  static let codeElements = ["script", "style", "code", "pre", "kbd", "samp"]

  /// Tags (with attributes), comments, and code elements' contents.
  /// Returns whether the last of them has no end (blanked to the end).
  @discardableResult
  static func maskHTML(_ chars: inout [Character]) -> Bool {
    var open = false
    var i = 0
    while i < chars.count {
      guard chars[i] == "<" else {
        i += 1
        continue
      }
      let rest = String(chars[i..<min(chars.count, i + 9)]).lowercased()
      let closer: String
      if rest.hasPrefix("<!--") {
        closer = "-->"
      } else if let name = codeElements.first(where: { rest.hasPrefix("<" + $0) && isTagEnd(rest, after: $0.count + 1) }) {
        closer = "</\(name)>"
      } else if i + 1 < chars.count, chars[i + 1].isLetter || chars[i + 1] == "/" || chars[i + 1] == "!" || chars[i + 1] == "?" {
        closer = ">"
      } else {
        i += 1
        continue
      }
      let closed = find(closer, in: chars, from: i + 1)
      let end = closed ?? chars.count
      open = closed == nil
      blank(&chars, i..<end)
      i = end
    }
    return open
  }

  /// Whether the tag name in `rest` ends at `offset` (`<pre>`, `<pre class…`,
  /// not `<prefix>`).
  static func isTagEnd(_ rest: String, after offset: Int) -> Bool {
    let scalars = Array(rest)
    guard offset < scalars.count else { return true }
    let c = scalars[offset]
    return c == ">" || c == "/" || c.isWhitespace
  }

  static func find(_ needle: String, in chars: [Character], from start: Int) -> Int? {
    let n = Array(needle)
    var i = start
    while i + n.count <= chars.count {
      if String(chars[i..<(i + n.count)]).lowercased() == needle { return i + n.count }
      i += 1
    }
    return nil
  }
}
