import Foundation
import Linting
import Matching
import MCP
import Orthography
import SozCore
import Store

/// The tools `soz mcp` offers. Each parses its arguments, calls the one
/// use case the CLI command calls, and answers with the CLI's
/// `--format json` object as structured content plus the CLI's text for
/// people (and models) to read.
final class SozTools: Sendable {
  let store: any GlossaryStorage & MemoryStorage
  let glossary: CompiledGlossary?
  let settings: LintSettings

  init(store: any GlossaryStorage & MemoryStorage, glossary: CompiledGlossary?, settings: LintSettings) {
    self.store = store
    self.glossary = glossary
    self.settings = settings
  }

  /// The tool list, with JSON Schemas for the arguments.
  static let definitions: [Tool] = [
    Tool(
      name: "lookup",
      description: """
        Find the canonical spellings of a name or term (person, place, organization, event) \
        of Azerbaijan, Türkiye, Kazakhstan and the Turkic world, however it was typed: any \
        case, diacritics, Cyrillic or Latin, romanization, word order or typo. Returns each \
        candidate concept with its canonical form per language (en, az, tr, kk, kk-Latn, ru), \
        how the query matched and the status of the spelling reached.
        """,
      inputSchema: schema(
        ["query": string("The spelling to look up, e.g. 'garabag' or 'Нахчыван'."),
         "lang": string("Only the canonical form in this language: en, az, tr, kk, kk-Latn or ru."),
         "limit": integer("At most this many candidates (default 5).")],
        required: ["query"]),
      annotations: .init(title: "Look up a name", readOnlyHint: true, openWorldHint: false)),
    Tool(
      name: "lint",
      description: """
        Check a text (an article, a translation) against the glossary: every spelling of a \
        name or term that is not the one the text's language prefers — deprecated or \
        forbidden variants, another language's form, unlisted spellings, wrong case, mixed \
        scripts, one name spelled two ways — with the suggested fix (case suffixes kept).
        """,
      inputSchema: schema(
        ["text": string("The text to check."),
         "lang": string("The text's language: en, az, tr, kk, kk-Latn; or auto (default) to detect per paragraph."),
         "format": string("The text's markup: txt (default), md or html (markup is skipped).")],
        required: ["text"]),
      annotations: .init(title: "Check a text's spellings", readOnlyHint: true, openWorldHint: false)),
    Tool(
      name: "tm_search",
      description: """
        Search the translation memory for segments like a sentence (fuzzy match with a \
        CAT-style score) and list the glossary terms it contains with their target-language form.
        """,
      inputSchema: schema(
        ["text": string("The source sentence."), "from": string("Its language (en, az, tr, kk, kk-Latn, ru)."),
         "to": string("The target language."), "min": integer("The lowest score shown, 0–100 (default 70)."),
         "limit": integer("At most this many matches (default 5).")],
        required: ["text", "from", "to"]),
      annotations: .init(title: "Search the translation memory", readOnlyHint: true, openWorldHint: false)),
    Tool(
      name: "concordance",
      description: """
        List the translation-memory segments in a language that contain a word — or, when the \
        word names a glossary concept, any spelling of it, inflected — with their translations.
        """,
      inputSchema: schema(
        ["word": string("A word, or a name the glossary knows (e.g. 'Qarabağ')."),
         "lang": string("The segments' language."), "limit": integer("At most this many segments (default 20).")],
        required: ["word", "lang"]),
      annotations: .init(title: "Concordance", readOnlyHint: true, openWorldHint: false)),
  ]

  static func schema(_ properties: [String: Value], required: [String]) -> Value {
    .object([
      "type": "object", "properties": .object(properties), "required": .array(required.map { .string($0) }),
      "additionalProperties": false,
    ])
  }
  static func string(_ description: String) -> Value { .object(["type": "string", "description": .string(description)]) }
  static func integer(_ description: String) -> Value { .object(["type": "integer", "description": .string(description)]) }

  /// Answers one tool call; a wrong argument or a failure is a result
  /// with `isError` (the model can read it and try again), never a crash.
  func call(_ params: CallTool.Parameters) -> CallTool.Result {
    let args = Arguments(params.arguments ?? [:])
    do {
      let (json, text) = try answer(params.name, args)
      let structured = try JSONDecoder().decode(Value.self, from: Data(json.utf8))
      return CallTool.Result(
        content: [.text(text: text, annotations: nil, _meta: nil)], structuredContent: structured as Value?, isError: false)
    } catch {
      return CallTool.Result(content: [.text(text: "\(error)", annotations: nil, _meta: nil)], isError: true)
    }
  }

