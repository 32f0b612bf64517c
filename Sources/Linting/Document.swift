import Foundation
import Orthography

/// A text to lint, with the prose separated from markup.
///
/// Markdown code (fenced blocks, indented blocks, `inline code`), link
/// targets, HTML tags, comments, `<script>` and `<style>` are blanked out
/// with spaces in ``prose``, so every offset in it is an offset in the
/// original file and findings point at the original line and column.
public struct Document: Sendable {
  public enum Format: String, Sendable { case plain, markdown, html }

  public var path: String
  public var text: String
  public var format: Format
  /// The text with markup blanked out (same length in Characters and
  /// lines as ``text``).
  public let prose: String

  public init(path: String, text: String, format: Format? = nil) {
    self.path = path
    let normalized = Normalizer.nfc(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
    self.text = normalized
    let f = format ?? Document.format(forPath: path)
    self.format = f
    switch f {
    case .plain: prose = normalized
    case .markdown: prose = MarkupMask.markdown(normalized)
    case .html: prose = MarkupMask.html(normalized)
    }
  }

  /// The format a file name suggests.
  public static func format(forPath path: String) -> Format {
    let lower = path.lowercased()
    if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
    if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return .html }
    return .plain
  }
}

/// Blanks markup out of text, keeping every other character in place.
enum MarkupMask {
  static func blank(_ chars: inout [Character], _ range: Range<Int>) {
    for i in range where !chars[i].isNewline { chars[i] = " " }
  }

  static func markdown(_ text: String) -> String {
    var chars = Array(text)
    var lineStart = 0
    var inFence = false
    while lineStart < chars.count {
      var lineEnd = lineStart
      while lineEnd < chars.count, !chars[lineEnd].isNewline { lineEnd += 1 }
      let line = String(chars[lineStart..<lineEnd])
      let trimmed = line.drop { $0 == " " }
      if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
        blank(&chars, lineStart..<lineEnd)
        inFence.toggle()
      } else if inFence || line.hasPrefix("    ") || line.hasPrefix("\t") {
        blank(&chars, lineStart..<lineEnd)
      } else {
        maskInline(&chars, lineStart..<lineEnd)
      }
      lineStart = lineEnd + 1
    }
    return html(String(chars))
  }

  /// Inline code spans and the targets of links and images.
  static func maskInline(_ chars: inout [Character], _ range: Range<Int>) {
    var i = range.lowerBound
    while i < range.upperBound {
      if chars[i] == "`" {
        var j = i + 1
        while j < range.upperBound, chars[j] != "`" { j += 1 }
        if j < range.upperBound {
          blank(&chars, i..<(j + 1))
          i = j + 1
          continue
        }
      }
      if chars[i] == "]", i + 1 < range.upperBound, chars[i + 1] == "(" {
        var j = i + 2
        while j < range.upperBound, chars[j] != ")" { j += 1 }
        blank(&chars, (i + 1)..<min(range.upperBound, j + 1))
        i = j + 1
        continue
      }
      i += 1
    }
  }

  static func html(_ text: String) -> String {
    var chars = Array(text)
    var i = 0
    while i < chars.count {
      guard chars[i] == "<" else {
        i += 1
        continue
      }
      let rest = String(chars[i..<min(chars.count, i + 8)]).lowercased()
      let closer: String
      if rest.hasPrefix("<!--") {
        closer = "-->"
      } else if rest.hasPrefix("<script") {
        closer = "</script>"
      } else if rest.hasPrefix("<style") {
        closer = "</style>"
      } else if i + 1 < chars.count, chars[i + 1].isLetter || chars[i + 1] == "/" || chars[i + 1] == "!" {
        closer = ">"
      } else {
        i += 1
        continue
      }
      let end = find(closer, in: chars, from: i + 1) ?? chars.count
      blank(&chars, i..<end)
      i = end
    }
    return String(chars)
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
