import Foundation
import Orthography
import Terminology

/// Writes XLIFF 2.0 (`urn:oasis:names:tc:xliff:document:2.0`), the
/// bilingual exchange format, from translation units, one at a time.
///
/// One `<file id="f1">`; each unit that has a variant in the source
/// language becomes a `<unit>` (id: the unit's id when it is a valid, not
/// yet used NMTOKEN, else `uN`) with one `<segment>`: `<source>` and, when
/// the unit has one, `<target>`. The unit's props, attributes and notes go
/// in `<notes>` before the segment: `<note category="x-prop:TYPE">`,
/// `<note category="x-attr:NAME">` (the `tuid` as `x-attr:tuid` when it
/// could not be the id) and plain `<note>`. TMX inline codes become XLIFF
/// codes (`sc`/`ec`/`ph`/`mrk`) whose native code is kept in the unit's
/// `<originalData>` (see ``inline(_:data:)``), and ``XLIFFReader`` turns
/// them back into TMX codes; the variants' own props and notes have no
/// place in XLIFF core and are not written.
public final class XLIFFWriter {
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
    xml.start(
      "xliff",
      [
        "xmlns": "urn:oasis:names:tc:xliff:document:2.0", "version": "2.0",
        "srcLang": source.rawValue, "trgLang": target.rawValue,
      ])
    xml.start("file", ["id": "f1"])
  }

  static func isNMToken(_ s: String) -> Bool {
    !s.isEmpty
      && s.unicodeScalars.allSatisfy {
        ConceptIdentifier.isNameChar($0) || $0 == ":"
      }
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
    if let tuid = unit.id {
      if Self.isNMToken(tuid) && !used.contains(tuid) {
        id = tuid
      } else {
        notes.append(("x-attr:tuid", tuid))
      }
    }
    while used.contains(id) { id += "_" }
    used.insert(id)
    for a in unit.attributes { notes.append(("x-attr:" + a.name, a.value)) }
    for p in unit.properties { notes.append(("x-prop:" + p.name, p.value)) }
    for n in unit.notes { notes.append((nil, n.value)) }
    var data: [(String, String)] = []
    let srcContent = Self.inline(src, data: &data)
    let trgVariant = unit.variant(target)
    let trgContent = trgVariant.map { Self.inline($0, data: &data) }
    xml.start("unit", ["id": id])
    if !notes.isEmpty {
      xml.start("notes")
      for (category, text) in notes {
        if let category {
          xml.element("note", ["category": category], text: text)
        } else {
          xml.element("note", text: text)
        }
      }
      xml.end()
    }
    if !data.isEmpty {
      xml.start("originalData")
      for (dataID, code) in data { xml.element("data", ["id": dataID], text: code) }
      xml.end()
    }
    xml.start("segment")
    xml.element("source", attributes: [], text: src.text, markup: srcContent)
    if let trg = trgVariant { xml.element("target", attributes: [], text: trg.text, markup: trgContent ?? nil) }
    xml.end()
    xml.end()
    written += 1
  }

  public func finish() throws(ExchangeError) {
    try xml.finish()
  }

  /// XLIFF 2.0 inline content for a variant with TMX markup (nil for plain
  /// text): `bpt`/`ept` → `sc`/`ec`, `it` → isolated `sc`/`ec`, `ph`/`ut`
  /// → `ph`, each pointing (`dataRef`) at its native code, appended to
  /// `data` for the unit's `originalData`; `hi` → `mrk`. TMX code
  /// attributes (`x`, `type`) are not carried.
  static func inline(_ v: TranslationVariant, data: inout [(String, String)]) -> String? {
    guard let markup = v.markup else { return nil }
    let reader = XMLReader(string: "<seg>" + markup + "</seg>")
    reader.reportsWhitespace = true
    var out = ""
    var marks = 0
    var phs = 0
    var isolated = 0
    do {
      _ = try reader.next()
      while let event = try reader.next() {
        switch event {
        case .text(let t), .cdata(let t):
          out += XMLWriter.escaped(t)
        case .start(let name, let attrs, _) where TMXReader.codeElements.contains(name):
          // The native code: all text inside the code element.
          let code = try reader.textOfElement()
          // An empty code (Trados writes `<bpt i="1" x="1"/>`) needs no data.
          var ref = ""
          if !code.isEmpty {
            let dataID = "d\(data.count + 1)"
            data.append((dataID, code))
            ref = " dataRef=\"\(dataID)\""
          }
          let i = attrs.first { $0.name == "i" }?.value ?? ""
          switch name {
          case "bpt": out += "<sc id=\"b\(XMLWriter.escaped(i, attribute: true))\"\(ref)/>"
          case "ept": out += "<ec startRef=\"b\(XMLWriter.escaped(i, attribute: true))\"\(ref)/>"
          case "it":
            isolated += 1
            let tag = attrs.first { $0.name == "pos" }?.value == "end" ? "ec" : "sc"
            out += "<\(tag) id=\"i\(isolated)\" isolated=\"yes\"\(ref)/>"
          default:
            phs += 1
            out += "<ph id=\"p\(phs)\"\(ref)/>"
          }
        case .start(let name, _, _) where name == "hi":
          marks += 1
          out += "<mrk id=\"m\(marks)\">"
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

  /// Writes `units` to `sink`.
  public static func write(
    units: some Sequence<TranslationUnit>, source: LanguageTag, target: LanguageTag,
    to sink: OutputSink
  ) throws(ExchangeError) {
    let w = XLIFFWriter(sink, source: source, target: target)
    for u in units { w.write(u) }
    try w.finish()
  }

  /// An XLIFF 2.0 document as a string.
  public static func string(units: [TranslationUnit], source: LanguageTag, target: LanguageTag) -> String {
    let w = XLIFFWriter(.memory, source: source, target: target)
    for u in units { w.write(u) }
    try? w.finish()
    return w.xml.string
  }
}

extension XMLReader {
  /// All text inside the element whose start tag was just read, up to and
  /// including its end tag (a TMX inline code's native code).
  func textOfElement() throws(ExchangeError) -> String {
    var text = ""
    var depth = 1
    while depth > 0, let e = try next() {
      switch e {
      case .text(let t), .cdata(let t): text += t
      case .start: depth += 1
      case .end: depth -= 1
      default: break
      }
    }
    return text
  }
}

/// A writer of one language pair's units (XLIFF 2.0 and 1.2).
public protocol BilingualUnitWriter: AnyObject {
  /// Writes one unit (skipped when it has no source-language variant).
  func write(_ unit: TranslationUnit)
  func finish() throws(ExchangeError)
  /// Units written so far.
  var written: Int { get }
}

extension XLIFFWriter: BilingualUnitWriter {}
extension XLIFF12Writer: BilingualUnitWriter {}
