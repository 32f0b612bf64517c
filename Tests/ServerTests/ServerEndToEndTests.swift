import Foundation
import Testing
import TestSupport

/// `soz serve` on a SQLite store, over real HTTP on loopback: the issue's
/// checks (healthz, lookup, lint, the page, a write without a token) and
/// every route's errors.
@Suite(.serialized) struct ServerEndToEndTests {
  static let token = "t0ken-for-tests"

  static func start(_ extra: [String] = []) throws -> ServerProcess {
    let tokens = try ServerProcess.file("tokens", "# writers\n\(token)\n\nsecond-token\n")
    return try ServerProcess(
      [
        "--store", ServerProcess.tempStore(), "--glossary",
        ServerProcess.repo.appendingPathComponent("glossaries").path, "--token-file", tokens,
      ] + extra)
  }

  static var auth: [String: String] { ["Authorization": "Bearer \(token)"] }

  @Test func answersTheIssuesChecks() throws {
    let server = try Self.start()
    let health = try server.get("/healthz")
    #expect(health.status == 200)
    #expect(health.object["status"] as? String == "ok")
    #expect(health.object["engine"] as? String == "sqlite")

    let lookup = try server.get("/v1/lookup?q=garabag")
    #expect(lookup.status == 200)
    #expect(lookup.headers["content-type"]?.hasPrefix("application/json") == true)
    let first = (lookup.object["candidates"] as? [[String: Any]])?.first
    #expect((first?["canonical"] as? [String: String])?["az"] == "Qarabağ")
    #expect(try server.get("/v1/lookup?q=garabag&lang=az").object["form"] as? String == "Qarabağ")

    let lint = try server.post("/v1/lint?lang=en", "Officials visited Nakhichevan.")
    let findings = lint.object["findings"] as? [[String: Any]] ?? []
    #expect(lint.status == 200)
    #expect(findings.first?["suggestions"] as? [String] == ["Nakhchivan"])
    #expect(findings.first?["line"] as? Int == 1 && findings.first?["column"] as? Int == 19)

    // Once the in-memory index is built, lookups answer from it, the same.
    var ready = false
    for _ in 0..<300 where !ready {
      ready = try server.get("/healthz").object["index"] as? String == "ready"
      if !ready { Thread.sleep(forTimeInterval: 0.1) }
    }
    #expect(ready)
    #expect(try server.get("/v1/lookup?q=garabag").body == lookup.body)

    let page = try server.get("/?q=nakhichevan")
    #expect(page.status == 200)
    #expect(page.headers["content-type"]?.hasPrefix("text/html") == true)
    #expect(page.body.contains("Naxçıvan"))
    #expect(page.body.contains("<label for=\"q\">"))
    #expect(!page.body.contains("nil"))

    let noToken = try server.post("/v1/glossary/import?format=tsv", "concept\tlang\tform\tstatus\n")
    #expect(noToken.status == 401)
    #expect(noToken.headers["www-authenticate"]?.hasPrefix("Bearer") == true)
    let (status, log) = server.stop()
    #expect(status == 0)
    #expect(log.contains("stopped"))
  }

  @Test func lookupJSONIsTheCLIs() throws {
    let store = ServerProcess.tempStore()
    let glossary = ServerProcess.repo.appendingPathComponent("glossaries").path
    let server = try ServerProcess(["--store", store, "--glossary", glossary])
    for query in ["Naxcivan", "Тоқаев", "Aliyev", "Qwxzvbnq", "kichikm adagh"] {
      let http = try server.get(
        "/v1/lookup?q=\(query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? query)")
      let (_, cli) = try shell(
        [ServerProcess.binary.path, "lookup", "--format", "json", "--store", store, "--glossary", glossary, query])
      #expect(http.body == cli, "\(query)")
    }
    _ = server.stop()
  }