  private func answer(_ tool: String, _ args: Arguments) throws -> (json: String, text: String) {
    switch tool {
    case "lookup": return try lookup(args)
    case "lint": return try lint(args)
    case "tm_search": return try search(args)
    case "concordance": return try concordance(args)
    default: throw ToolError("unknown tool '\(tool)' (lookup, lint, tm_search, concordance)")
    }
  }

  private func lookup(_ args: Arguments) throws -> (json: String, text: String) {
    let query = try args.string("query")
    let language = try args.language("lang")
    let result = try store.lookup(query, limit: try args.integer("limit") ?? 5)
    var text = LookupRenderer.text(result, style: TerminalStyle(enabled: false))
    if let language, result.isMatch {
      text = LookupRenderer.canonicalOnly(result, language: language)
        ?? "'\(result.candidates[0].concept.id)' has no \(language) form"
    }
    return (LookupRenderer.json(result), text)
  }

  private func lint(_ args: Arguments) throws -> (json: String, text: String) {
    guard let glossary else { throw ToolError("the store holds no glossary") }
    let text = try args.string("text")
    let lang = try args.optionalString("lang")
    let language = lang == nil || lang == "auto" ? nil : try args.language("lang")
    let format: Document.Format
    switch try args.optionalString("format") ?? "txt" {
    case "txt", "text": format = .plain
    case "md", "markdown": format = .markdown
    case "html", "htm": format = .html
    case let other: throw ToolError("format must be txt, md or html, not '\(other)'")
    }
    let name = "<text>"
    let report = LintRun.run(
      paths: ["-"], glossary: glossary, settings: settings, language: language,
      stdin: LintRun.StandardInput(name: name, format: format), standardInput: { Data(text.utf8) })
    if let failure = report.failures.first { throw ToolError(failure) }
    let readable =
      report.findings.isEmpty
      ? "no findings"
      : LintRenderer.text(report.findings, sources: [name: text], style: TerminalStyle(enabled: false))
    return (LintRenderer.json(report.findings, files: report.files), readable)
  }

  private func search(_ args: Arguments) throws -> (json: String, text: String) {
    let text = try args.string("text")
    guard let from = try args.language("from"), let to = try args.language("to") else {
      throw ToolError("give 'from' and 'to' languages")
    }
    let run = MemorySearchRun(
      store: store, glossary: glossary, minimum: try args.integer("min") ?? 70, limit: try args.integer("limit") ?? 5)
    let result = try run.search(text, from: from, to: to)
    return (MemorySearchRenderer.json(result), MemorySearchRenderer.text(result, style: TerminalStyle(enabled: false)))
  }

  private func concordance(_ args: Arguments) throws -> (json: String, text: String) {
    let word = try args.string("word")
    guard let language = try args.language("lang") else { throw ToolError("give 'lang'") }
    let result = try ConcordanceRun.run(
      word: word, language: language, store: store, glossary: glossary, limit: try args.integer("limit") ?? 20)
    return (ConcordanceRenderer.json(result), ConcordanceRenderer.text(result, style: TerminalStyle(enabled: false)))
  }
}

/// A tool's arguments, read with one error style.
struct Arguments {
  let values: [String: Value]
  init(_ values: [String: Value]) { self.values = values }

  func optionalString(_ name: String) throws -> String? {
    guard let v = values[name], !v.isNull else { return nil }
    guard let s = v.stringValue else { throw ToolError("'\(name)' must be a string") }
    return s
  }

  func string(_ name: String) throws -> String {
    guard let s = try optionalString(name), !s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
      throw ToolError("'\(name)' is required")
    }
    return s
  }

  func integer(_ name: String) throws -> Int? {
    guard let v = values[name], !v.isNull else { return nil }
    if let i = v.intValue, i >= 0 { return i }
    if let d = v.doubleValue, d >= 0, d.rounded() == d { return Int(d) }
    throw ToolError("'\(name)' must be a whole number ≥ 0")
  }

  func language(_ name: String) throws -> LanguageTag? {
    guard let s = try optionalString(name) else { return nil }
    guard let tag = LanguageTag(s) else {
      throw ToolError("'\(name)': unknown language '\(s)' (en, az, tr, kk, kk-Latn, ru)")
    }
    return tag
  }
}

/// A tool call that cannot be answered, in one sentence.
struct ToolError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
