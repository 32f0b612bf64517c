import Foundation
import Linting
import Orthography
import SozCore
import Terminology
import TestSupport
import Testing

/// `soz lint` reads a plain-text file a part at a time (``TextParts``): the
/// findings — lines, columns, spans, rules that weigh the whole file — must
/// be those of the file linted whole, wherever the parts are cut.
@Suite struct LintRunPartsTests {
  static let glossary = Glossary(concepts: [
    Concept(
      id: "karabakh", kind: .place,
      forms: [
        Form(text: "Karabakh", language: .en, status: .preferred),
        Form(text: "Garabagh", language: .en, status: .admitted),
        Form(text: "Artsakh", language: .en, status: .forbidden, replacement: "Karabakh"),
        Form(text: "Qarabağ", language: .az, status: .preferred),
        Form(text: "Қарабақ", language: .kk, status: .preferred),
      ]),
    Concept(
      id: "nakhchivan", kind: .place,
      forms: [
        Form(text: "Nakhchivan", language: .en, status: .preferred),
        Form(text: "Nakhichevan", language: .en, status: .deprecated),
        Form(text: "Naxçıvan", language: .az, status: .preferred),
      ]),
    Concept(
      id: "ots", kind: .organization,
      forms: [
        Form(text: "Organization of Turkic States", language: .en, status: .preferred),
        Form(text: "OTS", language: .en, status: .admitted),
      ]),
  ])

  static let compiled = Linter(glossary: glossary).compiled

  /// Sentences with names in every status, non-ASCII letters and a
  /// homoglyph (Cyrillic а in Kаrabakh).
  static let sentences = [
    "The road to Nakhchivan was closed on Monday.",
    "Officials in Nakhichevan said the talks would go on.",
    "Garabagh and Karabakh are both written here.",
    "He called it Artsakh, which the agency does not write.",
    "The OTS summit opened in the morning.",
    "Leaders of the Organization of Turkic States met again.",
    "Naxçıvan is how it is written in Azerbaijani.",
    "The word Kаrabakh here mixes two alphabets.",
    "Nothing in this sentence is a name at all.",
    "Ministers from Türkiye and Qazaqstan said nothing.",
  ]

  /// A seeded text: sentences on lines of one to four, paragraphs of one
  /// to five lines, CR LF line ends when asked, one line when asked.
  static func text(seed: UInt64, sentences count: Int, crlf: Bool = false, oneLine: Bool = false) -> String {
    var rng = SplitMix(seed: seed)
    var out = ""
    var lineSentences = 0
    var paragraphLines = 0
    let newline = crlf ? "\r\n" : "\n"
    for _ in 0..<count {
      out += sentences[Int(rng.next() % UInt64(sentences.count))]
      lineSentences += 1
      if oneLine || lineSentences < 1 + Int(rng.next() % 4) {
        out += " "
        continue
      }
      lineSentences = 0
      out += newline
      paragraphLines += 1
      if paragraphLines >= 1 + Int(rng.next() % 5) {
        out += newline
        paragraphLines = 0
      }
    }
    return out
  }

  func write(_ text: String, ext: String = "txt") throws -> URL {
    let url = Scratch.root.appendingPathComponent("lint-parts-\(UUID().uuidString).\(ext)")
    try Data(text.utf8).write(to: url)
    return url
  }

  /// The file linted whole and in parts of `partBytes`: the same findings.
  func expectSameFindings(
    _ text: String, partBytes: Int, language: LanguageTag? = .en, rules: Set<String> = ["variant", "mixed-script"],
    ext: String = "txt"
  ) throws {
    let url = try write(text, ext: ext)
    defer { try? FileManager.default.removeItem(at: url) }
    let whole = Linter(compiled: Self.compiled).lint(
      [Document(path: url.path, text: text)], configuration: LintConfiguration(language: language))
    let run = LintRun.run(
      paths: [url.path], glossary: Self.compiled, language: language, keepDocuments: false,
      batchBytes: 3 * partBytes, partBytes: partBytes)
    #expect(run.failures.isEmpty)
    #expect(run.files == 1)
    #expect(run.findings.count == whole.count)
    for (a, b) in zip(run.findings, whole) where a != b {
      Issue.record("part-wise \(a) != whole \(b)")
      break
    }
    // Not trivially equal: the text trips the rules it should.
    #expect(Set(whole.map(\.rule)).isSuperset(of: rules))
  }

  @Test(arguments: [UInt64(1), 2, 3])
  func linesAndParagraphs(seed: UInt64) throws {
    let text = Self.text(seed: seed, sentences: 1_200)
    for partBytes in [4_200, 9_000, 25_000] {
      try expectSameFindings(text, partBytes: partBytes)
    }
  }

  @Test func paragraphsWithTheLanguageDetected() throws {
    try expectSameFindings(Self.text(seed: 7, sentences: 1_200), partBytes: 6_000, language: nil)
  }

  @Test func crlfLineEnds() throws {
    try expectSameFindings(Self.text(seed: 4, sentences: 1_200, crlf: true), partBytes: 5_000)
  }