  @Test func writesNeedAValidToken() throws {
    let server = try Self.start()
    let tsv = "concept\tlang\tform\tstatus\nzoqtau\ten\tZoqtau\tpreferred\nzoqtau\ten\tZokhtau\tdeprecated\n"
    #expect(try server.post("/v1/glossary/import?format=tsv", tsv).status == 401)
    #expect(
      try server.post("/v1/glossary/import?format=tsv", tsv, headers: ["Authorization": "Bearer wrong"]).status
        == 403)
    #expect(try server.post("/v1/tm/import?format=tsv", tsv, headers: ["Authorization": "Basic eDp5"]).status == 401)
    let before = try server.post("/v1/lint?lang=en&format=line", "The festival in Zokhtau opened.")
    #expect(before.body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
    let imported = try server.post(
      "/v1/glossary/import?name=terms.tsv", tsv,
      headers: Self.auth.merging(["Content-Type": "text/tab-separated-values"]) { a, _ in a })
    #expect(imported.status == 200)
    #expect(imported.object["forms"] as? Int == 2)
    // The second token of the file works too; the import is seen at once.
    let after = try server.post("/v1/lint?lang=en&format=line", "The festival in Zokhtau opened.")
    #expect(after.body.contains("write 'Zoqtau'"))
    #expect(try server.get("/v1/concepts/zoqtau").object["concept"] as? String == "zoqtau")
    #expect(try server.get("/v1/concepts/no-such").status == 404)
    // A concept the shipped glossary defines is the caller's conflict: 409.
    let clash = try server.post(
      "/v1/glossary/import?name=clash.tsv", "concept\tlang\tform\tstatus\nkarabakh\ten\tKarabagh\tpreferred\n",
      headers: Self.auth.merging(["Content-Type": "text/tab-separated-values"]) { a, _ in a })
    #expect(clash.status == 409)
    #expect(clash.body.contains("already defined"))
    let again = try server.post(
      "/v1/glossary/import?format=tsv&name=terms.tsv", tsv, headers: ["Authorization": "Bearer second-token"])
    #expect(again.status == 200)
    _ = server.stop()
  }

  @Test func badInputIsA400NamingLineAndColumn() throws {
    let server = try Self.start()
    let bad = try server.post(
      "/v1/glossary/import?format=tsv&name=client.tsv", "concept\tlang\tform\tstatus\nx\ten\n",
      headers: Self.auth)
    #expect(bad.status == 400)
    let error = bad.object["error"] as? [String: Any]
    #expect(error?["line"] as? Int == 2)
    #expect(error?["column"] as? Int == 1)
    #expect((error?["message"] as? String)?.hasPrefix("client.tsv:2:1:") == true)

    let tbx = try server.post(
      "/v1/glossary/import?format=tbx&name=terms.tbx", "<tbx>\n  <text><body>\n</tbx>", headers: Self.auth)
    #expect(tbx.status == 400)
    #expect((tbx.object["error"] as? [String: Any])?["line"] as? Int == 3)

    let json = try server.post(
      "/v1/lookup/batch", "{\"queries\":\n [\"Baku\" \"Quba\"]}", headers: ["Content-Type": "application/json"])
    #expect(json.status == 400)
    #expect((json.object["error"] as? [String: Any])?["line"] as? Int == 2)

    let utf8 = try server.post("/v1/lint", data: Data([0x61, 0x0A, 0x62, 0xFF]))
    #expect(utf8.status == 400)
    #expect((utf8.object["error"] as? [String: Any])?["line"] as? Int == 2)

    #expect(try server.get("/v1/lookup").status == 400)
    #expect(try server.get("/v1/lookup?q=Baku&limit=0").status == 400)
    #expect(try server.get("/v1/lookup?q=Baku&lang=xx-!!").status == 400)
    #expect(try server.post("/v1/lint?format=pdf", "x").status == 400)
    #expect(try server.get("/v1/export/glossary?format=docx").status == 400)
    #expect(try server.get("/v1/tm/search?q=x&from=az").status == 400)
    #expect(try server.post("/v1/glossary/import", "x", headers: Self.auth).status == 415)
    _ = server.stop()
  }

  @Test func oversizedBodiesAre413() throws {
    let server = try Self.start(["--max-body", "2048"])
    let big = String(repeating: "Nakhichevan ", count: 400)
    let reply = try server.post("/v1/lint?lang=en", big)
    #expect(reply.status == 413)
    #expect((reply.object["error"] as? [String: Any])?["status"] as? Int == 413)
    #expect(try server.post("/v1/lint?lang=en", "Nakhichevan").status == 200)
    _ = server.stop()
  }

  @Test func lintFormatsAndMarkup() throws {
    let server = try Self.start()
    let markdown = "# Nakhichevan\n\n`Nakhichevan` in code, Nakhichevan in prose.\n"
    let md = try server.post("/v1/lint?lang=en", markdown, headers: ["Content-Type": "text/markdown"])
    let lines = (md.object["findings"] as? [[String: Any]] ?? []).map { "\($0["line"] ?? 0):\($0["column"] ?? 0)" }
    #expect(lines == ["1:3", "3:24"])
    // LanguageTool counts UTF-16 code units: the emoji is two.
    let lt = try server.post("/v1/lint?lang=en&format=languagetool", "👍 Officials in Qarabag.")
    let match = (lt.object["matches"] as? [[String: Any]])?.first
    #expect(match?["offset"] as? Int == 16)
    #expect(match?["length"] as? Int == 7)
    #expect((match?["replacements"] as? [[String: String]])?.first?["value"] == "Karabakh")
    let sarif = try server.post("/v1/lint?lang=en&format=sarif", "Nakhichevan")
    #expect(sarif.object["version"] as? String == "2.1.0")
    let export = try server.get("/v1/export/glossary?format=tsv&lang=az")
    #expect(export.status == 200)
    #expect(export.body.hasPrefix("concept\tlang\tform\tstatus"))
    #expect(export.body.contains("Qarabağ"))
    #expect(try server.get("/v1/export/glossary?format=tbx").body.contains("<tbx"))
    _ = server.stop()
  }

  @Test func memoryRoutesAndAmaGama() throws {
    let server = try Self.start()
    let tsv = "az\ten\nQarabağda yeni məktəb açıldı.\tA new school opened in Karabakh.\n"
    let imported = try server.post("/v1/tm/import?format=tsv&name=news.tsv", tsv, headers: Self.auth)
    #expect(imported.status == 200)
    #expect(imported.object["added"] as? Int == 1)
    let search = try server.get(
      "/v1/tm/search?q=\("Qarabağda yeni məktəb açıldı".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)&from=az&to=en")
    #expect((search.object["matches"] as? [[String: Any]])?.first?["target"] as? String == "A new school opened in Karabakh.")
    let units = try server.get(
      "/api/v1/az/en/unit/\("Qarabağda yeni məktəb açıldı.".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)")
    let first = (units.json as? [[String: Any]])?.first
    #expect(first?["target"] as? String == "A new school opened in Karabakh.")
    #expect(first?["quality"] as? Double == 100)
    let concordance = try server.get("/v1/tm/concordance?q=Karabakh&lang=en")
    #expect(concordance.status == 200)
    _ = server.stop()
  }

  @Test func openAPIDocumentsEveryRoute() throws {
    let server = try Self.start()
    let reply = try server.get("/openapi.json")
    #expect(reply.status == 200)
    let paths = (reply.object["paths"] as? [String: Any]) ?? [:]
    for path in [
      "/healthz", "/v1/lookup", "/v1/lookup/batch", "/v1/lint", "/v1/tm/search", "/v1/tm/concordance",
      "/v1/concepts/{id}", "/v1/export/glossary", "/v1/glossary/import", "/v1/tm/import",
      "/api/v1/{src}/{tgt}/unit/{q}",
    ] {
      #expect(paths[path] != nil, "\(path)")
    }
    // Every documented GET answers (not 404) with its example values.
    for (path, _) in paths {
      let concrete = path.replacingOccurrences(of: "{id}", with: "karabakh")
        .replacingOccurrences(of: "{src}", with: "az").replacingOccurrences(of: "{tgt}", with: "en")
        .replacingOccurrences(of: "{q}", with: "x")
      let methods = (paths[path] as? [String: Any])?.keys.sorted() ?? []
      let status = try server.send(methods.first?.uppercased() ?? "GET", concrete, body: nil, headers: [:]).status
      #expect(status != 404 && status < 500, "\(path): \(status)")
    }
    // The document is valid OpenAPI (openapi-spec-validator, when present).
    let file = try ServerProcess.file("openapi.json", reply.body)
    let (code, _) = try shell([
      "python3", "-c",
      "import sys\ntry:\n from openapi_spec_validator import validate\nexcept ImportError:\n sys.exit(3)\nimport json\nvalidate(json.load(open(sys.argv[1])))",
      file,
    ])
    #expect(code == 0 || code == 3, "openapi-spec-validator rejected /openapi.json")
    _ = server.stop()
  }

  @Test func batchLookup() throws {
    let server = try Self.start()
    let reply = try server.post(
      "/v1/lookup/batch", "{\"queries\": [\"Naxcivan\", \"Qwxzvbnq\"]}", headers: ["Content-Type": "application/json"])
    let results = reply.object["results"] as? [[String: Any]] ?? []
    #expect(results.map { $0["match"] as? Bool } == [true, false])
    let lines = try server.post("/v1/lookup/batch", "Baku\nGanja\n", headers: ["Content-Type": "text/plain"])
    #expect((lines.object["results"] as? [Any])?.count == 2)
    _ = server.stop()
  }

  @Test func lintPageMarksFindings() throws {
    let server = try Self.start()
    let page = try server.post(
      "/lint", "text=Officials+visited+Nakhichevan.&lang=en&format=txt",
      headers: ["Content-Type": "application/x-www-form-urlencoded"])
    #expect(page.status == 200)
    #expect(page.body.contains("<mark class=\"sev-warning\""))
    #expect(page.body.contains(">Nakhichevan<a href=\"#f1\""))
    #expect(try server.get("/lint").body.contains("<label for=\"text\">"))
    _ = server.stop()
  }
}
