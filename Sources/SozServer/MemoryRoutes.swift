import Foundation
import Hummingbird
import Orthography
import Search
import SozCore

/// The translation memory's routes: search, concordance, import, and
/// amaGama's `GET /api/v1/{src}/{tgt}/unit/{q}` for existing TM clients.
struct MemoryRoutes: Sendable {
  let service: SozService
  let api: APIRoutes

  func add(to router: Router<BasicRequestContext>) {
    router.get("/v1/tm/search") { request, _ in await api.handle { try await search(request) } }
    router.get("/v1/tm/concordance") { request, _ in
      await api.handle { try await concordance(request) }
    }
    router.post("/v1/tm/import") { request, _ in await api.handle { try await importUnits(request) } }
    router.get("/api/v1/:src/:tgt/unit/:q") { _, context in
      await api.handle {
        try await amagama(
          context.parameters.get("src") ?? "", context.parameters.get("tgt") ?? "",
          context.parameters.get("q") ?? "")
      }
    }
  }

  func search(_ request: Request) async throws -> Response {
    let query = try api.required(request, "q", example: "Qarabağda+yeni+məktəb")
    guard let from = try api.language(request, "from"), let to = try api.language(request, "to")
    else { throw APIError(.badRequest, "give both languages: ?from=az&to=en") }
    let minimum = try api.integer(request, "min", default: 70, in: 1...101)
    let limit = try api.integer(request, "limit", default: 5, in: 1...100)
    let service = service
    let result = try await service.run { () throws -> MemorySearchResult in
      let runner = MemorySearchRun(
        store: service.memoryStore(), glossary: try service.compiledIfAny(), minimum: minimum,
        limit: limit)
      return try runner.search(query, from: from, to: to)
    }
    return .json(MemorySearchRenderer.json(result))
  }

  func concordance(_ request: Request) async throws -> Response {
    let word = try api.required(request, "q", example: "Qarabağ")
    guard let lang = try api.language(request, "lang") else {
      throw APIError(.badRequest, "give the language: ?lang=az")
    }
    let limit = try api.integer(request, "limit", default: 20, in: 1...1000)
    let service = service
    let result = try await service.run {
      try ConcordanceRun.run(
        word: word, language: lang, store: service.memoryStore(),
        glossary: try service.compiledIfAny(), limit: limit)
    }
    return .json(ConcordanceRenderer.json(result))
  }

  func importUnits(_ request: Request) async throws -> Response {
    try api.authorize(request)
    let format = api.parameter(request, "format") ?? "tmx"
    guard ["tmx", "tsv", "csv", "xliff", "xlf"].contains(format) else {
      throw APIError(.badRequest, "unknown format '\(format)' (tmx, tsv, csv, xliff)")
    }
    let languages = try (api.parameter(request, "langs")?.split(separator: ",") ?? []).map {
      guard let tag = LanguageTag(String($0)) else {
        throw APIError(.badRequest, "invalid language tag '\($0)' in 'langs'")
      }
      return tag
    }
    let name = api.parameter(request, "name") ?? "api-import.\(format)"
    let data = try await api.bytes(request)
    let service = service
    let summary = try await service.run { () throws -> MemoryImportSummary in
      let store = service.memoryStore()
      return try TemporaryFile.with(data, extension: format) { path in
        do throws(SozError) {
          return try MemoryImportRun.run(
            path: path, languages: languages.isEmpty ? nil : languages, store: store,
            origin: "api:" + name)
        } catch .glossary(let e) {
          throw APIError.badInput(e, file: path, shownAs: name)
        }
      }
    }
    struct Answer: Encodable {
      var origin: String
      var read: Int
      var added: Int
      var duplicates: Int
      var rejected: Int
    }
    return .json(
      APIRoutes.encode(
        Answer(
          origin: "api:" + name, read: summary.read, added: summary.added,
          duplicates: summary.duplicates, rejected: summary.rejected.count)))
  }

  /// amaGama's answer: `[{source, target, quality, rank}]`, best first.
  func amagama(_ src: String, _ tgt: String, _ q: String) async throws -> Response {
    guard let from = LanguageTag(src), let to = LanguageTag(tgt) else {
      throw APIError(.badRequest, "invalid language tag in '/api/v1/\(src)/\(tgt)/unit/…'")
    }
    let query = q.removingPercentEncoding ?? q
    let service = service
    let result = try await service.run { () throws -> MemorySearchResult in
      try MemorySearchRun(store: service.memoryStore(), glossary: nil, minimum: 70, limit: 5)
        .search(query, from: from, to: to)
    }
    struct Unit: Encodable {
      var source: String
      var target: String
      var quality: Double
      var rank: Double
    }
    let units = result.matches.map {
      Unit(
        source: $0.source, target: $0.target, quality: Double(min($0.score.percent, 100)),
        rank: Double(min($0.score.percent, 100)))
    }
    return .json(APIRoutes.encode(units))
  }
}
