import Foundation
import Hummingbird
import Linting
import Orthography
import Search
import SozCore
import Store
import Terminology

/// The JSON API under `/v1` (and amaGama's `/api/v1/…/unit/…`): each
/// route parses its request, calls one use case and answers with the JSON
/// the CLI prints for the same question (`--format json`).
struct APIRoutes: Sendable {
  let service: SozService
  let configuration: ServerConfiguration

  func add(to router: Router<BasicRequestContext>) {
    router.get("/healthz") { _, _ in await handle { try await healthz() } }
    router.get("/openapi.json") { _, _ in
      Response.text(OpenAPIDocument.json, type: "application/json; charset=utf-8")
    }
    router.get("/v1/lookup") { request, _ in await handle { try await lookup(request) } }
    router.post("/v1/lookup/batch") { request, _ in await handle { try await batch(request) } }
    router.post("/v1/lint") { request, _ in await handle { try await lint(request) } }
    router.get("/v1/concepts/:id") { _, context in
      await handle { try await concept(context.parameters.get("id") ?? "") }
    }
    router.get("/v1/export/glossary") { request, _ in await handle { try await export(request) } }
    router.post("/v1/glossary/import") { request, _ in
      await handle { try await importGlossary(request) }
    }
    MemoryRoutes(service: service, api: self).add(to: router)
  }

  /// Answers `body`'s response, or its error as JSON: an ``APIError`` as
  /// it is, a glossary error in a body as 400 with line and column, and
  /// a concept another source defines as 409, and anything else as 500 (a
  /// failure of the server or its store).
  func handle(_ body: () async throws -> Response) async -> Response {
    do {
      return try await body()
    } catch let e as APIError {
      return e.response
    } catch let e as SozError {
      switch e {
      case .glossary(let g):
        return APIError(.badRequest, g.description, line: g.location.line, column: g.location.column)
          .response
      case .store(let s) where s.conflict: return APIError(.conflict, s.message).response
      case .store(let s): return APIError(.internalServerError, s.description).response
      case .io: return APIError(.internalServerError, e.description).response
      }
    } catch let e as StoreError where e.conflict {
      return APIError(.conflict, e.message).response
    } catch let e as StoreError {
      return APIError(.internalServerError, e.description).response
    } catch {
      return APIError(.internalServerError, "\(error)").response
    }
  }

  // MARK: Parameters and bodies

  func parameter(_ request: Request, _ name: String) -> String? {
    request.uri.queryParameters.get(name).flatMap { $0.isEmpty ? nil : $0 }
  }

  func required(_ request: Request, _ name: String, example: String) throws -> String {
    guard let value = parameter(request, name)?.trimmingCharacters(in: .whitespaces),
      !value.isEmpty
    else { throw APIError(.badRequest, "missing parameter '\(name)', e.g. ?\(name)=\(example)") }
    return value
  }

  func language(_ request: Request, _ name: String) throws -> LanguageTag? {
    guard let text = parameter(request, name), text != "auto" else { return nil }
    guard let tag = LanguageTag(text) else {
      throw APIError(.badRequest, "invalid language tag '\(text)' in '\(name)' (en, az, tr, kk, kk-Latn, ru)")
    }
    return tag
  }

  func integer(_ request: Request, _ name: String, default value: Int, in range: ClosedRange<Int>)
    throws -> Int
  {
    guard let text = parameter(request, name) else { return value }
    guard let n = Int(text), range.contains(n) else {
      throw APIError(
        .badRequest, "'\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound)")
    }
    return n
  }

  /// The request body, at most ``ServerConfiguration/maxBodyBytes``.
  func bytes(_ request: Request) async throws -> Data {
    do {
      let buffer = try await request.body.collect(upTo: configuration.maxBodyBytes)
      return Data(buffer: buffer)
    } catch let e as any HTTPResponseError where e.status == .contentTooLarge {
      throw APIError(
        .contentTooLarge,
        "the body is larger than \(configuration.maxBodyBytes) bytes (soz serve --max-body sets the limit)")
    }
  }

  /// The request body as text; 400 naming the place of invalid UTF-8.
  func text(_ request: Request) async throws -> String {
    let data = try await bytes(request)
    do {
      return try GlossaryTableReader.decodeUTF8(data, file: "<body>")
    } catch {
      throw APIError(.badRequest, error.description, line: error.location.line, column: error.location.column)
    }
  }

