import Foundation
import Orthography
import Yams

/// Reads Söz's human-edited glossary files (YAML).
///
/// A file holds a list of entries, one concept each:
///
/// ```yaml
/// - id: nakhchivan
///   kind: place
///   note: Autonomous republic of Azerbaijan.
///   source: hand-written              # optional: where the forms come from
///   forms:
///     en: { preferred: Nakhchivan, admitted: [Nakhichevan], deprecated: [Nakhchyvan] }
///     az: Naxçıvan                    # a plain string is the preferred form
///     tr: { preferred: Nahçıvan, forbidden: { Nahcivan: Nahçıvan } }
///     kk: Нахчыван
///     kk-Latn: Nahchyvan
///   examples:
///     match: ["Nakhchivan hosted the summit."]
///     flag: [{ text: "Naxçıvan hosted the summit.", lang: en }]
/// ```
///
/// `forbidden` takes a list (replaced by the preferred form) or a mapping
/// of form → replacement. Every value keeps its file, line and column so
/// `soz glossary check` can point at it. Keys are checked: an unknown key is
/// an error, not silently ignored, because a typo (`admited`) would
/// otherwise drop forms.
public enum GlossaryYAMLReader {
  /// Parses one glossary file's text.
  /// - Throws: ``GlossaryError`` with the location of the first problem.
  public static func read(_ text: String, file: String) throws(GlossaryError) -> [Concept] {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch {
      throw yamlError(error, file: file)
    }
    guard let root else { return [] }
    var reader = EntryReader(file: file)
    return try reader.concepts(in: root)
  }

  /// Reads every `*.yaml`/`*.yml` file under `directory`, sorted by path.
  public static func readDirectory(_ directory: URL) throws(GlossaryError) -> Glossary {
    var concepts: [Concept] = []
    for url in GlossaryFiles.list(in: directory) {
      let text: String
      do {
        text = try String(contentsOf: url, encoding: .utf8)
      } catch {
        throw GlossaryError(
          "cannot read glossary file (is it UTF-8?)",
          at: SourceLocation(file: url.relativePath, line: 1))
      }
      concepts += try read(text, file: GlossaryFiles.displayPath(url))
    }
    return Glossary(concepts: concepts)
  }

  private static func yamlError(_ error: Error, file: String) -> GlossaryError {
    if let y = error as? YamlError {
      switch y {
      case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
        .composer(_, let problem, let mark, _):
        return GlossaryError(
          "invalid YAML: \(problem)", at: SourceLocation(file: file, line: mark.line, column: mark.column))
      case .duplicatedKeysInMapping(let keys, let context):
        return GlossaryError(
          "duplicate key '\(keys.joined(separator: "', '"))'",
          at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column))
      default:
        break
      }
    }
    return GlossaryError("invalid YAML: \(error)", at: SourceLocation(file: file, line: 1))
  }
}

/// Walks the YAML node tree of one file.
private struct EntryReader {
  let file: String

  func location(_ node: Node) -> SourceLocation {
    SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
  }

  func fail(_ message: String, _ node: Node) -> GlossaryError {
    GlossaryError(message, at: location(node))
  }

  mutating func concepts(in root: Node) throws(GlossaryError) -> [Concept] {
    var list = root
    if let mapping = root.mapping {
      guard mapping.count == 1, let c = mapping["concepts"] else {
        throw fail("a glossary file is a list of entries (or 'concepts:' with one)", root)
      }
      list = c
    }
    guard let entries = list.sequence else { throw fail("expected a list of entries", list) }
    var result: [Concept] = []
    for entry in entries { result.append(try concept(entry)) }
    return result
  }

  func string(_ node: Node, what: String) throws(GlossaryError) -> String {
    guard let s = node.scalar?.string else { throw fail("\(what) must be text", node) }
    return s
  }

  func checkKeys(_ mapping: Node.Mapping, allowed: Set<String>, in node: Node) throws(GlossaryError) {
    for (key, _) in mapping {
      let name = key.scalar?.string ?? "?"
      if !allowed.contains(name) {
        throw fail(
          "unknown key '\(name)' (expected one of: \(allowed.sorted().joined(separator: ", ")))",
          key)
      }
    }
  }

