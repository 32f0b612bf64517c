import Foundation
import Hummingbird
import Linting
import Mustache
import Orthography
import Search
import SozCore

/// The pages: lookup at `/` (`/?q=nakhichevan` answers without any
/// JavaScript) and the lint page at `/lint`, where an editor pastes an
/// article and sees its findings marked in the text. Rendered on the
/// server from the same use cases and results as the API.
struct PageRoutes: Sendable {
  let service: SozService
  let api: APIRoutes
  let library: MustacheLibrary

  init(service: SozService, api: APIRoutes) throws {
    self.service = service
    self.api = api
    library = MustacheLibrary(templates: [
      "layout": try MustacheTemplate(string: PageTemplates.layout),
      "lookup": try MustacheTemplate(string: PageTemplates.lookup),
      "lint": try MustacheTemplate(string: PageTemplates.lint),
    ])
  }

  func add(to router: Router<BasicRequestContext>) {
    router.get("/style.css") { _, _ in
      Response.text(PageTemplates.style, type: "text/css; charset=utf-8")
    }
    router.get("/") { request, _ in await page { try await lookup(request) } }
    router.get("/lint") { request, _ in
      // A check can be linked to: /lint?text=…&lang=en shows its findings.
      let query = request.uri.queryParameters
      let form = query.get("text").map { text in
        ["text": text, "lang": query.get("lang") ?? "auto", "format": query.get("format") ?? "txt"]
      }
      return await page { try await lint(request, form: form) }
    }
    router.post("/lint") { request, _ in
      await page { try await lint(request, form: FormBody.parse(try await api.text(request))) }
    }
  }

  /// Renders `body`'s page, or an error page with the error's status.
  func page(_ body: () async throws -> String) async -> Response {
    do {
      return html(try await body())
    } catch let e as APIError {
      return html(layout(title: "Error", content: "<h1>\(Self.escape(e.message))</h1>"), e.status)
    } catch {
      let text = Self.escape("\(error)")
      return html(layout(title: "Error", content: "<h1>Something went wrong</h1><p>\(text)</p>"), .internalServerError)
    }
  }

  func html(_ text: String, _ status: HTTPResponse.Status = .ok) -> Response {
    .text(text, type: "text/html; charset=utf-8", status: status)
  }

  func layout(title: String, content: String, lookupPage: Bool = false, lintPage: Bool = false, concepts: String = "")
    -> String
  {
    library.render(
      [
        "title": title, "content": content, "lookupPage": lookupPage, "lintPage": lintPage,
        "concepts": concepts,
      ] as [String: Any], withTemplate: "layout") ?? ""
  }

  // MARK: Lookup

  func lookup(_ request: Request) async throws -> String {
    let query = api.parameter(request, "q")?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    let service = service
    let result = query.isEmpty ? nil : try await service.run { try service.lookup(query, limit: 5) }
    var context: [String: Any] = ["query": query]
    if let result {
      context["searched"] = true
      context["heading"] =
        result.isMatch
        ? (result.candidates.count == 1
          ? "1 concept" : "‘\(result.query)’ may mean \(result.candidates.count) concepts")
        : "No match for ‘\(result.query)’"
      context["candidates"] = result.candidates.map(Self.candidate)
      context["nearest"] = result.suggestions.map(Self.candidate)
      context["hasNearest"] = !result.suggestions.isEmpty
    }
    let content = library.render(context, withTemplate: "lookup") ?? ""
    return layout(
      title: query.isEmpty ? "Lookup" : "\(query) · Lookup", content: content, lookupPage: true)
  }

  static func candidate(_ c: LookupCandidate) -> [String: Any] {
    let title = c.concept.canonical(in: .en) ?? c.concept.canonical.first?.1 ?? c.form
    var context: [String: Any] = [
      "id": c.concept.id, "title": title, "kind": c.concept.kind.rawValue,
      "how": c.level.rawValue, "form": c.form, "lang": c.language.rawValue,
      "status": c.status.rawValue, "score": String(format: "%.2f", c.score),
      "link": title.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? title,
      "canonical": c.concept.canonical.map { ["lang": $0.0.rawValue, "form": $0.1] },
    ]
    // Absent, not Optional.none in an Any (which Mustache would print).
    if let r = c.replacement { context["replacement"] = r }
    if let n = c.concept.note { context["note"] = n }
    return context
  }

