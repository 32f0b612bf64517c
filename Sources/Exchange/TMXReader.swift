import Foundation
import Orthography
import Terminology

/// The `<tmx>` version and `<header>` of a TMX file.
public struct TMXHeader: Hashable, Sendable {
  /// `tmx/@version` (`1.4`, `1.1`…).
  public var version: String
  /// The header's attributes, in order (`creationtool`, `srclang`…).
  public var attributes: [Annotation]
  public var properties: [Annotation]
  public var notes: [Annotation]

  public init(
    version: String = "1.4", attributes: [Annotation] = [], properties: [Annotation] = [],
    notes: [Annotation] = []
  ) {
    self.version = version
    self.attributes = attributes
    self.properties = properties
    self.notes = notes
  }

  /// The value of the header attribute `name`.
  public func attribute(_ name: String) -> String? {
    attributes.first { $0.name == name }?.value
  }

  /// `srclang`, normalized (nil for `*all*` or when absent).
  public var sourceLanguage: LanguageTag? {
    guard let s = attribute("srclang"), s != "*all*" else { return nil }
    return LanguageTag(s)
  }

  /// The seven attributes TMX 1.4 requires, in the DTD's order.
  public static let requiredAttributes = [
    "creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype",
  ]

  /// A header for a translation memory export (`segtype="sentence"`).
  public static func memory(sourceLanguage: LanguageTag?, toolVersion: String = Exchange.version)
    -> TMXHeader
  {
    TMXHeader(attributes: [
      Annotation(name: "creationtool", value: "Söz"),
      Annotation(name: "creationtoolversion", value: toolVersion),
      Annotation(name: "segtype", value: "sentence"),
      Annotation(name: "o-tmf", value: "soz"),
      Annotation(name: "adminlang", value: "en"),
      Annotation(name: "srclang", value: sourceLanguage?.rawValue ?? "*all*"),
      Annotation(name: "datatype", value: "plaintext"),
    ])
  }

  /// A header for a glossary export (`segtype="phrase"`, `srclang="*all*"`).
  public static func glossary(toolVersion: String = Exchange.version) -> TMXHeader {
    var h = memory(sourceLanguage: nil, toolVersion: toolVersion)
    h.attributes[2].value = "phrase"
    h.attributes[3].value = "soz-glossary"
    return h
  }
}

/// Söz's version as written into exported files.
public enum Exchange {
  public static let version = "0.1.0"
}

/// Reads TMX 1.1–1.4 one translation unit at a time, so an importer
/// streams a file of any size.
///
/// ```swift
/// let tmx = try TMXReader(path: "memory.tmx")
/// print(tmx.header.sourceLanguage as Any)
/// while let unit = try tmx.next() { … }
/// ```
///
/// Everything a `<tu>` carries is kept: `tuid`, every attribute (dates,
/// authors, `srclang`, `usagecount`…), `<prop>` and `<note>` in order, and
/// for each `<tuv>` its attributes, props, notes and segment. Inline markup
/// in `<seg>` (`bpt ept it ph hi ut sub`) is kept in ``TranslationVariant/markup``
/// (re-serialized: attributes in order, escaping normalized) and removed
/// from ``TranslationVariant/text`` (the text of `hi` stays; native code
/// inside `bpt ept it ph ut` goes). Language tags (`xml:lang`, or `lang`
/// in TMX 1.1) are normalized through ``LanguageTag`` (case, `_` → `-`,
/// `kk-Cyrl` → `kk`, `az-Latn` → `az`).
public final class TMXReader {
  /// The header, read when the reader was created.
  public private(set) var header = TMXHeader()
  private let xml: XMLReader
  private var languages: [String: LanguageTag] = [:]
  private var done = false

  /// Opens `path` and reads up to the first unit.
  /// - Throws: ``ExchangeError`` for an unreadable, malformed or non-TMX file.
  public convenience init(path: String, displayName: String? = nil) throws(ExchangeError) {
    try self.init(xml: XMLReader(path: path, displayName: displayName))
  }

  /// Reads from an XML reader (positioned at the start of the document).
  public init(xml: XMLReader) throws(ExchangeError) {
    self.xml = xml
    try readHeader()
  }

  /// How far through the file the reader is, 0…1.
  public var progress: Double { xml.progress }

  /// Reads TMX text (tests, small files).
  public convenience init(string: String, file: String = "<string>") throws(ExchangeError) {
    try self.init(xml: XMLReader(string: string, file: file))
  }

