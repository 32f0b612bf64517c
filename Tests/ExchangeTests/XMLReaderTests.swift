import Exchange
import Foundation
import Terminology
import Testing

/// The streaming XML reader: events, references, encodings, and a located
/// error for every kind of broken input.
@Suite struct XMLReaderTests {
  static func events(_ xml: String, whitespace: Bool = false, comments: Bool = false) throws
    -> [XMLEvent]
  {
    try events(bytes: Array(xml.utf8), whitespace: whitespace, comments: comments)
  }

  static func events(bytes: [UInt8], whitespace: Bool = false, comments: Bool = false) throws
    -> [XMLEvent]
  {
    let r = XMLReader(bytes: bytes, file: "t.xml")
    r.reportsWhitespace = whitespace
    r.reportsComments = comments
    var out: [XMLEvent] = []
    while let e = try r.next() { out.append(e) }
    return out
  }

  static func error(_ xml: String) -> ExchangeError? {
    error(bytes: Array(xml.utf8))
  }

  static func error(bytes: [UInt8]) -> ExchangeError? {
    do {
      _ = try events(bytes: bytes)
      return nil
    } catch let e as ExchangeError {
      return e
    } catch {
      return nil
    }
  }

  @Test func elementsAttributesAndText() throws {
    let e = try Self.events(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <!-- c -->
      <a x="1" y='two &amp; &#x4E2D;'>Qarabağ &lt;b&gt; &#1179;<b/><![CDATA[<raw> & ]]></a>
      """)
    #expect(
      e == [
        .start(
          name: "a", attributes: [XMLAttribute("x", "1"), XMLAttribute("y", "two & 中")],
          isEmpty: false),
        .text("Qarabağ <b> қ"),
        .start(name: "b", attributes: [], isEmpty: true), .end(name: "b"),
        .cdata("<raw> & "), .end(name: "a"),
      ])
  }

  @Test func commentsPIsAndWhitespaceOnRequest() throws {
    let e = try Self.events("<a> <?p d?><!--x--></a>", whitespace: true, comments: true)
    #expect(
      e == [
        .start(name: "a", attributes: [], isEmpty: false), .text(" "),
        .processingInstruction(target: "p", data: "d"), .comment("x"), .end(name: "a"),
      ])
  }

  @Test func lineEndsAndAttributeWhitespaceNormalized() throws {
    let e = try Self.events("<a v=\"1\t2\r\n3\">x\r\ny\rz</a>")
    #expect(e[0] == .start(name: "a", attributes: [XMLAttribute("v", "1 2 3")], isEmpty: false))
    #expect(e[1] == .text("x\ny\nz"))
  }

  @Test func doctypeWithoutEntitiesIsSkipped() throws {
    let e = try Self.events(
      "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\"/>")
    #expect(e.count == 2)
  }

  @Test func utf16LittleAndBigEndianWithBOM() throws {
    let text = "<a n=\"Ə\">Қарабақ 😀</a>"
    var le: [UInt8] = [0xFF, 0xFE]
    var be: [UInt8] = [0xFE, 0xFF]
    for u in text.utf16 {
      le += [UInt8(u & 0xFF), UInt8(u >> 8)]
      be += [UInt8(u >> 8), UInt8(u & 0xFF)]
    }
    for bytes in [le, be] {
      let e = try Self.events(bytes: bytes)
      #expect(e[1] == .text("Қарабақ 😀"))
      #expect(e[0] == .start(name: "a", attributes: [XMLAttribute("n", "Ə")], isEmpty: false))
    }
  }

  @Test func utf8BOMAndLatin1Declaration() throws {
    #expect(try Self.events(bytes: [0xEF, 0xBB, 0xBF] + Array("<a>ə</a>".utf8))[1] == .text("ə"))
    let latin1 = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>".utf8) + [0xE7] + Array("</a>".utf8)
    #expect(try Self.events(bytes: latin1)[1] == .text("ç"))
  }

  @Test func largeDocumentAcrossChunks() throws {
    // Tokens straddle the 64 KiB chunk boundaries; multi-byte characters too.
    var xml = "<r>"
    for i in 0..<20_000 { xml += "<t id=\"\(i)\">Qarabağ Қарабақ \(i) &amp;</t>\n" }
    xml += "</r>"
    let r = XMLReader(string: xml)
    var n = 0
    var last: Terminology.SourceLocation?
    while let e = try r.next() {
      if case .text(let t) = e {
        #expect(t.hasPrefix("Qarabağ Қарабақ ") && t.hasSuffix(" &"))
        n += 1
        last = r.location
      }
    }
    #expect(n == 20_000)
    #expect(last?.line == 20_000)
  }

  struct Bad: CustomTestStringConvertible, Sendable {
    var name: String
    var bytes: [UInt8]
    var kind: ExchangeError.Kind
    var line: Int
    var column: Int
    var testDescription: String { name }
    init(_ name: String, _ text: String, _ kind: ExchangeError.Kind, _ line: Int, _ column: Int) {
      self.init(name, Array(text.utf8), kind, line, column)
    }
    init(_ name: String, _ bytes: [UInt8], _ kind: ExchangeError.Kind, _ line: Int, _ column: Int) {
      self.name = name
      self.bytes = bytes
      self.kind = kind
      self.line = line
      self.column = column
    }
  }

  static let bad: [Bad] = [
    Bad("mismatched end tag", "<a>\n  <b></c></a>", .mismatchedTag, 2, 6),
    Bad("truncated in element", "<a>\n<b>text", .truncated, 2, 8),
    Bad("truncated in tag", "<a>\n<b x=\"1", .truncated, 2, 8),
    Bad("undefined entity", "<a>\n x &nbsp; y</a>", .undefinedEntity, 2, 4),
    Bad("bare ampersand", "<a>Q & A</a>", .malformed, 1, 6),
    Bad("unquoted attribute", "<a x=1/>", .malformed, 1, 6),
    Bad("duplicate attribute", "<a x='1' x='2'/>", .malformed, 1, 9),
    Bad("text before root", "hello <a/>", .malformed, 1, 1),
    Bad("second root", "<a/>\n<b/>", .malformed, 2, 1),
    Bad("empty file", "", .malformed, 1, 1),
    Bad("invalid UTF-8", [0x3C, 0x61, 0x3E, 0x0A, 0x41, 0xC3, 0x28, 0x3C, 0x2F, 0x61, 0x3E], .encoding, 2, 2),
    Bad("overlong UTF-8", [0x3C, 0x61, 0x3E, 0xC0, 0xBC, 0x3C, 0x2F, 0x61, 0x3E], .encoding, 1, 4),
    Bad("control character", "<a>\u{1}</a>", .encoding, 1, 4),
    Bad("bad character reference", "<a>&#0;</a>", .malformed, 1, 4),
    Bad("entity declaration", "<!DOCTYPE a [\n<!ENTITY x \"y\">]><a>&x;</a>", .entityDeclaration, 2, 1),
    Bad("unsupported encoding", "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><a/>", .encoding, 1, 1),
    Bad("end tag without start", "</a>", .mismatchedTag, 1, 1),
    Bad("declaration not first", "<a/><?xml version=\"1.0\"?>", .malformed, 1, 5),
  ]

  @Test(arguments: bad)
  func brokenInputIsALocatedError(_ c: Bad) {
    let e = Self.error(bytes: c.bytes)
    #expect(e?.kind == c.kind, "\(e.map(\.description) ?? "no error")")
    #expect(e?.location == Terminology.SourceLocation(file: "t.xml", line: c.line, column: c.column), "\(e.map(\.description) ?? "")")
  }

  @Test func truncatedUTF16IsAnError() {
    let e = Self.error(bytes: [0xFF, 0xFE, 0x3C, 0x00, 0x61, 0x00, 0x3E, 0x00, 0x3D, 0xD8])
    #expect(e?.kind == .truncated)
  }
}
