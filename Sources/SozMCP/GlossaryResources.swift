import Foundation
import Matching
import MCP
import Terminology

/// The glossary as MCP resources: `soz://glossary` (every concept, as the
/// YAML the glossary files are written in) and one `soz://concept/{id}`
/// per concept (JSON: id, kind, note, canonical form per language and
/// every form with its status), listed a page at a time.
struct GlossaryResources: Sendable {
  let glossary: CompiledGlossary?
  static let pageSize = 200
  static let glossaryURI = "soz://glossary"
  static let conceptPrefix = "soz://concept/"

  func list(cursor: String?) throws -> ListResources.Result {
    let start = try cursor.map { c -> Int in
      guard let n = Int(c), n >= 0 else { throw MCPError.invalidParams("invalid cursor '\(c)'") }
      return n
    } ?? 0
    let count = glossary?.conceptCount ?? 0
    var resources: [Resource] = []
    if start == 0 {
      resources.append(
        Resource(
          name: "glossary", uri: Self.glossaryURI, title: "The whole glossary",
          description: "Every concept with its forms per language and status, as glossary YAML (\(count) concepts)",
          mimeType: "application/yaml"))
    }
    let end = min(count, start + Self.pageSize)
    if let glossary, start < end {
      for i in start..<end {
        let c = glossary.concept(at: i)
        let title = c.preferred(in: .en)?.text ?? c.forms.first?.text ?? c.id
        resources.append(
          Resource(
            name: c.id, uri: Self.conceptPrefix + c.id, title: title,
            description: "\(title) (\(c.kind.rawValue)): canonical forms, variants and their status",
            mimeType: "application/json"))
      }
    }
    return ListResources.Result(resources: resources, nextCursor: end < count ? String(end) : nil)
  }

  func read(_ uri: String) throws -> ReadResource.Result {
    guard let glossary else { throw MCPError.invalidParams("the store holds no glossary") }
    if uri == Self.glossaryURI {
      return .init(contents: [.text(GlossaryYAMLWriter.write(glossary.concepts), uri: uri, mimeType: "application/yaml")])
    }
    guard uri.hasPrefix(Self.conceptPrefix), let concept = glossary.concept(id: String(uri.dropFirst(Self.conceptPrefix.count)))
    else {
      throw MCPError.invalidParams("unknown resource '\(uri)' (soz://glossary, soz://concept/{id})")
    }
    return .init(contents: [.text(Self.json(concept), uri: uri, mimeType: "application/json")])
  }

  static let template = Resource.Template(
    uriTemplate: conceptPrefix + "{id}", name: "concept", title: "A glossary concept",
    description: "One concept by id: canonical form per language, every form with its status, the note",
    mimeType: "application/json")

  struct JSONForm: Encodable {
    var form: String
    var lang: String
    var status: String
    var replacement: String?
  }
  struct JSONConcept: Encodable {
    var concept: String
    var kind: String
    var note: String?
    var canonical: [String: String]
    var forms: [JSONForm]
  }

  /// A concept in the shape `soz lookup --format json` gives a candidate
  /// (`concept`, `kind`, `note`, `canonical`), with every form added.
  static func json(_ c: Concept) -> String {
    var canonical: [String: String] = [:]
    for f in c.forms where f.status == .preferred && canonical[f.language.rawValue] == nil {
      canonical[f.language.rawValue] = f.text
    }
    let value = JSONConcept(
      concept: c.id, kind: c.kind.rawValue, note: c.note, canonical: canonical,
      forms: c.forms.map {
        JSONForm(form: $0.text, lang: $0.language.rawValue, status: $0.status.rawValue, replacement: $0.replacement)
      })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self)
  }
}
