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

  /// The attributes the TMX 1.4 DTD allows on `<tu>` (besides `tuid`).
  public static let unitAttributes: Set<String> = [
    "o-encoding", "datatype", "usagecount", "lastusagedate", "creationtool",
    "creationtoolversion", "creationdate", "creationid", "changedate", "segtype", "changeid",
    "o-tmf", "srclang",
  ]

  /// The attributes the TMX 1.4 DTD allows on `<tuv>` (besides `xml:lang`).
  public static let variantAttributes: Set<String> = [
    "o-encoding", "datatype", "usagecount", "lastusagedate", "creationtool",
    "creationtoolversion", "creationdate", "creationid", "changedate", "changeid", "o-tmf",
  ]

  /// The prop type that carries an attribute TMX has no place for (an
  /// XLIFF `state`, `resname`…): `x-attr:NAME`. ``TMXReader`` turns it
  /// back into an attribute.
  public static let attributePropPrefix = "x-attr:"

  /// Splits attributes into those the DTD allows and props for the rest.
  private static func split(_ attributes: [Annotation], allowed: Set<String>)
    -> ([XMLAttribute], [Annotation])
  {
    var kept: [XMLAttribute] = []
    var props: [Annotation] = []
    for a in attributes {
      if allowed.contains(a.name) {
        kept.append(XMLAttribute(a.name, a.value))
      } else {
        props.append(Annotation(name: attributePropPrefix + a.name, value: a.value))
      }
    }
    return (kept, props)
  }

  /// Writes one `<tu>`. Attributes the DTD does not allow on `<tu>` or
  /// `<tuv>` are written as `<prop type="x-attr:NAME">`, so the file stays
  /// valid and nothing is lost.
  public func write(_ unit: TranslationUnit) {
    var attributes: [XMLAttribute] = []
    if let id = unit.id { attributes.append(XMLAttribute("tuid", id)) }
    let (kept, extra) = Self.split(unit.attributes, allowed: Self.unitAttributes)
    attributes += kept
    xml.start("tu", attributes: attributes)
    annotations(unit.notes, extra + unit.properties)
    for v in unit.variants {
      let (vKept, vExtra) = Self.split(v.attributes, allowed: Self.variantAttributes)
      xml.start("tuv", attributes: [XMLAttribute("xml:lang", v.language.rawValue)] + vKept)
      annotations(v.notes, vExtra + v.properties)
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
