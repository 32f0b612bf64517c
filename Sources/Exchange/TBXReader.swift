import Foundation
import Orthography
import Terminology

/// Reads TBX glossaries: v3 (`<tbx>`, ISO 30042:2019, DCA or DCT style)
/// and v2 (`<martif>`), detected from the root element, one entry at a
/// time.
///
/// - `conceptEntry`/`termEntry` → a concept (id decoded by
///   ``ConceptIdentifier``);
/// - `descrip type="subjectField"` naming a Söz kind → the kind; other
///   entry-level `descrip`s (definition, another subject field) and
///   `note`s → the concept note, in order, joined by blank lines;
/// - `langSec`/`langSet` → the language (normalized); each
///   `termSec`/`tig`/`ntig` → a form;
/// - `administrativeStatus` (a `termNote` in DCA, an element in DCT; also
///   `normativeAuthorization`): preferred/admitted/deprecated, superseded →
///   deprecated; Söz's `x-soz-status`/`x-soz-replacement` notes restore a
///   forbidden form and its replacement. A term without a status is
///   preferred when first in its language, else admitted.
/// - Whatever else a term entry says (its notes, other term notes such as
///   `partOfSpeech`, `descrip`, `admin`, transactions with their dates) is
///   appended to the concept note as `Term (lang): type: value` lines, since
///   Söz's forms have no place for it.
public enum TBXReader {
  /// Reads a TBX file.
  public static func read(path: String, displayName: String? = nil) throws(ExchangeError) -> Glossary {
    try read(XMLReader(path: path, displayName: displayName))
  }

  /// Reads TBX text.
  public static func read(string: String, file: String = "<string>") throws(ExchangeError) -> Glossary {
    try read(XMLReader(string: string, file: file))
  }

  /// Reads TBX bytes (any encoding the XML reader detects).
  public static func read(bytes: [UInt8], file: String) throws(ExchangeError) -> Glossary {
    try read(XMLReader(bytes: bytes, file: file))
  }

  /// The TBX version of a document, from its root element; nil when it
  /// is not TBX.
  public static func version(ofRoot name: String) -> TBXVersion? {
    switch XMLReader.localName(name) {
    case "tbx": return .v3
    case "martif": return .v2
    default: return nil
    }
  }

  static func read(_ xml: XMLReader) throws(ExchangeError) -> Glossary {
    guard case .start(let root, _, _)? = try xml.next() else {
      throw ExchangeError(.invalidContent, "not a TBX file (no root element)", at: xml.location)
    }
    guard version(ofRoot: root) != nil else {
      throw ExchangeError(
        .invalidContent, "not a TBX file (the root element is <\(root)>, expected <tbx> or <martif>)",
        at: xml.location)
    }
    var concepts: [Concept] = []
    var languages: [String: LanguageTag] = [:]
    while let event = try xml.next() {
      guard case .start(let name, let attrs, let isEmpty) = event else { continue }
      let local = XMLReader.localName(name)
      guard local == "conceptEntry" || local == "termEntry" else { continue }
      let node = try XMLNode.read(xml, name: name, attributes: attrs, isEmpty: isEmpty)
      concepts.append(try concept(node, index: concepts.count, languages: &languages))
    }
    return Glossary(concepts: concepts)
  }

  static func status(_ value: String) -> FormStatus? {
    let v = value.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    if v.hasPrefix("preferred") { return .preferred }
    if v.hasPrefix("admitted") || v.hasPrefix("permitted") { return .admitted }
    if v.hasPrefix("deprecated") || v.hasPrefix("superseded") || v.hasPrefix("obsolete") {
      return .deprecated
    }
    if v.hasPrefix("forbidden") || v.hasPrefix("notrecommended") { return .forbidden }
    return nil
  }

  static func concept(
    _ node: XMLNode, index: Int, languages: inout [String: LanguageTag]
  ) throws(ExchangeError) -> Concept {
    let id = node.attribute("id").map(ConceptIdentifier.conceptID(for:)) ?? "entry-\(index + 1)"
    var concept = Concept(id: id, kind: .term, location: node.location)
    var notes: [String] = []
    for child in node.children {
      switch child.localName {
      case "descrip", "subjectField", "definition":
        let type = child.attribute("type") ?? child.localName
        let value = child.allText
        if type == "subjectField", let kind = ConceptKind(rawValue: value) {
          concept.kind = kind
        } else {
          notes.append("\(type): \(value)")
        }
      case "note":
        notes.append(child.allText)
      case "langSec", "langSet":
        guard let langText = child.attribute("xml:lang") else {
          throw ExchangeError(.invalidContent, "<\(child.name)> without xml:lang", at: child.location)
        }
        let lang: LanguageTag
        if let known = languages[langText] {
          lang = known
        } else {
          guard let parsed = LanguageTag(langText) else {
            throw ExchangeError(
              .invalidContent, "invalid language tag '\(langText)'", at: child.location)
          }
          languages[langText] = parsed
          lang = parsed
        }
        var first = true
        for term in child.children where ["termSec", "tig", "ntig"].contains(term.localName) {
          let (f, details) = try form(term, language: lang, first: first)
          concept.forms.append(f)
          notes += details.map { "\(f.text) (\(lang)): \($0)" }
          first = false
        }
      default: break
      }
    }
    if !notes.isEmpty { concept.note = notes.joined(separator: "\n\n") }
    return concept
  }

  /// A form, and what else its entry says (notes, other term notes,
  /// descriptions, transactions) as `type: value` lines for the concept
  /// note, so nothing a foreign file states is silently dropped.
  static func form(_ node: XMLNode, language: LanguageTag, first: Bool) throws(ExchangeError)
    -> (Form, [String])
  {
    // ntig wraps term and termNotes in termGrp.
    let group = node.child("termGrp") ?? node
    guard let term = group.child("term") else {
      throw ExchangeError(.invalidContent, "<\(node.name)> without <term>", at: node.location)
    }
    var status: FormStatus?
    var replacement: String?
    var details: [String] = []
    var items = group.children
    if group.localName == "termGrp" { items += node.children }
    for item in items {
      switch item.localName {
      case "termNote":
        let type = item.attribute("type")
        if type == "administrativeStatus" || type == "normativeAuthorization",
          let parsed = Self.status(item.allText)
        {
          status = status ?? parsed
        } else {
          details.append("\(type ?? "termNote"): \(item.allText)")
        }
      case "administrativeStatus", "normativeAuthorization":
        status = status ?? Self.status(item.allText)
      case "note":
        let text = item.allText
        if text.hasPrefix(TBXWriter.statusNote),
          let s = FormStatus(rawValue: String(text.dropFirst(TBXWriter.statusNote.count)))
        {
          status = s
        } else if text.hasPrefix(TBXWriter.replacementNote) {
          replacement = String(text.dropFirst(TBXWriter.replacementNote.count))
        } else {
          details.append(text)
        }
      case "descrip", "admin":
        details.append("\(item.attribute("type") ?? item.localName): \(item.allText)")
      case "transacGrp":
        let what = item.child("transac")?.allText ?? "transaction"
        let parts = [item.child("date")?.allText, item.child("transacNote")?.allText].compactMap { $0 }
        details.append(([what] + parts).joined(separator: " "))
      default: break
      }
    }
    let form = Form(
      text: term.allText, language: language, status: status ?? (first ? .preferred : .admitted),
      replacement: replacement, location: term.location)
    return (form, details)
  }
}
