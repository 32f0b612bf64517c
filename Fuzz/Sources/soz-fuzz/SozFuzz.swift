import Exchange
import Foundation
import LanguageServerProtocol
import Linting
import SozCore
import Terminology

/// libFuzzer targets for every reader Söz points at hostile input.
///
/// Built only by `Scripts/fuzz` (with `SOZ_FUZZ=1`, coverage and
/// AddressSanitizer, in `.build-fuzz`): `soz-fuzz TARGET [libFuzzer
/// options] [corpus…]`. A target takes bytes and must return (throwing is
/// fine: a clear error is the expected answer to garbage); a crash, a
/// sanitizer report, a leak or a timeout is a bug.
///
/// SwiftPM gives an executable its own entry point, so libFuzzer's `main`
/// is not linked (`fuzzer_no_main`); `LLVMFuzzerRunDriver` runs the loop.
@main
struct SozFuzz {
  /// Target name → what it runs on one input.
  nonisolated(unsafe) static var targets: [String: ([UInt8]) -> Void] = [
    "xml": { bytes in
      let reader = XMLReader(bytes: bytes, file: "fuzz.xml")
      while (try? reader.next()) != nil {}
    },
    "tmx": { bytes in
      guard let reader = try? TMXReader(xml: XMLReader(bytes: bytes, file: "fuzz.tmx")) else { return }
      while (try? reader.next()) != nil {}
    },
    "tbx": { bytes in _ = try? TBXReader.read(bytes: bytes, file: "fuzz.tbx") },
    "xliff": { bytes in
      guard let reader = try? XLIFFReader(xml: XMLReader(bytes: bytes, file: "fuzz.xlf")) else { return }
      while (try? reader.next()) != nil {}
    },
    "table": { bytes in
      _ = try? GlossaryTableReader.read(Data(bytes), file: "fuzz.csv")
      _ = try? GlossaryTableReader.read(Data(bytes), file: "fuzz.tsv")
    },
    "yaml": { bytes in
      guard let text = String(validating: bytes, as: UTF8.self) else { return }
      _ = try? GlossaryYAMLReader.read(text, file: "fuzz.yaml")
    },
    "settings": { bytes in
      guard let text = String(validating: bytes, as: UTF8.self) else { return }
      _ = try? LintSettings.parse(text, url: URL(fileURLWithPath: "/fuzz/.soz.yaml"))
    },
    "document": { bytes in
      // The lint path on a hostile article: decoding, masking, tokenizing,
      // matching against a small glossary and fixing. The first byte
      // picks the format (plain, Markdown, HTML), so each execution runs
      // one path and the fuzzer steers between them.
      guard let first = bytes.first else { return }
      let formats = Document.Format.allCases
      let format = formats[Int(first) % formats.count]
      guard let text = try? GlossaryTableReader.decodeUTF8(Data(bytes.dropFirst()), file: "fuzz.md") else { return }
      let doc = Document(path: "fuzz", text: text, format: format)
      let findings = linter.lint([doc], configuration: LintConfiguration(language: nil))
      _ = Fixer.apply(findings, to: doc.text)
    },
    "parts": { bytes in
      // A text read a part at a time (tiny parts, so every input is cut
      // many times, in lines and inside them): the parts, less their
      // overlaps, must be the text linted whole, and linting them must not
      // trap. The first byte picks the part size.
      guard let first = bytes.first else { return }
      let data = Data(bytes.dropFirst())
      var parts = TextParts(path: "fuzz.txt", partBytes: 48 + Int(first), overlap: 8, read: TextParts.reader(data))
      var rebuilt: [Character] = []
      var documents: [Document] = []
      do {
        while let part = try parts.nextPart() {
          let skip = rebuilt.count - part.origin.offset
          precondition(skip >= 0 && skip <= part.text.count, "part \(part.origin.part) starts after the text read")
          rebuilt += part.text.dropFirst(skip)
          documents.append(part)
        }
      } catch {
        return  // not UTF-8: an error naming the place is the answer
      }
      let whole = Document(path: "fuzz.txt", text: String(decoding: data, as: UTF8.self))
      // Scalar for scalar (String's == is canonical equivalence), and as
      // many Characters (offsets count them).
      precondition(
        rebuilt.count == whole.text.count
          && Array(String(rebuilt).unicodeScalars) == Array(whole.text.unicodeScalars),
        "the parts do not rebuild the text")
      var pass = LintPass()
      linter.lint(documents, into: &pass, configuration: LintConfiguration(language: .en))
      _ = linter.finish(pass, configuration: LintConfiguration(language: .en))
      // Read as Markdown and as HTML, cut only where no markup is open:
      // the parts' texts and their prose are the whole file's.
      for format in [Document.Format.markdown, .html] {
        var parts = TextParts(path: "fuzz", partBytes: 48 + Int(first), overlap: 8, read: TextParts.reader(data))
        var text: [Unicode.Scalar] = []
        var prose: [Unicode.Scalar] = []
        while let part = try? parts.nextPart(format: format) {
          text += part.text.unicodeScalars
          prose += part.prose.unicodeScalars
        }
        let whole = Document(path: "fuzz", text: String(decoding: data, as: UTF8.self), format: format)
        precondition(text == Array(whole.text.unicodeScalars), "the \(format) parts do not rebuild the text")
        precondition(prose == Array(whole.prose.unicodeScalars), "the \(format) parts' prose is not the file's")
      }
    },
    "lsp": { bytes in
      // The language server's input path: framing (the bytes arriving in
      // two reads), JSON-RPC decoding, the params of document changes
      // applied to an open document, and each message encoded back.
      var framer = MessageFramer()
      framer.maximumLength = 1 << 20
      let half = bytes.count / 2
      var document = TextDocument(uri: "file:///fuzz.md", languageId: "markdown", version: 0, text: "Naxçıvan\r\nQarabağ 😀\n")
      for part in [bytes[..<half], bytes[half...]] {
        framer.append(Data(part))
        while let frame = framer.next() {
          guard case .body(let body) = frame, let message = try? Message.decode(body) else { continue }
          _ = message.encoded()
          let params: JSONValue?
          switch message {
          case .request(_, _, let p), .notification(_, let p): params = p
          case .response: params = nil
          }
          if let change = try? params?.decode(DidChangeTextDocumentParams.self) {
            for c in change.contentChanges { document.apply(c) }
            _ = document.offset(of: Position(line: 1, character: 3))
          }
        }
      }
    },
    "batch": { bytes in
      // A batch lookup's body as the server gets it (JSON and lines).
      guard let text = String(validating: bytes, as: UTF8.self) else { return }
      _ = try? BatchQueries.decode(text, json: true)
      _ = try? BatchQueries.decode(text, json: false)
    },
  ]