  func concept(_ node: Node) throws(GlossaryError) -> Concept {
    guard let m = node.mapping else { throw fail("an entry must be a mapping", node) }
    try checkKeys(m, allowed: ["id", "kind", "note", "source", "forms", "examples"], in: node)
    guard let idNode = m["id"] else { throw fail("entry has no 'id'", node) }
    let id = try string(idNode, what: "'id'")
    guard let kindNode = m["kind"] else { throw fail("entry '\(id)' has no 'kind'", node) }
    let kindText = try string(kindNode, what: "'kind'")
    guard let kind = ConceptKind(rawValue: kindText) else {
      throw fail(
        "unknown kind '\(kindText)' (expected one of: \(ConceptKind.allCases.map(\.rawValue).joined(separator: ", ")))",
        kindNode)
    }
    let note = try m["note"].map { n throws(GlossaryError) in try string(n, what: "'note'") }
    let source = try m["source"].map { n throws(GlossaryError) in try string(n, what: "'source'") }
    guard let formsNode = m["forms"], let forms = formsNode.mapping else {
      throw fail("entry '\(id)' needs 'forms' (a mapping of language tag to forms)", node)
    }
    var all: [Form] = []
    for (tagNode, value) in forms {
      all += try languageForms(tagNode, value)
    }
    let examples = try m["examples"].map { n throws(GlossaryError) in try self.examples(n) } ?? []
    return Concept(
      id: id, kind: kind, note: note, source: source, forms: all, examples: examples,
      location: location(node))
  }

  func language(_ node: Node) throws(GlossaryError) -> LanguageTag {
    let text = try string(node, what: "a language tag")
    guard let tag = LanguageTag(text) else {
      throw fail("invalid language tag '\(text)' (use BCP 47: en, az, tr, kk, kk-Latn)", node)
    }
    return tag
  }

  func languageForms(_ tagNode: Node, _ value: Node) throws(GlossaryError) -> [Form] {
    let tag = try language(tagNode)
    if value.scalar != nil {
      return [
        Form(
          text: try string(value, what: "a form"), language: tag, status: .preferred,
          location: location(value))
      ]
    }
    guard let m = value.mapping else {
      throw fail("forms of '\(tag)' must be a form or a mapping of statuses", value)
    }
    try checkKeys(m, allowed: Set(FormStatus.allCases.map(\.rawValue)), in: value)
    var forms: [Form] = []
    for status in FormStatus.allCases {
      guard let node = m[status.rawValue] else { continue }
      if status == .forbidden, let pairs = node.mapping {
        for (form, use) in pairs {
          forms.append(
            Form(
              text: try string(form, what: "a form"), language: tag, status: status,
              replacement: try string(use, what: "a replacement"), location: location(form)))
        }
        continue
      }
      for item in node.sequence.map(Array.init) ?? [node] {
        forms.append(
          Form(
            text: try string(item, what: "a form"), language: tag, status: status,
            location: location(item)))
      }
    }
    return forms
  }

  func examples(_ node: Node) throws(GlossaryError) -> [Example] {
    guard let m = node.mapping else {
      throw fail("'examples' must be a mapping with 'match' and/or 'flag'", node)
    }
    try checkKeys(m, allowed: ["match", "flag"], in: node)
    var result: [Example] = []
    for (keyNode, list) in m {
      let expectation = Example.Expectation(rawValue: keyNode.scalar?.string ?? "") ?? .match
      for item in list.sequence.map(Array.init) ?? [list] {
        result.append(try example(item, expectation))
      }
    }
    return result
  }

  func example(_ item: Node, _ expectation: Example.Expectation) throws(GlossaryError) -> Example {
    if let m = item.mapping {
      try checkKeys(m, allowed: ["text", "lang"], in: item)
      guard let textNode = m["text"] else { throw fail("example needs 'text'", item) }
      let lang = try m["lang"].map { n throws(GlossaryError) in try language(n) }
      return Example(
        text: try string(textNode, what: "example text"), expectation: expectation,
        language: lang, location: location(item))
    }
    return Example(
      text: try string(item, what: "example text"), expectation: expectation,
      location: location(item))
  }
}
