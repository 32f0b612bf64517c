import Foundation
import Orthography
import Terminology

/// Reads XLIFF 1.2 (`trans-unit`) and 2.x (`unit`) into translation units,
/// one at a time.
///
/// - 1.2: `file/@source-language`, `@target-language`; each `trans-unit`
///   (at any depth in `group`s): `id` → the unit id, other attributes →
///   unit attributes, `<note>` → notes (`from` as the note's name),
///   `<source>`/`<target>` → the two variants (`target/@state` → the target
///   variant's `state` attribute).
/// - 2.x: `xliff/@srcLang`, `@trgLang`; each `unit`: `id` → unit id,
///   notes with `category="x-prop:T"` / `"x-attr:N"` → props / attributes
///   (as Söz writes them), other notes → notes (category as name); the
///   segments' sources and targets, concatenated → the two variants
///   (`segment/@state` → the target's `state`).
/// - Inline codes: the text of `g`, `mrk`, `pc` is kept; native code
///   (`ph`, `bpt`, `ept`, `it`, `x`, `bx`, `ex`, `sc`, `ec`) is removed
///   from the text; when there was any, the variant's markup keeps the
///   content as written.
public final class XLIFFReader {
  private let xml: XMLReader
  /// `1.2`, `2.0`, `2.1`…
  public private(set) var version = ""
  public private(set) var sourceLanguage: LanguageTag?
  public private(set) var targetLanguage: LanguageTag?
  private var languages: [String: LanguageTag] = [:]
  /// The target language to assume when the file names none (XLIFF 1.2
  /// from Translate Toolkit often has no `target-language`).
  public var fallbackTargetLanguage: LanguageTag?

  public convenience init(path: String, displayName: String? = nil) throws(ExchangeError) {
    try self.init(xml: XMLReader(path: path, displayName: displayName))
  }

  public convenience init(string: String, file: String = "<string>") throws(ExchangeError) {
    try self.init(xml: XMLReader(string: string, file: file))
  }

  /// How far through the file the reader is, 0…1.
  public var progress: Double { xml.progress }

  public init(xml: XMLReader) throws(ExchangeError) {
    self.xml = xml
    guard case .start(let root, let attrs, _)? = try xml.next(), XMLReader.localName(root) == "xliff"
    else {
      throw ExchangeError(.invalidContent, "not an XLIFF file (expected <xliff>)", at: xml.location)
    }
    version = attrs.first { $0.name == "version" }?.value ?? ""
    if let s = attrs.first(where: { $0.name == "srcLang" })?.value {
      sourceLanguage = try language(s)
    }
    if let t = attrs.first(where: { $0.name == "trgLang" })?.value {
      targetLanguage = try language(t)
    }
  }

  /// Reads a whole file.
  public static func read(path: String, displayName: String? = nil) throws(ExchangeError)
    -> [TranslationUnit]
  {
    let r = try XLIFFReader(path: path, displayName: displayName)
    var units: [TranslationUnit] = []
    while let u = try r.next() { units.append(u) }
    return units
  }

  private func language(_ text: String) throws(ExchangeError) -> LanguageTag {
    if let l = languages[text] { return l }
    guard let l = LanguageTag(text) else {
      throw ExchangeError(.invalidContent, "invalid language tag '\(text)'", at: xml.location)
    }
    languages[text] = l
    return l
  }

  /// The next unit, or nil after the last.
  public func next() throws(ExchangeError) -> TranslationUnit? {
    while let event = try xml.next() {
      guard case .start(let name, let attrs, let isEmpty) = event else { continue }
      switch XMLReader.localName(name) {
      case "file":
        if let s = attrs.first(where: { $0.name == "source-language" })?.value {
          sourceLanguage = try language(s)
        }
        if let t = attrs.first(where: { $0.name == "target-language" })?.value {
          targetLanguage = try language(t)
        }
      case "trans-unit", "unit":
        let node = try XMLNode.read(xml, name: name, attributes: attrs, isEmpty: isEmpty)
        return try unit(node)
      default: break
      }
    }
    return nil
  }

  static let codes: Set<String> = ["ph", "bpt", "ept", "it", "x", "bx", "ex", "sc", "ec"]

  /// An element's start tag as written (`<g id="1" ctype="bold">`).
  static func startTag(_ n: XMLNode, empty: Bool) -> String {
    var tag = "<" + n.name
    for a in n.attributes { tag += " \(a.name)=\"\(XMLWriter.escaped(a.value, attribute: true))\"" }
    return tag + (empty ? "/>" : ">")
  }

  /// Plain text and TMX markup of a `source`/`target` element.
  ///
  /// The markup is TMX `<seg>` content, so a memory read from XLIFF can be
  /// written as TMX: a container (`g`, `pc`) becomes a `bpt`/`ept` pair
  /// holding its XLIFF tags, `mrk` becomes `hi`, XLIFF 1.2 `ph`/`bpt`/
  /// `ept`/`it` keep their native code, and empty codes (`x`, `bx`, `ex`,
  /// `sc`, `ec`, 2.x `ph`) become `ph` holding the XLIFF tag.
  static func content(_ node: XMLNode, data: [String: String] = [:]) -> (text: String, markup: String?) {
    var pairs = 0
    return content(node, data: data, pairs: &pairs)
  }

