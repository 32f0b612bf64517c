import Foundation
import Orthography

/// A text to lint, with the prose separated from markup.
///
/// What is not prose is blanked out with spaces in ``prose``, so every
/// offset in it is an offset in the original file and findings (and fixes)
/// point at the original line and column:
///
/// - in every format, URLs (`https://…`, `www.…`) and e-mail addresses;
/// - in Markdown, front matter (YAML `---` or TOML `+++` at the top), fenced
///   and indented code blocks, code spans of any backtick count, link and
///   image targets with their titles, reference definitions and labels,
///   autolinks, and HTML as below;
/// - in HTML, tags with their attributes, comments, and the contents of
///   `<script>`, `<style>`, `<code>`, `<pre>`, `<kbd>` and `<samp>`.
///
/// Hand-written, and checked against a real CommonMark parser. Ink (in the
/// package mirror) renders HTML and reports no source positions.
/// cmark-gfm 0.29 (Debian) reports them, and `MarkdownDifferentialTests`
/// compares every letter of the corpus articles, the README and the
/// documentation (≈ 6 000 lines of Markdown with code, links and lists)
/// with its text nodes: no letter differs. That comparison found three
/// classes the hand masks got wrong — a deeper-indented line continuing a
/// paragraph or list item was taken for indented code (prose hidden), a
/// code span over a line break was missed, and an escaped `\[` opened a
/// link — fixed here. Parsing with cmark-gfm instead would still need the
/// front-matter pre-pass (front matter is not CommonMark) and HTML masks
/// of its own, and would add a C dependency to every build. The masks are
/// also table-tested (`MaskTests`) and a property test proves fixes never
/// touch them.
public struct Document: Sendable {
  public enum Format: String, Sendable, CaseIterable { case plain, markdown, html }

  public var path: String
  public var text: String
  public var format: Format
  /// The text with markup blanked out (same length in Characters and
  /// lines as ``text``).
  public let prose: String
  /// Whether markup is still open where the text ends: a code fence, front
  /// matter, an HTML comment, tag or code element, or (in a paragraph the
  /// text ends in) a code span, a link or a list item, without its end. A
  /// file read a part at a time is cut only where this is false.
  public let markupOpen: Bool
  /// Where the text starts in its file: the start, unless the document is
  /// one part of a file read a part at a time (see ``Origin``).
  public var origin: Origin

  public init(path: String, text: String, format: Format? = nil, origin: Origin = .whole) {
    self.path = path
    self.origin = origin
    // A byte order mark can only open a file.
    let bom = origin.part == 0 && text.hasPrefix("\u{FEFF}")
    let normalized = Normalizer.nfc(bom ? String(text.dropFirst()) : text)
    self.text = normalized
    let f = format ?? Document.format(forPath: path)
    self.format = f
    switch f {
    case .plain: (prose, markupOpen) = (MarkupMask.addresses(normalized), false)
    case .markdown: (prose, markupOpen) = MarkupMask.markdownProse(normalized)
    case .html: (prose, markupOpen) = MarkupMask.htmlProse(normalized)
    }
  }

  /// The format a file name suggests.
  public static func format(forPath path: String) -> Format {
    let lower = path.lowercased()
    if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") || lower.hasSuffix(".mdx") {
      return .markdown
    }
    if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") {
      return .html
    }
    return .plain
  }
}

/// Blanks markup out of text, keeping every other character in place.
enum MarkupMask {
  static func blank(_ chars: inout [Character], _ range: Range<Int>) {
    for i in range where !chars[i].isNewline { chars[i] = " " }
  }

  /// URLs and e-mail addresses blanked (every format), one space per
  /// Character. Found on the UTF-8 bytes, so a large plain-text file is not
  /// turned into an array of Characters (16 bytes each).
  static func addresses(_ text: String) -> String {
    let regions: [Range<Int>] =
      text.utf8.withContiguousStorageIfAvailable { addressRegions(in: $0) }
      ?? addressRegions(in: Array(text.utf8))
    guard !regions.isEmpty else { return text }
    let utf8 = text.utf8
    var out = String()
    out.reserveCapacity(utf8.count)
    var previous = utf8.startIndex
    for r in regions {
      let start = utf8.index(utf8.startIndex, offsetBy: r.lowerBound)
      let end = utf8.index(utf8.startIndex, offsetBy: r.upperBound)
      out += text[previous..<start]
      out += String(repeating: " ", count: text[start..<end].count)
      previous = end
    }
    out += text[previous...]
    return out
  }

