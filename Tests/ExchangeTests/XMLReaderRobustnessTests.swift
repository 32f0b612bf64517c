import Exchange
import Foundation
import PropertyBased
import Terminology
import Testing
import TestSupport

/// Hostile and unusual input: mutated documents never crash the reader and
/// always end in a document or a located error; big files stream through
/// files in chunks in every encoding; one oversized token is refused.
@Suite struct XMLReaderRobustnessTests {
  static let seed = Array(
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE tmx SYSTEM "tmx14.dtd">
    <tmx version="1.4"><header srclang="en"/><body>
    <tu tuid="1"><prop type="x">a &amp; b</prop><tuv xml:lang="az"><seg>Qarabağ <ph x="1">&lt;b/&gt;</ph>&#x4E2D;</seg></tuv></tu>
    <!-- comment --><tu><tuv xml:lang="kk"><seg><![CDATA[Қарабақ <x>]]></seg></tuv></tu>
    </body></tmx>
    """.utf8)

  /// A document with bytes replaced, inserted or deleted at random.
  static let mutated = zip(
    Gen<Int>.int(in: 0...(seed.count - 1)).array(of: 1...6),
    Gen<UInt8>.uint8(in: 0...255).array(of: 6),
    Gen<Int>.int(in: 0...2).array(of: 6)
  ).map { positions, bytes, ops in
    var doc = seed
    for (k, p) in positions.enumerated() {
      let at = min(p, doc.count - 1)
      switch ops[k % ops.count] {
      case 0: doc[at] = bytes[k % bytes.count]
      case 1: doc.insert(bytes[k % bytes.count], at: at)
      default: doc.remove(at: at)
      }
    }
    return doc
  }

  @Test func mutatedDocumentsParseOrFailWithALocation() async {
    await propertyCheck(count: 1000, input: Self.mutated) { bytes in
      let r = XMLReader(bytes: bytes, file: "m.xml")
      var events = 0
      do {
        while try r.next() != nil { events += 1 }
        #expect(events > 0)
      } catch let error as ExchangeError {
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
        #expect(error.location.file == "m.xml")
        #expect(error.location.line >= 1 && error.location.line <= lines + 1, "\(error)")
        #expect(error.location.column >= 1, "\(error)")
        #expect(!error.message.isEmpty)
      } catch {
        Issue.record("not an ExchangeError: \(error)")
      }
    }
  }

  /// A big document with a surrogate pair or multi-byte character at
  /// every chunk boundary sooner or later, through a file, in UTF-8,
  /// UTF-16 LE and UTF-16 BE.
  @Test(arguments: ["utf8", "utf16le", "utf16be"])
  func bigFileStreamsInEveryEncoding(_ encoding: String) throws {
    var text = "<?xml version=\"1.0\"?>\n<r>\n"
    for i in 0..<30_000 { text += "<s n=\"\(i)\">😀 Qarabağ Қарабақ \(i) &lt;</s>\n" }
    text += "</r>\n"
    var bytes: [UInt8]
    switch encoding {
    case "utf16le": bytes = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    case "utf16be": bytes = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    default: bytes = Array(text.utf8)
    }
    let url = Scratch.root.appendingPathComponent("soz-big-\(UUID().uuidString).xml")
    try Data(bytes).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let r = try XMLReader(path: url.path, displayName: "big.xml")
    var count = 0
    while let e = try r.next() {
      if case .text(let t) = e {
        #expect(t == "😀 Qarabağ Қарабақ \(count) <")
        count += 1
      }
    }
    #expect(count == 30_000)
    #expect(r.location.line == 30_003)  // the last event, </r>
  }

  @Test func anOversizedTokenIsRefused() {
    let big = "<r>" + String(repeating: "Qarabağ ", count: 400_000) + "</r>"
    let r = XMLReader(string: big, file: "big.xml")
    r.maxTokenBytes = 1 << 20
    do {
      while try r.next() != nil {}
      Issue.record("a 3 MB text run was accepted with a 1 MiB limit")
    } catch {
      #expect(error.kind == .tooLarge)
      #expect(error.location.line == 1)
    }
  }

  @Test func aMissingFileIsAnIOError() {
    #expect(throws: ExchangeError.self) { try XMLReader(path: "/nonexistent/soz.tmx") }
    do {
      _ = try XMLReader(path: "/nonexistent/soz.tmx", displayName: "soz.tmx")
    } catch {
      #expect(error.kind == .io)
      #expect(error.description.hasPrefix("soz.tmx:1:1: cannot open file"))
    }
  }
}
