import Foundation
import Linting
import SozCore
import TestSupport
import Testing

/// Markdown and HTML files are read a part at a time too, cut only where no
/// markup is open (``TextParts/nextPart(format:)``): every finding must be
/// the whole file's, and no name inside code, a comment or front matter may
/// surface because a cut fell inside it.
@Suite struct LintRunMarkupPartsTests {
  let parts = LintRunPartsTests()

  /// Markdown blocks, each holding names that only the masks hide: fences
  /// and comments with blank lines and letter-led lines inside them (where
  /// a cut would be wrong), lists with code, indented code, links.
  static let markdownBlocks = [
    "```\nArtsakh in code.\n\nNakhichevan in code, after a blank line.\n```\n",
    "~~~~ text\nArtsakh again.\n\nStill code: Nakhichevan.\n~~~~\n",
    "<!--\nArtsakh in a comment.\n\nNakhichevan still in it.\n-->\n",
    "<pre>\nArtsakh preformatted.\n\nNakhichevan preformatted.\n</pre>\n",
    "    Artsakh in indented code.\n    Nakhichevan too.\n",
    "- The road to Nakhichevan.\n- An item on Artsakh.\n\n      Artsakh as code in the item.\n\n  Officials in Nakhichevan, the item goes on.\n",
    "1. Garabagh and Karabakh.\n2. Leaders of the Organization of Turkic States.\n",
    "# Nakhichevan in a heading\n",
    "> Artsakh quoted.\n",
    "See [the Artsakh page](https://example.com/Artsakh \"Artsakh\") and `Artsakh` in a span.\n",
    "[label]: https://example.com/Nakhichevan\n",
  ]

  /// Front matter, then paragraphs of the plain sentences and blocks,
  /// each followed by a blank line.
  static func markdown(seed: UInt64, blocks count: Int) -> String {
    marked(
      seed: seed, count: count, head: "---\ntitle: Artsakh\n\nsummary: Nakhichevan\n---\n", blocks: markdownBlocks,
      paragraph: ("", ""), blankLineEvery: 1)
  }

  static let htmlBlocks = [
    "<pre>\nArtsakh preformatted.\n\nNakhichevan preformatted.\n</pre>\n",
    "<!-- Artsakh in a comment\n\nNakhichevan still in it -->\n",
    "<script>\nvar place = \"Artsakh\";\n\nvar other = \"Nakhichevan\";\n</script>\n",
    "<a\n  href=\"https://example.com/Artsakh\"\n  title=\"Nakhichevan\">a link</a>\n",
    "<p>Officials in Nakhichevan said <code>Artsakh</code> once.</p>\n",
  ]

  /// Paragraphs of the plain sentences, some in `<p>`, and blocks, a
  /// blank line after about every other.
  static func html(seed: UInt64, blocks count: Int) -> String {
    marked(
      seed: seed, count: count, head: "<!DOCTYPE html>\n<html>\n<body>\n", blocks: htmlBlocks,
      paragraph: ("<p>", "</p>"), blankLineEvery: 2, tail: "</body>\n</html>\n")
  }

  /// A seeded marked-up text: after `head`, `count` times a block or a
  /// paragraph of one to four sentences (lines of one or more), half of
  /// them between `paragraph`'s two marks.
  static func marked(
    seed: UInt64, count: Int, head: String, blocks: [String], paragraph: (String, String),
    blankLineEvery: UInt64, tail: String = ""
  ) -> String {
    var rng = SplitMix(seed: seed)
    var out = head
    let sentences = LintRunPartsTests.sentences
    for _ in 0..<count {
      if rng.next() % 3 == 0 {
        out += blocks[Int(rng.next() % UInt64(blocks.count))]
      } else {
        let wrapped = rng.next() % 2 == 0
        out += wrapped ? paragraph.0 : ""
        for _ in 0..<(1 + Int(rng.next() % 4)) {
          out += sentences[Int(rng.next() % UInt64(sentences.count))] + (rng.next() % 2 == 0 ? "\n" : " ")
        }
        out += (wrapped ? paragraph.1 : "") + "\n"
      }
      if rng.next() % blankLineEvery == 0 { out += "\n" }
    }
    return out + tail
  }