  /// Reads a whole file: its header and every unit.
  public static func read(path: String, displayName: String? = nil) throws(ExchangeError)
    -> (header: TMXHeader, units: [TranslationUnit])
  {
    let reader = try TMXReader(path: path, displayName: displayName)
    var units: [TranslationUnit] = []
    while let u = try reader.next() { units.append(u) }
    return (reader.header, units)
  }

  private func fail(_ message: String, at location: SourceLocation? = nil) -> ExchangeError {
    ExchangeError(.invalidContent, message, at: location ?? xml.location)
  }

  private func readHeader() throws(ExchangeError) {
    guard case .start(let root, let attributes, _)? = try xml.next() else {
      throw fail("not a TMX file (no root element)")
    }
    guard XMLReader.localName(root) == "tmx" else {
      throw fail("not a TMX file (the root element is <\(root)>, expected <tmx>)")
    }
    header.version = attributes.first { $0.name == "version" }?.value ?? ""
    while let event = try xml.next() {
      switch event {
      case .start(let name, let attrs, _) where name == "header":
        header.attributes = attrs.map { Annotation(name: $0.name, value: $0.value) }
        var properties: [Annotation] = []
        var notes: [Annotation] = []
        try readAnnotations(until: "header", properties: &properties, notes: &notes)
        header.properties = properties
        header.notes = notes
      case .start(let name, _, _) where name == "body":
        return
      case .start(let name, _, _):
        throw fail("unexpected <\(name)> in <tmx> (expected <header> and <body>)")
      case .end:
        done = true
        return
      default: break
      }
    }
  }

  /// Reads `<prop>` and `<note>` children until `</element>` (other
  /// children, such as `<ude>`, are skipped).
  private func readAnnotations(
    until element: String, properties: inout [Annotation], notes: inout [Annotation]
  ) throws(ExchangeError) {
    while let event = try xml.next() {
      switch event {
      case .start(let name, let attrs, _) where name == "prop" || name == "note":
        let text = try readText()
        let lang = attrs.first { $0.name == "xml:lang" }?.value
        if name == "prop" {
          let type = attrs.first { $0.name == "type" }?.value ?? ""
          properties.append(Annotation(name: type, value: text, language: lang))
        } else {
          notes.append(Annotation(name: "", value: text, language: lang))
        }
      case .start:
        try skipElement()
      case .end(let name) where name == element:
        return
      default: break
      }
    }
  }

  /// The text content of the element just started (nested tags dropped).
  private func readText() throws(ExchangeError) -> String {
    var text = ""
    var depth = 1
    xml.reportsWhitespace = true
    defer { xml.reportsWhitespace = false }
    while let event = try xml.next() {
      switch event {
      case .text(let t), .cdata(let t): text += t
      case .start: depth += 1
      case .end:
        depth -= 1
        if depth == 0 { return text }
      default: break
      }
    }
    return text
  }

  private func skipElement() throws(ExchangeError) {
    var depth = 1
    while let event = try xml.next() {
      switch event {
      case .start: depth += 1
      case .end:
        depth -= 1
        if depth == 0 { return }
      default: break
      }
    }
  }

  /// The next translation unit, or nil after the last.
  /// - Throws: ``ExchangeError`` with the location of the first problem.
  public func next() throws(ExchangeError) -> TranslationUnit? {
    if done { return nil }
    while let event = try xml.next() {
      switch event {
      case .start(let name, let attrs, _) where name == "tu":
        return try readUnit(attrs)
      case .start:
        try skipElement()
      case .end(let name) where name == "body":
        // Drain to the end of the document so a truncated file is an error.
        while try xml.next() != nil {}
        done = true
        return nil
      default: break
      }
    }
    done = true
    return nil
  }

  /// Calls `body` with every remaining unit.
  public func forEach(_ body: (TranslationUnit) throws -> Void) throws {
    while let unit = try next() { try body(unit) }
  }

