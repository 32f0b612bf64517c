import Foundation
import Linting
import Testing

/// What the linter sees of a document: markup, code and addresses are
/// blanked, prose stays, and every character keeps its place.
@Suite struct MaskTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var format: Document.Format
    var text: String
    /// Substrings that must not be visible to the rules.
    var hidden: [String]
    /// Substrings that must stay visible.
    var kept: [String]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "YAML front matter", format: .markdown,
      text: "---\ntitle: Qarabag report\nslug: qarabag-report\n---\n\nQarabag today.\n",
      hidden: ["slug", "qarabag-report", "title"], kept: ["Qarabag today."]),
    Case(
      name: "TOML front matter", format: .markdown,
      text: "+++\nslug = \"qarabag\"\n+++\nQarabag today.\n",
      hidden: ["slug", "\"qarabag\""], kept: ["Qarabag today."]),
    Case(
      name: "an unclosed --- is a thematic break", format: .markdown,
      text: "---\nQarabag today.\n", hidden: [], kept: ["Qarabag today."]),
    Case(
      name: "front matter only at the top", format: .markdown,
      text: "Qarabag.\n\n---\nslug: x\n---\n", hidden: [], kept: ["slug: x"]),
    Case(
      name: "fenced code, tildes and longer fences", format: .markdown,
      text: "~~~~\nQarabag ```\n~~~~\nAfter.\n```sh\nNaxcivan\n```\nEnd.",
      hidden: ["Qarabag", "Naxcivan", "```sh"], kept: ["After.", "End."]),
    Case(
      name: "code spans of any backtick count", format: .markdown,
      text: "Use ``Qarabag `x` here`` and `Naxcivan` in Baku.",
      hidden: ["Qarabag", "Naxcivan"], kept: ["Use", "and", "in Baku."]),
    Case(
      name: "inline link target and title", format: .markdown,
      text: "See [the report](https://x.az/qarabag_(2020) \"Qarabag title\") on Qarabag.",
      hidden: ["x.az", "Qarabag title", "2020"], kept: ["See [the report", "on Qarabag."]),
    Case(
      name: "reference definitions and labels", format: .markdown,
      text: "Read [the story][qarabag-ref] now.\n\n[qarabag-ref]: https://x.az/qarabag \"Qarabag\"\n",
      hidden: ["qarabag-ref", "x.az", "\"Qarabag\""], kept: ["Read [the story", "now."]),
    Case(
      name: "autolinks and bare URLs", format: .markdown,
      text: "<https://report.az/qarabag> and https://apa.az/naxcivan-news, www.qarabag.az.",
      hidden: ["report.az", "apa.az", "naxcivan-news", "www.qarabag.az"], kept: ["and", ", "]),
    Case(
      name: "a URL in parentheses keeps the sentence's closing parenthesis", format: .plain,
      text: "The agency (https://azertag.az/qarabag) said.",
      hidden: ["azertag.az", "qarabag"], kept: ["The agency (", ") said."]),
    Case(
      name: "e-mail addresses", format: .plain,
      text: "Write to qarabag.desk@report.az today.",
      hidden: ["qarabag.desk", "report.az"], kept: ["Write to", "today."]),
    Case(
      name: "HTML attributes and code elements", format: .html,
      text: "<p title=\"Qarabag\">Naxcivan <code>Qarabag</code> <pre class=x>Naxcivan</pre> end</p>",
      hidden: ["title", "Qarabag", "class"], kept: ["Naxcivan ", " end"]),
    Case(
      name: "HTML script, style and comments", format: .html,
      text: "<script>var q = 'Qarabag'</script><style>.naxcivan{}</style><!-- Qarabag -->Text",
      hidden: ["Qarabag", "naxcivan"], kept: ["Text"]),
    Case(
      name: "a tag name that only starts like a code element", format: .html,
      text: "<prefix>Qarabag</prefix>", hidden: ["prefix"], kept: ["Qarabag"]),
    Case(
      name: "plain text keeps everything but addresses", format: .plain,
      text: "`Qarabag` [x](y) <b>", hidden: [], kept: ["`Qarabag` [x](y) <b>"]),
  ]

  @Test(arguments: cases)
  func masks(_ c: Case) {
    let doc = Document(path: "a", text: c.text, format: c.format)
    #expect(doc.prose.count == doc.text.count)
    #expect(doc.prose.split(separator: "\n", omittingEmptySubsequences: false).count
      == doc.text.split(separator: "\n", omittingEmptySubsequences: false).count)
    for h in c.hidden { #expect(!doc.prose.contains(h), "visible: \(h) in \(doc.prose)") }
    for k in c.kept { #expect(doc.prose.contains(k), "lost: \(k) in \(doc.prose)") }
  }

  @Test func formatFromTheFileName() {
    #expect(Document.format(forPath: "a.MD") == .markdown)
    #expect(Document.format(forPath: "a.mdx") == .markdown)
    #expect(Document.format(forPath: "index.xhtml") == .html)
    #expect(Document.format(forPath: "a.txt") == .plain)
  }
}