  /// A file that is one line: cut at spaces, the parts overlapping.
  @Test(arguments: [4_200, 7_777, 13_000])
  func oneLine(partBytes: Int) throws {
    try expectSameFindings(Self.text(seed: 5, sentences: 1_500, oneLine: true), partBytes: partBytes)
  }

  /// An abbreviation weighs the whole file: OTS several parts before the
  /// full name is its short form there, no spelling of its own; alone in
  /// another file it is one, and `inconsistent` names it.
  @Test func anAbbreviationSeesTheWholeFile() throws {
    let filler = String(repeating: "Nothing in this sentence is a name at all.\n", count: 400)
    let named = try write("The OTS met first.\n\n" + filler + "\nLeaders of the Organization of Turkic States met.\n")
    let alone = try write(filler + "\nThe OTS met.\n")
    defer {
      try? FileManager.default.removeItem(at: named)
      try? FileManager.default.removeItem(at: alone)
    }
    let run = LintRun.run(
      paths: [named.path, alone.path], glossary: Self.compiled, language: .en, keepDocuments: false,
      partBytes: 4_200)
    let whole = Linter(compiled: Self.compiled).lint(
      try [named, alone].map { Document(path: $0.path, text: try String(contentsOf: $0, encoding: .utf8)) },
      configuration: LintConfiguration(language: .en))
    #expect(run.findings == whole)
    let places = run.findings.filter { $0.rule == "inconsistent" }.flatMap { [$0.location] + $0.related }
    #expect(places.map { "\($0.file == named.path ? "named" : "alone"):\($0.line)" }.sorted() == ["alone:402", "named:404"])
  }

  /// A `soz-disable` block and a `soz-ignore-next-line` carry over from
  /// part to part.
  @Test func suppressionsCarryOver() throws {
    let filler = String(repeating: "Nothing in this sentence is a name at all.\n", count: 150)
    let text =
      "Artsakh before the block.\n<!-- soz-disable -->\n" + filler + "Artsakh inside it.\n" + filler
      + "soz-enable\nArtsakh after it.\n" + filler + "soz-ignore-next-line\nArtsakh ignored.\nArtsakh not.\n"
    let url = try write(text)
    defer { try? FileManager.default.removeItem(at: url) }
    let run = LintRun.run(
      paths: [url.path], glossary: Self.compiled, language: .en, keepDocuments: false, partBytes: 4_200)
    let lines = run.findings.filter { $0.match == "Artsakh" }.map(\.location.line)
    #expect(lines == [1, 305, 458])
  }

  /// Invalid UTF-8 in a later part is an error naming its line and column
  /// in the file and its byte offset.
  @Test func invalidUTF8InALaterPart() throws {
    var bytes = Array(String(repeating: "A line of plain words.\n", count: 1_000).utf8)
    bytes += Array("Naxçıvan ".utf8) + [0xFF] + Array(" more.\n".utf8)
    var parts = TextParts(path: "big.txt", partBytes: 4_200, read: TextParts.reader(Data(bytes)))
    var read = 0
    #expect {
      while try parts.nextPart() != nil { read += 1 }
    } throws: { error in
      (error as? GlossaryError)?.description == "big.txt:1001:10: invalid UTF-8 at byte offset 23011"
    }
    #expect(read >= 4)
  }

  /// The parts cover the file: their texts, less the overlaps of cut
  /// lines, are the file; origins count lines and columns as the file.
  @Test func partsCoverTheFile() throws {
    let text = "\u{FEFF}" + Self.text(seed: 9, sentences: 800, oneLine: true) + "\nTail line.\n"
    var parts = TextParts(path: "x.txt", partBytes: 4_500, read: TextParts.reader(Data(text.utf8)))
    var rebuilt = ""
    var count = 0
    while let part = try parts.nextPart() {
      // The part's own Characters start at its origin's offset.
      let skip = rebuilt.count - part.origin.offset
      #expect(skip >= 0)
      rebuilt += part.text.dropFirst(skip)
      #expect(part.origin.part == count)
      count += 1
    }
    #expect(count > 5)
    #expect(rebuilt == String(text.dropFirst()))
  }

  /// A finding on a very long line shows the line around it, not the line.
  @Test func excerptsOfALongLine() throws {
    let text = String(repeating: "plain words ", count: 2_000) + "Artsakh here " + String(repeating: "more words ", count: 2_000)
    let url = try write(text)
    defer { try? FileManager.default.removeItem(at: url) }
    let run = LintRun.run(
      paths: [url.path], glossary: Self.compiled, language: .en, keepDocuments: false, partBytes: 4_200)
    let excerpts = LintRun.excerpts(for: run.findings, documents: [], partBytes: 4_200)
    let output = LintRenderer.text(run.findings, excerpts: excerpts, style: TerminalStyle(enabled: false))
    let lines = output.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(lines[0].hasPrefix(url.path + ":1:24001: error [variant]"))
    #expect(lines[1] == "  …" + String(repeating: "plain words ", count: 5) + "Artsakh here more words more words more words more words more words…")
    #expect(lines[2] == "   " + String(repeating: " ", count: 60) + "^^^^^^^")
  }
}