  func contentType(_ request: Request) -> String {
    (request.headers[.contentType] ?? "").split(separator: ";").first.map {
      $0.trimmingCharacters(in: .whitespaces).lowercased()
    } ?? ""
  }

  // MARK: Routes

  func healthz() async throws -> Response {
    let service = service
    let (fingerprint, index) = try await service.run {
      (try service.storage.glossaryFingerprint(), try service.indexState())
    }
    let body: [String: String] = [
      "status": "ok", "engine": service.engine, "store": service.storage.location,
      "glossary": fingerprint, "index": index,
    ]
    return .json(Self.encode(body))
  }

  func lookup(_ request: Request) async throws -> Response {
    let query = try required(request, "q", example: "Qarabağ")
    let limit = try integer(request, "limit", default: 5, in: 1...50)
    let lang = try language(request, "lang")
    let service = service
    let result = try await service.run { try service.lookup(query, limit: limit) }
    var json = LookupRenderer.json(result)
    if let lang {
      // `lang` adds what `soz lookup --lang` prints: the canonical form.
      json = Self.adding(
        "form", LookupRenderer.canonicalOnly(result, language: lang), to: json)
    }
    return .json(json)
  }

  func batch(_ request: Request) async throws -> Response {
    let limit = try integer(request, "limit", default: 5, in: 1...50)
    let body = try await text(request)
    let queries: [String]
    do {
      queries = try BatchQueries.decode(body, json: contentType(request).contains("json"))
    } catch {
      throw APIError(.badRequest, error.message, line: error.line, column: error.column)
    }
    guard queries.count <= configuration.maxBatch else {
      throw APIError(
        .contentTooLarge, "at most \(configuration.maxBatch) queries in one batch, not \(queries.count)")
    }
    let service = service
    let results = try await service.run {
      try queries.map { try LookupRenderer.json(service.lookup($0, limit: limit)) }
    }
    return .json("{\"results\":[" + results.joined(separator: ",") + "]}")
  }

  func lint(_ request: Request) async throws -> Response {
    let lang = try language(request, "lang")
    let format = parameter(request, "format") ?? "json"
    guard ["json", "line", "sarif", "languagetool"].contains(format) else {
      throw APIError(.badRequest, "unknown format '\(format)' (json, line, sarif, languagetool)")
    }
    let name = parameter(request, "name") ?? "<body>"
    let documentFormat = Self.documentFormat(contentType(request), name: name)
    let body = try await text(request)
    let service = service
    let report = try await service.run {
      LintRun.run(
        text: body, name: name, format: documentFormat, glossary: try service.compiled(),
        settings: service.workspace.settings, language: lang)
    }
    switch format {
    case "line": return .text(LintRenderer.line(report.findings) + "\n", type: "text/plain; charset=utf-8")
    case "sarif": return .json(LintRenderer.sarif(report.findings, version: SozServer.version))
    case "languagetool": return .json(LanguageToolRenderer.json(report))
    default: return .json(LintRenderer.json(report.findings, files: report.files))
    }
  }

  /// Markdown or HTML by Content-Type (or the name's extension), else
  /// plain text.
  static func documentFormat(_ contentType: String, name: String) -> Document.Format {
    if contentType.contains("markdown") { return .markdown }
    if contentType.contains("html") { return .html }
    if contentType == "text/plain" { return .plain }
    return Document.format(forPath: name)
  }

  func concept(_ id: String) async throws -> Response {
    let service = service
    let concept = try await service.run { try service.compiled().concept(id: id) }
    guard let concept else { throw APIError(.notFound, "no concept '\(id)' in the glossary") }
    return .json(ConceptRenderer.json(concept))
  }