  /// Byte ranges of URLs (`scheme://…`, `www.…`) and e-mail addresses. They
  /// start and end on ASCII bytes, so they are Character boundaries.
  static func addressRegions<C: RandomAccessCollection>(in b: C) -> [Range<Int>]
  where C.Element == UInt8, C.Index == Int {
    let n = b.count
    let base = b.startIndex
    func at(_ i: Int) -> UInt8 { b[base + i] }
    func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C }
    func isAlnum(_ c: UInt8) -> Bool { (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) }
    func isURLByte(_ c: UInt8) -> Bool {
      // Not whitespace (nor a no-break space's lead byte: C2 A0), < > " `.
      !isSpace(c) && c != 0x3C && c != 0x3E && c != 0x22 && c != 0x60
    }
    func isMail(_ c: UInt8) -> Bool { isAlnum(c) || c == 0x2E || c == 0x5F || c == 0x25 || c == 0x2B || c == 0x2D }
    /// The end of an address starting at `start`: trailing punctuation is
    /// the sentence's, and a closing parenthesis only the URL's if opened
    /// in it (as GitHub's autolinks read them).
    func end(from start: Int) -> Int {
      var j = start
      while j < n, isURLByte(at(j)), !(at(j) == 0xC2 && j + 1 < n && at(j + 1) == 0xA0) { j += 1 }
      while j > start {
        let c = at(j - 1)
        if ".,;:!?'*_~".utf8.contains(c) {
          j -= 1
        } else if c == 0x29 || c == 0x5D {
          let open: UInt8 = c == 0x29 ? 0x28 : 0x5B
          var opened = 0
          var closed = 0
          for k in start..<j {
            if at(k) == open { opened += 1 } else if at(k) == c { closed += 1 }
          }
          if closed > opened { j -= 1 } else { break }
        } else {
          break
        }
      }
      return j
    }
    var regions: [Range<Int>] = []
    var i = 0
    while i < n {
      let c = at(i)
      if c == 0x3A, i + 2 < n, at(i + 1) == 0x2F, at(i + 2) == 0x2F {  // ://
        var s = i
        while s > 0, isAlnum(at(s - 1)) || at(s - 1) == 0x2B || at(s - 1) == 0x2E || at(s - 1) == 0x2D { s -= 1 }
        if s < i {
          let e = end(from: i + 3)
          regions.append(s..<e)
          i = e
          continue
        }
      } else if c | 0x20 == 0x77, i + 4 < n, i == 0 || !isAlnum(at(i - 1)) && at(i - 1) < 0x80,
        at(i + 1) | 0x20 == 0x77, at(i + 2) | 0x20 == 0x77, at(i + 3) == 0x2E, isAlnum(at(i + 4))
      {  // www.
        let e = end(from: i)
        regions.append(i..<e)
        i = e
        continue
      } else if c == 0x40, i > 0, isMail(at(i - 1)), i + 1 < n, isMail(at(i + 1)) {  // @
        var s = i
        while s > 0, isMail(at(s - 1)) { s -= 1 }
        var e = i + 1
        while e < n, isMail(at(e)) { e += 1 }
        while e > i + 1, at(e - 1) == 0x2E { e -= 1 }
        if (i + 1..<e).contains(where: { at($0) == 0x2E }), s >= regions.last?.upperBound ?? 0 {
          regions.append(s..<e)
          i = e
          continue
        }
      }
      i += 1
    }
    return regions
  }

  static func markdown(_ text: String) -> String { markdownProse(text).prose }

  /// The prose, and whether a code fence, front matter or HTML is still
  /// open at the end.
  static func markdownProse(_ text: String) -> (prose: String, open: Bool) {
    var chars = Array(text)
    var frontMatterOpen = false
    var lineStart = maskFrontMatter(&chars, open: &frontMatterOpen)
    var fence: (Character, Int)? = nil
    // Where the paragraph being read began (its inline markup — a code
    // span, a link — may run over line breaks), nil between paragraphs.
    var paragraph: Int? = nil
    // Whether the previous line was blank or indented code (an indented
    // code block cannot interrupt a paragraph: a deeper line after text is
    // that text's continuation), and the content column of the list item
    // being read (code inside it is indented four past that).
    var previousBlank = true
    var previousCode = false
    var listContent = 0
    func endParagraph(at end: Int) {
      if let start = paragraph { maskInline(&chars, start..<end) }
      paragraph = nil
    }
    while lineStart < chars.count {
      var lineEnd = lineStart
      while lineEnd < chars.count, !chars[lineEnd].isNewline { lineEnd += 1 }
      // A copy: a slice of `chars` alive while `blank` writes to it would
      // copy the whole text for every masked line.
      let line = Array(chars[lineStart..<lineEnd])[...]
      let indent = line.prefix { $0 == " " }.count
      let body = line.dropFirst(indent)
      let run = body.prefix { $0 == "`" || $0 == "~" }
      let blankLine = body.allSatisfy(\.isWhitespace)
      var code = false
      if let (mark, length) = fence {
        blank(&chars, lineStart..<lineEnd)
        // A fence closes with the same character, at least as many, and
        // nothing else on the line.
        if run.count >= length, run.allSatisfy({ $0 == mark }),
          body.dropFirst(run.count).allSatisfy(\.isWhitespace)
        {
          fence = nil
        }
      } else if blankLine {
        endParagraph(at: lineStart)
      } else if indent <= listContent + 3, run.count >= 3, let first = run.first, run.allSatisfy({ $0 == first }) {
        endParagraph(at: lineStart)
        fence = (first, run.count)
        blank(&chars, lineStart..<lineEnd)
      } else if (previousBlank || previousCode), paragraph == nil,
        indent >= listContent + 4 || (listContent == 0 && line.first == "\t")
      {
        blank(&chars, lineStart..<lineEnd)
        code = true
      } else if indent <= listContent + 3, paragraph == nil, isReferenceDefinition(body) {
        blank(&chars, lineStart..<lineEnd)
      } else {
        if let offset = listItemContent(body, indent: indent) {
          endParagraph(at: lineStart)
          listContent = offset
        } else if previousBlank, indent < listContent {
          listContent = 0  // a paragraph outside the list ends it
        }
        if paragraph == nil { paragraph = lineStart }
      }
      previousBlank = blankLine && fence == nil
      previousCode = code
      lineStart = lineEnd + 1
    }
    // A text may end inside a paragraph (a part of a file cut at a line
    // break): the next part starts a paragraph afresh, so that is open
    // markup when an inline span runs on or the paragraph is a list item's.
    let inParagraph = paragraph != nil
    var inlineOpen = false
    if let start = paragraph { inlineOpen = maskInline(&chars, start..<min(lineStart, chars.count)) }
    var result = chars
    let htmlOpen = maskHTML(&result)
    let open = frontMatterOpen || fence != nil || htmlOpen || inParagraph && (inlineOpen || listContent != 0)
    return (addresses(String(result)), open)
  }

  /// The content column of a list item's first line (`- `, `* `, `+ `,
  /// `1. `, `1) `), or nil when the line starts no list item.
  static func listItemContent(_ body: ArraySlice<Character>, indent: Int) -> Int? {
    var i = body.startIndex
    if let c = body.first, c == "-" || c == "*" || c == "+" {
      i = body.index(after: i)
    } else {
      let digits = body.prefix { $0.isASCII && $0.isNumber }.count
      guard (1...9).contains(digits) else { return nil }
      i = body.index(i, offsetBy: digits)
      guard i < body.endIndex, body[i] == "." || body[i] == ")" else { return nil }
      i = body.index(after: i)
    }
    guard i < body.endIndex, body[i] == " " || body[i] == "\t" else { return nil }
    let spaces = body[i...].prefix { $0 == " " }.count
    let marker = body.distance(from: body.startIndex, to: i)
    return indent + marker + (spaces >= 1 && spaces <= 4 ? spaces : 1)
  }

  /// Front matter: a first line of `---` (YAML) or `+++` (TOML) up to the
  /// matching closing line (`---` or `...` for YAML). Returns where the
  /// Markdown body starts; `open` is set when a first line opens front
  /// matter that never closes.
  static func maskFrontMatter(_ chars: inout [Character], open: inout Bool) -> Int {
    func line(at start: Int) -> (String, Int) {
      var end = start
      while end < chars.count, !chars[end].isNewline { end += 1 }
      return (String(chars[start..<end]).trimmingCharacters(in: .whitespaces), end)
    }
    let (first, firstEnd) = line(at: 0)
    guard first == "---" || first == "+++", firstEnd < chars.count else { return 0 }
    let closers: Set<String> = first == "---" ? ["---", "..."] : ["+++"]
    var start = firstEnd + 1
    while start < chars.count {
      let (text, end) = line(at: start)
      if closers.contains(text) {
        blank(&chars, 0..<end)
        return min(chars.count, end + 1)
      }
      start = end + 1
    }
    open = true
    return 0  // never closed: a thematic break, not front matter
  }

  /// `[label]: destination "title"` — a link reference definition.
  static func isReferenceDefinition(_ body: ArraySlice<Character>) -> Bool {
    guard body.first == "[", let close = body.firstIndex(of: "]"), close > body.startIndex + 1
    else { return false }
    let after = body.index(after: close)
    return after < body.endIndex && body[after] == ":"
      && body[body.index(after: after)...].contains { !$0.isWhitespace }
  }

  /// Code spans, link and image targets (with titles) and reference labels
  /// in one paragraph (a code span or a link may run over its line breaks).
  /// Returns whether a backtick run, a `[` or a link target is left
  /// without its end.
  @discardableResult
  static func maskInline(_ chars: inout [Character], _ range: Range<Int>) -> Bool {
    var unclosed = false
    var i = range.lowerBound
    // Unescaped `[` not yet closed: only such a bracket's `](` is a link.
    var openBrackets = 0
    while i < range.upperBound {
      if chars[i] == "\\" {  // a backslash escape
        i += 2
        continue
      }
      if chars[i] == "[" { openBrackets += 1 }
      if chars[i] == "`" {
        var n = 0
        while i + n < range.upperBound, chars[i + n] == "`" { n += 1 }
        // The span closes at the next run of exactly n backticks.
        var j = i + n
        var close: Int? = nil
        while j < range.upperBound {
          if chars[j] == "`" {
            var m = 0
            while j + m < range.upperBound, chars[j + m] == "`" { m += 1 }
            if m == n {
              close = j + m
              break
            }
            j += m
          } else {
            j += 1
          }
        }
        if let close {
          blank(&chars, i..<close)
          i = close
        } else {
          unclosed = true
          i += n
        }
        continue
      }
      if chars[i] == "]", openBrackets > 0 { openBrackets -= 1 } else if chars[i] == "]" {
        i += 1
        continue
      }
      if chars[i] == "]", i + 1 < range.upperBound, chars[i + 1] == "(" || chars[i + 1] == "[" {
        // ](target "title") with balanced parentheses, or ][label].
        let open = chars[i + 1]
        let closer: Character = open == "(" ? ")" : "]"
        var depth = 0
        var j = i + 1
        while j < range.upperBound {
          if chars[j] == open {
            depth += 1
          } else if chars[j] == closer {
            depth -= 1
            if depth == 0 { break }
          }
          j += 1
        }
        if j >= range.upperBound { unclosed = true }
        blank(&chars, (i + 1)..<min(range.upperBound, j + 1))
        i = j + 1
        continue
      }
      i += 1
    }
    return unclosed || openBrackets > 0
  }
}
