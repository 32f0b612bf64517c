import Foundation
import Orthography
import Terminology

/// Writes XLIFF 1.2 (`urn:oasis:names:tc:xliff:document:1.2`), the version
/// OmegaT and Translate Toolkit read (they reject 2.x), one unit at a time.
///
/// One `<file original="soz" datatype="plaintext">` with the source and
/// target languages; each unit with a source-language variant becomes a
/// `<trans-unit>` (id: the unit's id when usable, else `uN`, the same rule
/// as ``XLIFFWriter``) with `<source>`, `<target>` when there is one, and
/// the unit's props, attributes and notes as `<note from="x-prop:TYPE">`,
/// `<note from="x-attr:NAME">` and `<note>`. TMX inline codes keep their
/// XLIFF 1.2 namesakes, native code inside: `bpt`/`ept` (paired by `id`),
/// `it` (`pos` open/close), `ph` (also for `ut`); `hi` becomes
/// `<mrk mtype="x-hi">`.
public final class XLIFF12Writer {
  private let xml: XMLWriter
  private let source: LanguageTag
  private let target: LanguageTag
  private var used: Set<String> = []
  private var count = 0
  /// Units written and units skipped (no variant in the source language).
  public private(set) var written = 0
  public private(set) var skipped = 0

  public init(_ sink: OutputSink, source: LanguageTag, target: LanguageTag) {
    self.source = source
    self.target = target
    xml = XMLWriter(sink)
    xml.declaration()
    xml.start("xliff", ["version": "1.2", "xmlns": "urn:oasis:names:tc:xliff:document:1.2"])
    xml.start(
      "file",
      [
        "original": "soz", "datatype": "plaintext", "source-language": source.rawValue,
        "target-language": target.rawValue,
      ])
    xml.start("body")
  }

  /// Writes one unit (skipped when it has no source-language variant).
  public func write(_ unit: TranslationUnit) {
    count += 1
    guard let src = unit.variant(source) else {
      skipped += 1
      return
    }
    var notes: [(String?, String)] = []
    var id = "u\(count)"
    if let tuid = unit.id, !tuid.isEmpty, !used.contains(tuid) {
      id = tuid
    } else if let tuid = unit.id {
      notes.append(("x-attr:tuid", tuid))
    }
    while used.contains(id) { id += "_" }
    used.insert(id)
    for a in unit.attributes { notes.append(("x-attr:" + a.name, a.value)) }
    for p in unit.properties { notes.append(("x-prop:" + p.name, p.value)) }
    for n in unit.notes { notes.append((nil, n.value)) }
    xml.start("trans-unit", ["id": id])
    xml.element("source", attributes: [], text: src.text, markup: Self.inline(src))
    if let trg = unit.variant(target) {
      xml.element("target", attributes: [], text: trg.text, markup: Self.inline(trg))
    }
    for (from, text) in notes {
      if let from {
        xml.element("note", ["from": from], text: text)
      } else {
        xml.element("note", text: text)
      }
    }
    xml.end()
    written += 1
  }

  public func finish() throws(ExchangeError) {
    xml.end()  // body
    xml.end()  // file
    try xml.finish()
  }

  /// XLIFF 1.2 inline content for a variant with TMX markup (nil for plain
  /// text or markup that does not parse).
  static func inline(_ v: TranslationVariant) -> String? {
    guard let markup = v.markup else { return nil }
    let reader = XMLReader(string: "<seg>" + markup + "</seg>")
    reader.reportsWhitespace = true
    var out = ""
    var codes = 0
    do {
      _ = try reader.next()
      while let event = try reader.next() {
        switch event {
        case .text(let t), .cdata(let t):
          out += XMLWriter.escaped(t)
        case .start(let name, let attrs, _) where TMXReader.codeElements.contains(name):
          let code = try reader.textOfElement()
          codes += 1
          let native = XMLWriter.escaped(code)
          let i = XMLWriter.escaped(attrs.first { $0.name == "i" }?.value ?? "\(codes)", attribute: true)
          switch name {
          case "bpt": out += "<bpt id=\"\(i)\">\(native)</bpt>"
          case "ept": out += "<ept id=\"\(i)\">\(native)</ept>"
          case "it":
            let pos = attrs.first { $0.name == "pos" }?.value == "end" ? "close" : "open"
            out += "<it id=\"i\(codes)\" pos=\"\(pos)\">\(native)</it>"
          default: out += "<ph id=\"p\(codes)\">\(native)</ph>"
          }
        case .start(let name, _, _) where name == "hi":
          out += "<mrk mtype=\"x-hi\">"
        case .end(let name) where name == "hi":
          out += "</mrk>"
        default: break
        }
      }
    } catch {
      return nil
    }
    return out
  }

  /// An XLIFF 1.2 document as a string.
  public static func string(units: [TranslationUnit], source: LanguageTag, target: LanguageTag) -> String {
    let w = XLIFF12Writer(.memory, source: source, target: target)
    for u in units { w.write(u) }
    try? w.finish()
    return w.xml.string
  }
}