  func export(_ request: Request) async throws -> Response {
    let name = parameter(request, "format") ?? "tbx"
    guard let format = GlossaryExport.Format(rawValue: name) else {
      let all = GlossaryExport.Format.allCases.map(\.rawValue).joined(separator: ", ")
      throw APIError(.badRequest, "unknown format '\(name)' (\(all))")
    }
    let languages = try (parameter(request, "lang")?.split(separator: ",") ?? []).map {
      guard let tag = LanguageTag(String($0)) else {
        throw APIError(.badRequest, "invalid language tag '\($0)' in 'lang'")
      }
      return tag
    }
    let service = service
    let data = try await service.run { () throws -> Data in
      let glossary = try service.storage.allConcepts()
      return try TemporaryFile.writing { handle in
        try GlossaryExport.write(
          glossary, format: format, languages: languages.isEmpty ? nil : Set(languages),
          to: .file(handle))
      }
    }
    let types: [GlossaryExport.Format: String] = [
      .tmx: "application/x-tmx+xml", .tbx: "application/x-tbx+xml", .tbx2: "application/x-tbx+xml",
      .csv: "text/csv; charset=utf-8", .tsv: "text/tab-separated-values; charset=utf-8",
    ]
    return Response(
      status: .ok, headers: [.contentType: types[format] ?? "application/octet-stream"],
      body: .init(byteBuffer: ByteBuffer(data: data)))
  }

  /// Refuses a write without a valid bearer token: 401 without one, 403
  /// with a wrong one (or when the server has no token file).
  func authorize(_ request: Request) throws {
    guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ")
    else {
      throw APIError(.unauthorized, "writes need 'Authorization: Bearer TOKEN'")
    }
    let token = String(header.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
    guard let tokens = configuration.tokens else {
      throw APIError(.forbidden, "this server takes no writes (start it with --token-file FILE)")
    }
    guard tokens.accepts(token) else { throw APIError(.forbidden, "the token is not valid") }
  }

  func importGlossary(_ request: Request) async throws -> Response {
    try authorize(request)
    let format = try Self.glossaryFormat(parameter(request, "format"), contentType(request))
    let name = parameter(request, "name") ?? "api-import.\(format)"
    let data = try await bytes(request)
    let service = service
    let summary = try await service.run { () throws -> GlossaryImportSummary in
      try TemporaryFile.with(data, extension: format) { path in
        let glossary: Glossary
        do throws(SozError) {
          glossary = try GlossarySync.read(path: path)
        } catch .glossary(let e) {
          throw APIError.badInput(e, file: path, shownAs: name)
        }
        let fingerprint = GlossaryFiles.fingerprint(ofText: String(decoding: data, as: UTF8.self))
        let summary = try service.storage.replaceSource(
          path: "api:" + name, kind: .file, fingerprint: fingerprint, glossary: glossary)
        _ = try service.compiled()
        return summary
      }
    }
    return .json(
      "{\"concepts\":\(summary.concepts),\"forms\":\(summary.forms),\"source\":\(Self.encode("api:" + name))}")
  }

  static func glossaryFormat(_ given: String?, _ contentType: String) throws -> String {
    let formats = ["tsv", "csv", "tbx", "tmx", "yaml"]
    if let given {
      guard formats.contains(given) else {
        throw APIError(.badRequest, "unknown format '\(given)' (tsv, csv, tbx, tmx, yaml)")
      }
      return given
    }
    let byType = [
      "text/tab-separated-values": "tsv", "text/csv": "csv", "application/x-tbx+xml": "tbx",
      "application/x-tmx+xml": "tmx", "application/yaml": "yaml", "text/yaml": "yaml",
    ]
    guard let format = byType[contentType] else {
      throw APIError(
        .unsupportedMediaType,
        "say what the body is: ?format=tsv|csv|tbx|tmx|yaml or a Content-Type such as text/tab-separated-values")
    }
    return format
  }

  // MARK: JSON helpers

  static func encode(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self)
  }

  /// `json` (an object) with one more key.
  static func adding(_ key: String, _ value: String?, to json: String) -> String {
    guard var object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    else { return json }
    object[key] = value ?? NSNull()
    guard
      let data = try? JSONSerialization.data(
        withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
    else { return json }
    return String(decoding: data, as: UTF8.self)
  }
}

/// Files for formats that read and write paths.
enum TemporaryFile {
  static func directory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("soz-serve-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  /// Runs `body` with `data` in a file ending in `.ext`, then removes it.
  static func with<T>(_ data: Data, extension ext: String, _ body: (String) throws -> T) throws -> T {
    let dir = try directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("body.\(ext)")
    try data.write(to: file)
    return try body(file.path)
  }

  /// What `body` writes to a file handle.
  static func writing(_ body: (FileHandle) throws -> Void) throws -> Data {
    let dir = try directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("out")
    FileManager.default.createFile(atPath: file.path, contents: nil)
    let handle = try FileHandle(forWritingTo: file)
    try body(handle)
    try handle.close()
    return try Data(contentsOf: file)
  }
}