  private func readUnit(_ attrs: [XMLAttribute]) throws(ExchangeError) -> TranslationUnit {
    var unit = TranslationUnit(location: xml.location)
    for a in attrs {
      if a.name == "tuid" {
        unit.id = a.value
      } else {
        unit.attributes.append(Annotation(name: a.name, value: a.value))
      }
    }
    while let event = try xml.next() {
      switch event {
      case .start(let name, let a, _) where name == "prop" || name == "note":
        let text = try readText()
        let lang = a.first { $0.name == "xml:lang" }?.value
        if name == "prop" {
          let type = a.first { $0.name == "type" }?.value ?? ""
          if type.hasPrefix(TMXWriter.attributePropPrefix) {
            unit.attributes.append(
              Annotation(name: String(type.dropFirst(TMXWriter.attributePropPrefix.count)), value: text))
          } else {
            unit.properties.append(Annotation(name: type, value: text, language: lang))
          }
        } else {
          unit.notes.append(Annotation(name: "", value: text, language: lang))
        }
      case .start(let name, let a, _) where name == "tuv":
        unit.variants.append(try readVariant(a))
      case .start:
        try skipElement()
      case .end:
        return unit
      default: break
      }
    }
    return unit
  }

  private func language(_ text: String) throws(ExchangeError) -> LanguageTag {
    if let known = languages[text] { return known }
    guard let tag = LanguageTag(text) else {
      throw fail("invalid language tag '\(text)'")
    }
    languages[text] = tag
    return tag
  }

  private func readVariant(_ attrs: [XMLAttribute]) throws(ExchangeError) -> TranslationVariant {
    let at = xml.location
    var lang: LanguageTag?
    var attributes: [Annotation] = []
    for a in attrs {
      if a.name == "xml:lang" || (a.name == "lang" && lang == nil) {
        lang = try language(a.value)
      } else {
        attributes.append(Annotation(name: a.name, value: a.value))
      }
    }
    guard let lang else { throw fail("<tuv> without xml:lang", at: at) }
    var properties: [Annotation] = []
    var notes: [Annotation] = []
    var segment: (text: String, markup: String?)?
    while let event = try xml.next() {
      switch event {
      case .start(let name, let a, _) where name == "prop" || name == "note":
        let text = try readText()
        let l = a.first { $0.name == "xml:lang" }?.value
        if name == "prop" {
          let type = a.first { $0.name == "type" }?.value ?? ""
          if type.hasPrefix(TMXWriter.attributePropPrefix) {
            attributes.append(
              Annotation(name: String(type.dropFirst(TMXWriter.attributePropPrefix.count)), value: text))
          } else {
            properties.append(Annotation(name: type, value: text, language: l))
          }
        } else {
          notes.append(Annotation(name: "", value: text, language: l))
        }
      case .start(let name, _, _) where name == "seg":
        segment = try readSegment()
      case .start:
        try skipElement()
      case .end:
        guard let segment else { throw fail("<tuv xml:lang=\"\(lang)\"> without <seg>", at: at) }
        return TranslationVariant(
          language: lang, text: segment.text, markup: segment.markup, attributes: attributes,
          properties: properties, notes: notes)
      default: break
      }
    }
    throw fail("unterminated <tuv>", at: at)
  }

  /// Inline elements whose content is native code, not text.
  static let codeElements: Set<String> = ["bpt", "ept", "it", "ph", "ut"]

  /// Reads `<seg>` content: plain text, and the markup when there is any.
  private func readSegment() throws(ExchangeError) -> (text: String, markup: String?) {
    xml.reportsWhitespace = true
    defer { xml.reportsWhitespace = false }
    var text = ""
    var markup = ""
    var hasMarkup = false
    var codeDepth = 0
    var open: [String] = []
    var skipEnd = false
    while let event = try xml.next() {
      switch event {
      case .text(let t), .cdata(let t):
        if codeDepth == 0 { text += t }
        if hasMarkup { markup += XMLWriter.escaped(t) }
      case .start(let name, let attrs, let isEmpty):
        if !hasMarkup {
          // Markup is built only for segments that have inline elements.
          hasMarkup = true
          markup = XMLWriter.escaped(text)
        }
        markup += "<" + name
        for a in attrs { markup += " \(a.name)=\"\(XMLWriter.escaped(a.value, attribute: true))\"" }
        markup += isEmpty ? "/>" : ">"
        if isEmpty {
          skipEnd = true
        } else {
          open.append(name)
          if Self.codeElements.contains(name) { codeDepth += 1 }
        }
      case .end(let name):
        if skipEnd {
          skipEnd = false
          continue
        }
        guard open.popLast() != nil else {
          return (text, hasMarkup ? markup : nil)
        }
        markup += "</\(name)>"
        if Self.codeElements.contains(name) { codeDepth -= 1 }
      default: break
      }
    }
    throw fail("unterminated <seg>")
  }
}