  /// As above, numbering `bpt`/`ept` pairs from `pairs` (so the segments
  /// of one unit, joined, keep distinct numbers).
  static func content(_ node: XMLNode, data: [String: String], pairs: inout Int)
    -> (text: String, markup: String?)
  {
    var text = ""
    var markup = ""
    var started: [String: Int] = [:]
    /// The native code of an XLIFF 2 code element: its `originalData`
    /// entry (none: empty).
    func native(_ c: XMLNode) -> String {
      c.attribute("dataRef").flatMap { data[$0] } ?? ""
    }
    func code(_ name: String, _ attributes: String, _ content: String) {
      markup += "<\(name)\(attributes)>\(XMLWriter.escaped(content))</\(name)>"
    }
    func walk(_ n: XMLNode) {
      text += n.text
      markup += XMLWriter.escaped(n.text)
      for c in n.children {
        if c.name == "#text" {
          text += c.text
          markup += XMLWriter.escaped(c.text)
          continue
        }
        switch c.localName {
        case "g", "pc":
          pairs += 1
          let i = pairs
          code("bpt", " i=\"\(i)\"", startTag(c, empty: false))
          walk(c)
          code("ept", " i=\"\(i)\"", "</\(c.name)>")
        case "mrk":
          markup += "<hi>"
          walk(c)
          markup += "</hi>"
        case "cp":
          if let hex = c.attribute("hex"), let v = UInt32(hex, radix: 16), let s = Unicode.Scalar(v),
            XMLReader.isXMLChar(v)
          {
            text.unicodeScalars.append(s)
            markup += XMLWriter.escaped(String(Character(s)))
          }
        case "bpt" where !c.allText.isEmpty, "ept" where !c.allText.isEmpty:
          let i = c.attribute("rid") ?? c.attribute("id") ?? "0"
          code(c.localName, " i=\"\(XMLWriter.escaped(i, attribute: true))\"", c.allText)
        case "it" where !c.allText.isEmpty:
          let pos = c.attribute("pos") == "close" ? "end" : "begin"
          code("it", " pos=\"\(pos)\"", c.allText)
        case "ph" where !c.allText.isEmpty:
          code("ph", "", c.allText)
        case "sc" where c.attribute("isolated") == "yes":
          code("it", " pos=\"begin\"", native(c))
        case "ec" where c.attribute("isolated") == "yes":
          code("it", " pos=\"end\"", native(c))
        case "sc":
          pairs += 1
          if let id = c.attribute("id") { started[id] = pairs }
          code("bpt", " i=\"\(pairs)\"", native(c))
        case "ec" where c.attribute("startRef").flatMap({ started[$0] }) != nil:
          code("ept", " i=\"\(started[c.attribute("startRef")!]!)\"", native(c))
        case "ph" where c.children.isEmpty && c.text.isEmpty:
          code("ph", "", native(c))
        case let name where codes.contains(name):
          code("ph", "", startTag(c, empty: true))
        default:
          walk(c)
        }
      }
    }
    walk(node)
    let hasMarkup = node.children.contains { $0.name != "#text" }
    return (text, hasMarkup ? markup : nil)
  }

  private func unit(_ node: XMLNode) throws(ExchangeError) -> TranslationUnit {
    var unit = TranslationUnit(location: node.location)
    for a in node.attributes {
      if a.name == "id" { unit.id = a.value } else { unit.attributes.append(Annotation(name: a.name, value: a.value)) }
    }
    var sources: [XMLNode] = []
    var targets: [XMLNode] = []
    var state: String?
    func notes(_ n: XMLNode) {
      for note in n.children("note") {
        let category = note.attribute("category") ?? note.attribute("from")
        let text = note.allText
        if let c = category, c.hasPrefix("x-prop:") {
          unit.properties.append(Annotation(name: String(c.dropFirst(7)), value: text))
        } else if let c = category, c == "x-attr:tuid" {
          unit.id = text
        } else if let c = category, c.hasPrefix("x-attr:") {
          unit.attributes.append(Annotation(name: String(c.dropFirst(7)), value: text))
        } else {
          unit.notes.append(
            Annotation(name: category ?? "", value: text, language: note.attribute("xml:lang")))
        }
      }
    }
    notes(node)
    var data: [String: String] = [:]
    for child in node.children {
      switch child.localName {
      case "notes": notes(child)
      case "originalData":
        for d in child.children("data") {
          if let id = d.attribute("id") { data[id] = d.allText }
        }
      case "source": sources.append(child)
      case "target":
        targets.append(child)
        if let s = child.attribute("state") { state = s }
      case "segment":
        if let s = child.attribute("state") { state = s }
        if let s = child.child("source") { sources.append(s) }
        if let t = child.child("target") { targets.append(t) }
      case "ignorable":
        // Whitespace between segments: the target keeps the source's.
        if let s = child.child("source") {
          sources.append(s)
          targets.append(child.child("target") ?? s)
        }
      default: break
      }
    }
    guard let src = sourceLanguage else {
      throw ExchangeError(.invalidContent, "no source language (srcLang / source-language)", at: node.location)
    }
    func variant(_ parts: [XMLNode], _ lang: LanguageTag, attributes: [Annotation]) -> TranslationVariant {
      var pairs = 0
      let contents = parts.map { Self.content($0, data: data, pairs: &pairs) }
      let markup = contents.contains { $0.markup != nil }
        ? contents.map { $0.markup ?? XMLWriter.escaped($0.text) }.joined() : nil
      return TranslationVariant(
        language: lang, text: contents.map(\.text).joined(), markup: markup, attributes: attributes)
    }
    if !sources.isEmpty { unit.variants.append(variant(sources, src, attributes: [])) }
    if !targets.isEmpty {
      guard let trg = targetLanguage ?? fallbackTargetLanguage else {
        throw ExchangeError(.invalidContent, "a <target> but no target language", at: node.location)
      }
      unit.variants.append(
        variant(targets, trg, attributes: state.map { [Annotation(name: "state", value: $0)] } ?? []))
    }
    return unit
  }
}
