import Foundation
import Orthography
import Terminology

/// Writes TMX 1.4 (`version="1.4"`, no namespace, UTF-8,
/// `<!DOCTYPE tmx SYSTEM "tmx14.dtd">`), one unit at a time.
///
/// ```swift
/// let tmx = TMXWriter(.file(handle), header: .memory(sourceLanguage: .en))
/// for unit in units { tmx.write(unit) }
/// try tmx.finish()
/// ```
///
/// The header gets the seven required attributes (missing ones are added
/// with Söz's defaults, in the DTD's order). Units are written as given:
/// `tuid`, attributes, props and notes in order (before the `<tuv>`s, as
/// the DTD requires), then each variant with its attributes, props, notes
/// and `<seg>`; a variant's ``TranslationVariant/markup`` is written as is
/// (it must be well-formed TMX content, as ``TMXReader`` produces it), else
/// its text is escaped. Language tags are written canonical (`az`, `kk`,
/// `kk-Latn`). What ``TMXReader`` reads from a file this writer wrote is
/// written back byte for byte.
public final class TMXWriter {
  private let xml: XMLWriter

  /// Starts the document: declaration, DOCTYPE, `<tmx>`, header, `<body>`.
  public init(_ sink: OutputSink, header: TMXHeader) {
    xml = XMLWriter(sink)
    xml.declaration()
    xml.doctype("tmx", system: "tmx14.dtd")
    xml.start("tmx", ["version": "1.4"])
    var attributes = header.attributes
    let defaults = TMXHeader.memory(sourceLanguage: nil).attributes
    for (i, name) in TMXHeader.requiredAttributes.enumerated()
    where !attributes.contains(where: { $0.name == name }) {
      attributes.insert(defaults[i], at: min(i, attributes.count))
    }
    let xmlAttributes = attributes.map { XMLAttribute($0.name, $0.value) }
    if header.properties.isEmpty && header.notes.isEmpty {
      xml.element("header", attributes: xmlAttributes, text: nil)
    } else {
      xml.start("header", attributes: xmlAttributes)
      annotations(header.notes, header.properties)
      xml.end()
    }
    xml.start("body")
  }

  private func annotations(_ notes: [Annotation], _ properties: [Annotation]) {
    for p in properties {
      var a = [XMLAttribute("type", p.name)]
      if let l = p.language { a.append(XMLAttribute("xml:lang", l)) }
      xml.element("prop", attributes: a, text: p.value)
    }
    for n in notes {
      xml.element(
        "note", attributes: n.language.map { [XMLAttribute("xml:lang", $0)] } ?? [], text: n.value)
    }
  }

  /// Writes one `<tu>`.
  public func write(_ unit: TranslationUnit) {
    var attributes: [XMLAttribute] = []
    if let id = unit.id { attributes.append(XMLAttribute("tuid", id)) }
    for a in unit.attributes { attributes.append(XMLAttribute(a.name, a.value)) }
    xml.start("tu", attributes: attributes)
    annotations(unit.notes, unit.properties)
    for v in unit.variants {
      var va = [XMLAttribute("xml:lang", v.language.rawValue)]
      for a in v.attributes { va.append(XMLAttribute(a.name, a.value)) }
      xml.start("tuv", attributes: va)
      annotations(v.notes, v.properties)
      xml.element("seg", attributes: [], text: v.text, markup: v.markup)
      xml.end()
    }
    xml.end()
  }

  /// Closes the document and flushes.
  /// - Throws: ``ExchangeError`` (`io`) when writing failed.
  public func finish() throws(ExchangeError) {
    try xml.finish()
  }

  /// A whole TMX document as a string.
  public static func string(header: TMXHeader, units: [TranslationUnit]) -> String {
    let w = TMXWriter(.memory, header: header)
    for u in units { w.write(u) }
    try? w.finish()
    return w.xml.string
  }

  /// Writes `units` to `sink` (the memory-store export entry point).
  public static func write(
    units: some Sequence<TranslationUnit>, header: TMXHeader, to sink: OutputSink
  ) throws(ExchangeError) {
    let w = TMXWriter(sink, header: header)
    for u in units { w.write(u) }
    try w.finish()
  }
}