  static let linter = Linter(
    glossary: Glossary(concepts: [
      Concept(
        id: "nakhchivan", kind: .place,
        forms: [
          Form(text: "Nakhchivan", language: .en, status: .preferred),
          Form(text: "Nakhichevan", language: .en, status: .deprecated),
          Form(text: "Naxçıvan", language: .az, status: .preferred),
          Form(text: "Нахчыван", language: .kk, status: .preferred),
        ]),
      Concept(
        id: "ots", kind: .organization,
        forms: [
          Form(text: "Organization of Turkic States", language: .en, status: .preferred),
          Form(text: "OTS", language: .en, status: .admitted),
          Form(text: "Türk Dövlətləri Təşkilatı", language: .az, status: .preferred),
        ]),
    ]))

  nonisolated(unsafe) static var selected: ([UInt8]) -> Void = { _ in }

  static func main() {
    var arguments = CommandLine.arguments
    guard arguments.count >= 2, let target = targets[arguments[1]] else {
      let names = targets.keys.sorted().joined(separator: ", ")
      FileHandle.standardError.write(Data("usage: soz-fuzz TARGET [libFuzzer options] [corpus...]\ntargets: \(names)\n".utf8))
      exit(64)
    }
    selected = target
    arguments.remove(at: 1)
    // libFuzzer wants a C argv it may keep.
    var argc = CInt(arguments.count)
    var cStrings: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    let status = cStrings.withUnsafeMutableBufferPointer { buffer -> CInt in
      var argv = buffer.baseAddress!
      return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        SozFuzz.selected(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
        return 0
      }
    }
    exit(status)
  }
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
