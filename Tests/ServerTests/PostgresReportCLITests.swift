import Foundation
import Testing
import TestSupport

/// The store's reports and checks on the built binary with `--store
/// postgres://…`: `soz glossary stats`, `tm stats`, `check`, `align
/// --memory` print what they print on SQLite, and `soz doctor` reports on
/// the database. Needs `SOZ_TEST_POSTGRES`.
@Suite(.serialized, .enabled(if: ServerProcess.postgres != nil, "SOZ_TEST_POSTGRES is not set"))
struct PostgresReportCLITests {
  @Test func theReportCommandsGiveTheSameOutputOnPostgres() throws {
    let database = try PostgresEngineTests.freshDatabase()
    defer { PostgresEngineTests.dropDatabase(database) }
    // A password (trust authentication takes any) that must never be shown.
    let address = database.replacingOccurrences(of: "://soz@", with: "://soz:hunter2@")
    let sqlite = ServerProcess.tempStore()
    let terms = try ServerProcess.file("terms.tsv", PostgresMemoryTests.terms)
    let checked = try ServerProcess.file("checked.tsv", PostgresMemoryTests.checked)
    func soz(_ args: [String], store: String) throws -> (Int32, String) {
      try shell([ServerProcess.binary.path] + args + ["--store", store])
    }
    for store in [sqlite, address] {
      #expect(try soz(["glossary", "import", terms], store: store).0 == 0)
      #expect(try soz(["tm", "import", PostgresMemoryTests.corpus], store: store).0 == 0)
      #expect(try soz(["tm", "import", checked], store: store).0 == 0)
    }
    /// The output with the store's name and the import times taken out.
    func normalized(_ text: String, _ store: String) -> String {
      text.replacingOccurrences(of: store, with: "STORE")
        .replacingOccurrences(of: database, with: "STORE")
        .replacingOccurrences(
          of: #"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"#, with: "TIME", options: .regularExpression)
    }
    let commands: [[String]] = [
      ["glossary", "stats", "--format", "json"], ["glossary", "stats"],
      ["tm", "stats", "--format", "json"], ["tm", "stats"],
      ["check", "--format", "json"], ["check", "--format", "line"],
      ["align", "--memory", "--from", "en", "--to", "az", "--format", "json"],
      ["align", "--memory", "--from", "az", "--to", "en", "--method", "similarity"],
    ]
    for command in commands {
      let (s1, o1) = try soz(command, store: sqlite)
      let (s2, o2) = try soz(command, store: address)
      #expect(s1 == s2, "\(command)")
      #expect(normalized(o1, sqlite) == normalized(o2, address), "\(command)")
      #expect(!o2.contains("hunter2"), "\(command)")
      #expect(o2.count > 40, "\(command): \(o2)")
    }
    let (checkStatus, check) = try soz(["check", "--format", "json"], store: address)
    #expect(checkStatus == 1)
    #expect(check.contains("inconsistent-target") && check.contains("key-term"))
    // soz doctor: the database's health in the SQLite report's shape.
    let (doctorStatus, doctor) = try soz(["doctor", "--format", "json"], store: address)
    #expect(doctorStatus == 0, "\(doctor)")
    let d = try #require(try JSONSerialization.jsonObject(with: Data(doctor.utf8)) as? [String: Any])
    #expect(d["healthy"] as? Bool == true)
    #expect(d["integrity"] as? [String] == ["ok"])
    #expect((d["migrations"] as? [String: Any])?["missing"] as? [String] == [])
    #expect((d["rows"] as? [String: Int])?["tm_unit"] == 49)
    #expect((d["rows"] as? [String: Int])?["concept"] == 2)
    #expect(!doctor.contains("hunter2"))
    let (_, text) = try soz(["doctor"], store: address)
    #expect(text.contains("integrity: ok") && text.contains("schema: 2 of 2 migrations applied"))
    // A server that does not answer: a report saying so, exit 1.
    let (downStatus, down) = try soz(["doctor"], store: "postgres://soz:hunter2@127.0.0.1:1/soz")
    #expect(downStatus == 1)
    #expect(down.contains("cannot read the database") && down.contains("problems found"))
    #expect(!down.contains("hunter2"))
  }
}