  // MARK: Lint

  static let languages: [(String, String)] = [
    ("auto", "Detect"), ("en", "English"), ("az", "Azerbaijani"), ("tr", "Turkish"),
    ("kk", "Kazakh (Cyrillic)"), ("kk-Latn", "Kazakh (Latin)"),
  ]
  static let formats: [(String, String, Document.Format)] = [
    ("txt", "Plain text", .plain), ("md", "Markdown", .markdown), ("html", "HTML", .html),
  ]

  func lint(_ request: Request, form: [String: String]?) async throws -> String {
    let values = form ?? [:]
    let text = values["text"] ?? ""
    let langValue = values["lang"] ?? "auto"
    let formatValue = values["format"] ?? "txt"
    let lang = langValue == "auto" ? nil : LanguageTag(langValue)
    let format = Self.formats.first { $0.0 == formatValue }?.2 ?? .plain
    var context: [String: Any] = [
      "text": text,
      "languages": Self.languages.map { ["value": $0.0, "label": $0.1, "selected": $0.0 == langValue] },
      "formats": Self.formats.map { ["value": $0.0, "label": $0.1, "selected": $0.0 == formatValue] },
    ]
    if form != nil, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      let service = service
      let report = try await service.run {
        LintRun.run(
          text: text, name: "article", format: format, glossary: try service.compiled(),
          settings: service.workspace.settings, language: lang)
      }
      let findings = report.findings
      context["checked"] = true
      context["hasFindings"] = !findings.isEmpty
      context["heading"] =
        findings.isEmpty ? "No findings" : "\(findings.count) finding\(findings.count == 1 ? "" : "s")"
      context["textLang"] = lang?.rawValue ?? ""
      context["highlighted"] = Self.highlight(report.documents.first?.text ?? text, findings)
      context["findings"] = findings.enumerated().map { i, f in
        [
          "number": i + 1, "line": f.location.line, "column": f.location.column,
          "severity": f.severity.rawValue, "rule": f.rule, "message": f.message,
        ] as [String: Any]
      }
    }
    let content = library.render(context, withTemplate: "lint") ?? ""
    return layout(title: "Check an article", content: content, lintPage: true)
  }

  /// The text, HTML-escaped, with each finding's span in a `<mark>` that
  /// links to the finding in the list (spans count Characters; overlapping
  /// ones keep the first).
  static func highlight(_ text: String, _ findings: [Finding]) -> String {
    let characters = Array(text)
    var out = ""
    var at = 0
    let spans = findings.enumerated().map { ($0.offset + 1, $0.element) }
      .sorted { $0.1.span.lowerBound < $1.1.span.lowerBound }
    for (number, f) in spans {
      let lo = max(at, min(f.span.lowerBound, characters.count))
      let hi = min(f.span.upperBound, characters.count)
      guard hi > lo else { continue }
      out += escape(String(characters[at..<lo]))
      let title = escape(f.message)
      out +=
        "<mark class=\"sev-\(f.severity.rawValue)\" title=\"\(title)\">"
        + escape(String(characters[lo..<hi]))
        + "<a href=\"#f\(number)\" aria-label=\"finding \(number)\">\(number)</a></mark>"
      at = hi
    }
    out += escape(String(characters[min(at, characters.count)...]))
    return out
  }

  static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for c in s {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(c)
      }
    }
    return out
  }
}

/// `application/x-www-form-urlencoded` bodies.
enum FormBody {
  static func parse(_ body: String) -> [String: String] {
    var values: [String: String] = [:]
    for pair in body.split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      func decode(_ s: Substring) -> String {
        String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(s)
      }
      guard let key = parts.first else { continue }
      values[decode(key)] = parts.count > 1 ? decode(parts[1]) : ""
    }
    return values
  }
}
