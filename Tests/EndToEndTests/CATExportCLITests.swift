import Foundation
import Testing
import TestSupport

/// Glossary exports as CAT tools read them (#12): one spelling to use per
/// concept and language by default, the full entry on request.
@Suite struct CATExportCLITests {
  typealias CLI = SozCLITests

  static func rows(_ csv: String) -> [[String]] {
    csv.split(separator: "\n").dropFirst().map { line in
      line.split(separator: ",", omittingEmptySubsequences: false).prefix(4).map(String.init)
    }
  }

  @Test func theDefaultExportHoldsOnlyTheFormToUse() throws {
    let store = CLI.tempStore()
    let safe = try CLI.soz(["export", "glossary", "--format", "csv", "--store", store, "--glossary", "glossaries"])
    let full = try CLI.soz(["export", "glossary", "--format", "csv", "--include-variants", "--store", store])
    #expect(safe.status == 0 && full.status == 0, "\(safe.stderr)\(full.stderr)")
    let safeRows = Self.rows(safe.stdout), fullRows = Self.rows(full.stdout)
    // One row per concept and language, all preferred, each the full
    // entry's preferred form.
    let pairs = safeRows.map { $0[0] + "\t" + $0[1] }
    #expect(Set(pairs).count == pairs.count)
    #expect(safeRows.allSatisfy { $0[3] == "preferred" })
    let preferred = Set(fullRows.filter { $0[3] == "preferred" }.map { $0[0] + "\t" + $0[1] + "\t" + $0[2] })
    #expect(safeRows.allSatisfy { preferred.contains($0[0] + "\t" + $0[1] + "\t" + $0[2]) })
    #expect(fullRows.contains { $0[3] == "forbidden" } && fullRows.count > safeRows.count)
    // TBX v3 stays complete.
    let tbx = try CLI.soz(["export", "glossary", "--format", "tbx", "--store", store])
    #expect(tbx.stdout.contains("Artsax") && !safe.stdout.contains("Artsax"))
  }

  @Test func theHouseStyleFormIsTheOneExported() throws {
    let dir = Scratch.root.appendingPathComponent("soz-cat-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let config = dir.appendingPathComponent(".soz.yaml")
    try "house-style:\n  karabakh: Garabagh\n".write(to: config, atomically: true, encoding: .utf8)
    let r = try CLI.soz([
      "export", "glossary", "--format", "csv", "--langs", "en", "--config", config.path,
      "--store", CLI.tempStore(), "--glossary", "glossaries",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let karabakh = Self.rows(r.stdout).filter { $0[0] == "karabakh" }
    #expect(karabakh.map { $0[2] } == ["Garabagh"])
  }

  @Test(.enabled(if: Self.translateToolkit))
  func translateToolkitIsOfferedOnlyPreferredForms() throws {
    let p = Process()
    p.executableURL = CLI.repo.appendingPathComponent("Scripts/consumer-check")
    p.currentDirectoryURL = CLI.repo
    p.environment = ProcessInfo.processInfo.environment.merging(["SOZ_BINARY": CLI.binary.path]) { _, b in b }
    let out = Pipe()
    p.standardOutput = out
    p.standardError = out
    try p.run()
    let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    #expect(p.terminationStatus == 0, "\(text)")
    #expect(text.contains("offer only preferred forms"))
  }

  /// Translate Toolkit is installed (Scripts/setup), or CI requires it.
  static let translateToolkit: Bool = {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", "import translate.storage.tmx"]
    p.standardError = FileHandle.nullDevice
    let found = (try? p.run()).map { p.waitUntilExit(); return p.terminationStatus == 0 } ?? false
    if found || ProcessInfo.processInfo.environment["SOZ_CI"] == "1" { return true }
    print("CATExportCLITests: Translate Toolkit missing (python3 -m pip install translate-toolkit): its reading of the exports not checked")
    return false
  }()
}
