import Foundation
import Orthography
import Terminology

/// A glossary as TMX: one `<tu>` per concept, one `<tuv>` per form.
///
/// Mapping (see Documentation/Interchange.md):
/// - `tu/@tuid` = concept id; `<prop type="x-kind">` = kind; `<note>` =
///   the concept's note (both before the `<tuv>`s, as the DTD requires);
/// - each form is a `<tuv xml:lang="…">` in the concept's form order, with
///   `<prop type="x-status">` (preferred, admitted, deprecated, forbidden)
///   and, for a forbidden form with an explicit replacement,
///   `<prop type="x-replacement">`, before its `<seg>`;
/// - header: `segtype="phrase"`, `srclang="*all*"`, `o-tmf="soz-glossary"`.
///
/// Read back, a `<tuv>` without `x-status` takes the `<tu>`'s `x-status`
/// prop, else is preferred when it is the first of its language and
/// admitted otherwise; a `<tu>` without `tuid` gets the id `tu-N`.
public enum GlossaryTMX {
  /// The translation unit of one concept (forms limited to `languages`
  /// when given).
  public static func unit(for concept: Concept, languages: Set<LanguageTag>? = nil)
    -> TranslationUnit
  {
    var unit = TranslationUnit(id: concept.id)
    unit.properties.append(Annotation(name: "x-kind", value: concept.kind.rawValue))
    if let note = concept.note { unit.notes.append(Annotation(name: "", value: note)) }
    for form in concept.forms where languages?.contains(form.language) ?? true {
      var properties = [Annotation(name: "x-status", value: form.status.rawValue)]
      if let r = form.replacement { properties.append(Annotation(name: "x-replacement", value: r)) }
      unit.variants.append(
        TranslationVariant(language: form.language, text: form.text, properties: properties))
    }
    return unit
  }

  /// Writes `glossary` as glossary TMX to `sink`. Concepts with no form in
  /// `languages` are left out.
  public static func write(
    _ glossary: Glossary, languages: Set<LanguageTag>? = nil, to sink: OutputSink
  ) throws(ExchangeError) {
    let w = TMXWriter(sink, header: .glossary())
    for c in glossary.concepts {
      let u = unit(for: c, languages: languages)
      if !u.variants.isEmpty { w.write(u) }
    }
    try w.finish()
  }

  /// The glossary TMX document as a string.
  public static func string(_ glossary: Glossary, languages: Set<LanguageTag>? = nil) -> String {
    let units = glossary.concepts.map { unit(for: $0, languages: languages) }
      .filter { !$0.variants.isEmpty }
    return TMXWriter.string(header: .glossary(), units: units)
  }

  /// The concept a translation unit describes.
  public static func concept(from unit: TranslationUnit, index: Int) throws(ExchangeError) -> Concept {
    let location = unit.location ?? SourceLocation(file: "<tmx>", line: 1)
    let kindText = unit.properties.first { $0.name == "x-kind" }?.value
    var kind = ConceptKind.term
    if let kindText {
      guard let k = ConceptKind(rawValue: kindText.lowercased()) else {
        throw ExchangeError(.invalidContent, "unknown x-kind '\(kindText)'", at: location)
      }
      kind = k
    }
    let unitStatus = unit.properties.first { $0.name == "x-status" }?.value
    var concept = Concept(
      id: unit.id ?? "tu-\(index + 1)", kind: kind, note: unit.notes.first?.value,
      location: location)
    var seen: Set<LanguageTag> = []
    for v in unit.variants {
      let statusText = v.properties.first { $0.name == "x-status" }?.value ?? unitStatus
      var status: FormStatus = seen.contains(v.language) ? .admitted : .preferred
      if let statusText {
        guard let s = FormStatus(rawValue: statusText.lowercased()) else {
          throw ExchangeError(.invalidContent, "unknown x-status '\(statusText)'", at: location)
        }
        status = s
      }
      seen.insert(v.language)
      concept.forms.append(
        Form(
          text: v.text, language: v.language, status: status,
          replacement: v.properties.first { $0.name == "x-replacement" }?.value,
          location: location))
    }
    return concept
  }

  /// Reads a glossary TMX file.
  public static func read(path: String, displayName: String? = nil) throws(ExchangeError) -> Glossary {
    try read(TMXReader(path: path, displayName: displayName))
  }

  /// Reads glossary TMX text.
  public static func read(string: String, file: String = "<string>") throws(ExchangeError) -> Glossary {
    try read(TMXReader(string: string, file: file))
  }

  static func read(_ reader: TMXReader) throws(ExchangeError) -> Glossary {
    var concepts: [Concept] = []
    while let unit = try reader.next() {
      concepts.append(try concept(from: unit, index: concepts.count))
    }
    return Glossary(concepts: concepts)
  }
}
