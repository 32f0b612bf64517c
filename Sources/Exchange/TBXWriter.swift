import Foundation
import Orthography
import Terminology

/// The two TBX flavours Söz writes.
public enum TBXVersion: String, Sendable, CaseIterable {
  /// TBX v3, ISO 30042:2019: `<tbx type="TBX-Basic" style="dca">` in
  /// namespace `urn:iso:std:iso:30042:ed-2`, `conceptEntry/langSec/termSec`.
  case v3
  /// TBX v2 `martif` (ISO 30042:2008), no namespace,
  /// `termEntry/langSet/tig`: what OmegaT and Translate Toolkit read.
  case v2
}

/// Writes a glossary as TBX (TBX-Basic, DCA style).
///
/// Mapping (see Documentation/Interchange.md):
/// - concept → `conceptEntry` (v3) / `termEntry` (v2) with the concept id
///   as an XML id (``ConceptIdentifier``);
/// - kind → `<descrip type="subjectField">`; the concept note → `<note>`;
/// - forms grouped by language (first appearance order) → `langSec`/`langSet`,
///   one `termSec`/`tig` per form in the concept's order;
/// - status → `<termNote type="administrativeStatus">`:
///   `preferredTerm-admn-sts`, `admittedTerm-admn-sts`,
///   `deprecatedTerm-admn-sts`; a forbidden form is
///   `deprecatedTerm-admn-sts` (TBX-Basic has no stronger value) plus
///   `<note>x-soz-status: forbidden</note>`, and its explicit replacement
///   `<note>x-soz-replacement: …</note>`, so Söz reads it back exactly.
public enum TBXWriter {
  /// The `administrativeStatus` value for a status.
  public static func administrativeStatus(_ status: FormStatus) -> String {
    switch status {
    case .preferred: return "preferredTerm-admn-sts"
    case .admitted: return "admittedTerm-admn-sts"
    case .deprecated, .forbidden: return "deprecatedTerm-admn-sts"
    }
  }

  static let statusNote = "x-soz-status: "
  static let replacementNote = "x-soz-replacement: "

  /// Writes `glossary` to `sink`; concepts with no form in `languages`
  /// are left out.
  public static func write(
    _ glossary: Glossary, version: TBXVersion, languages: Set<LanguageTag>? = nil,
    to sink: OutputSink
  ) throws(ExchangeError) {
    let w = XMLWriter(sink)
    write(glossary, version: version, languages: languages, to: w)
    try w.finish()
  }

  /// The TBX document as a string.
  public static func string(
    _ glossary: Glossary, version: TBXVersion, languages: Set<LanguageTag>? = nil
  ) -> String {
    let w = XMLWriter(.memory)
    write(glossary, version: version, languages: languages, to: w)
    try? w.finish()
    return w.string
  }

  static func write(
    _ glossary: Glossary, version: TBXVersion, languages: Set<LanguageTag>?, to w: XMLWriter
  ) {
    let v3 = version == .v3
    w.declaration()
    if v3 {
      w.start(
        "tbx",
        [
          "type": "TBX-Basic", "style": "dca", "xml:lang": "en",
          "xmlns": "urn:iso:std:iso:30042:ed-2",
        ])
      w.start("tbxHeader")
    } else {
      w.start("martif", ["type": "TBX", "xml:lang": "en"])
      w.start("martifHeader")
    }
    w.start("fileDesc")
    w.start("sourceDesc")
    w.element("p", text: "Söz \(Exchange.version) glossary export")
    w.end()
    w.end()
    w.end()
    w.start("text")
    let entries = glossary.concepts.compactMap { c -> (Concept, [Form])? in
      let forms = c.forms.filter { languages?.contains($0.language) ?? true }
      return forms.isEmpty ? nil : (c, forms)
    }
    // TBX v3 allows a text without body (a body needs an entry); TBX v2
    // requires a body with an entry, so an empty v2 export is refused
    // upstream (``isEmpty(_:languages:)``).
    if !entries.isEmpty || !v3 { w.start("body") }
    for (concept, forms) in entries {
      w.start(v3 ? "conceptEntry" : "termEntry", ["id": ConceptIdentifier.xmlID(for: concept.id)])
      w.element("descrip", ["type": "subjectField"], text: concept.kind.rawValue)
      if let note = concept.note { w.element("note", text: note) }
      var order: [LanguageTag] = []
      for f in forms where !order.contains(f.language) { order.append(f.language) }
      for lang in order {
        w.start(v3 ? "langSec" : "langSet", ["xml:lang": lang.rawValue])
        for f in forms where f.language == lang {
          w.start(v3 ? "termSec" : "tig")
          w.element("term", text: f.text)
          w.element(
            "termNote", ["type": "administrativeStatus"], text: administrativeStatus(f.status))
          if f.status == .forbidden { w.element("note", text: statusNote + "forbidden") }
          if let r = f.replacement { w.element("note", text: replacementNote + r) }
          w.end()
        }
        w.end()
      }
      w.end()
    }
    if !entries.isEmpty || !v3 { w.end() }
    w.end()
    w.end()
  }

  /// Whether no concept has a form in `languages` (a TBX v2 file cannot
  /// be empty and stay valid).
  public static func isEmpty(_ glossary: Glossary, languages: Set<LanguageTag>?) -> Bool {
    !glossary.concepts.contains { c in c.forms.contains { languages?.contains($0.language) ?? true } }
  }
}
