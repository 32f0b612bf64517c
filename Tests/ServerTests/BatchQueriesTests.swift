import SozCore
import Testing

/// The batch lookup body, as every door decodes it (`BatchQueries`).
struct BatchQueriesTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var body: String
    var json: Bool
    var queries: [String]?
    var error: (line: Int, column: Int)?
    var testDescription: String { body.debugDescription }
  }

  static let cases: [Case] = [
    Case(body: #"{"queries": ["garabag", "Қарабақ"]}"#, json: true, queries: ["garabag", "Қарабақ"]),
    Case(body: #"["Aygun", "Türkiye"]"#, json: true, queries: ["Aygun", "Türkiye"]),
    Case(body: "[]", json: true, queries: []),
    Case(body: "garabag\r\n  Astana  \n\nNaxcivan", json: false, queries: ["garabag", "Astana", "Naxcivan"]),
    // A syntax error names its line and column; the wrong shape is 1:1.
    Case(body: "{\"queries\":\n [\"Baku\" \"Quba\"]}", json: true, error: (2, 10)),
    Case(body: #"{"queries": [1, null]}"#, json: true, error: (1, 1)),
    Case(body: #""Baku""#, json: true, error: (1, 1)),
  ]

  @Test(arguments: cases) func decodes(_ c: Case) {
    do {
      let queries = try BatchQueries.decode(c.body, json: c.json)
      #expect(c.error == nil, "expected an error")
      #expect(queries == c.queries)
    } catch {
      guard let expected = c.error else {
        Issue.record("unexpected error: \(error.message)")
        return
      }
      #expect(error.line == expected.line)
      #expect(error.column == expected.column)
      #expect(!error.message.isEmpty)
    }
  }
}