  /// The parts of `text` read as `format`: they rebuild the text, none but
  /// the last leaves markup open, and there are several.
  func expectCutWhereNoMarkupIsOpen(_ text: String, format: Document.Format, partBytes: Int) throws {
    var reader = TextParts(path: "x", partBytes: partBytes, read: TextParts.reader(Data(text.utf8)))
    var rebuilt = ""
    var count = 0
    while let part = try reader.nextPart(format: format) {
      #expect(part.origin.offset == rebuilt.count)
      #expect(!part.markupOpen || part.origin.isLast)
      rebuilt += part.text
      count += 1
    }
    #expect(rebuilt == text)
    #expect(count > 4)
  }

  @Test(arguments: [UInt64(1), 2, 3])
  func markdownInParts(seed: UInt64) throws {
    let text = Self.markdown(seed: seed, blocks: 700)
    for partBytes in [4_200, 9_000] {
      try expectCutWhereNoMarkupIsOpen(text, format: .markdown, partBytes: partBytes)
      try parts.expectSameFindings(text, partBytes: partBytes, ext: "md")
    }
  }

  @Test(arguments: [UInt64(4), 5])
  func htmlInParts(seed: UInt64) throws {
    let text = Self.html(seed: seed, blocks: 700)
    for partBytes in [4_200, 9_000] {
      try expectCutWhereNoMarkupIsOpen(text, format: .html, partBytes: partBytes)
      try parts.expectSameFindings(text, partBytes: partBytes, ext: "html")
    }
  }

  /// One paragraph of many lines, with code spans and links over line
  /// breaks: cut at line breaks, never inside a span or a link.
  @Test func markdownWithoutBlankLines() throws {
    var rng = SplitMix(seed: 11)
    let sentences = LintRunPartsTests.sentences
    let inline = [
      "A span `Artsakh\nNakhichevan` over a line.", "A [link to\nArtsakh](https://example.com/Artsakh) here.",
      "Two ``spans ` with\nArtsakh`` inside.", "Brackets [on\nArtsakh] unlinked.",
    ]
    var text = ""
    for _ in 0..<1_500 {
      let pool = rng.next() % 4 == 0 ? inline : sentences
      text += pool[Int(rng.next() % UInt64(pool.count))] + (rng.next() % 3 == 0 ? " " : "\n")
    }
    try expectCutWhereNoMarkupIsOpen(text, format: .markdown, partBytes: 4_200)
    try parts.expectSameFindings(text, partBytes: 4_200, ext: "md")
  }

  /// The masks matter in these texts: linted as plain text, names inside
  /// code and comments are found.
  @Test func theMasksHideNames() throws {
    let markdown = Self.markdown(seed: 1, blocks: 300)
    let html = Self.html(seed: 4, blocks: 300)
    let linter = Linter(compiled: LintRunPartsTests.compiled)
    let configuration = LintConfiguration(language: .en)
    for (text, format) in [(markdown, Document.Format.markdown), (html, .html)] {
      let masked = linter.lint([Document(path: "x", text: text, format: format)], configuration: configuration)
      let plain = linter.lint([Document(path: "x", text: text, format: .plain)], configuration: configuration)
      #expect(plain.count > masked.count + 50)
    }
  }

  /// A comment that never closes hides the rest of the file: the file is
  /// one part, as it was read whole before.
  @Test func markupThatNeverClosesIsReadWhole() throws {
    let text = "Artsakh first.\n\n<!-- open\n\n" + LintRunPartsTests.text(seed: 2, sentences: 600)
    var reader = TextParts(path: "x.md", partBytes: 4_200, read: TextParts.reader(Data(text.utf8)))
    let part = try #require(try reader.nextPart(format: .markdown))
    #expect(part.origin.isLast)
    #expect(part.text == text)
    try parts.expectSameFindings(text, partBytes: 4_200, rules: ["variant"], ext: "md")
  }
}
