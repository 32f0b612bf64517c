import ArgumentParser
import Foundation
import SozCore

extension Soz {
  struct Doctor: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check the store: integrity, schema version (applied migrations), row counts.",
      discussion: """
        On SQLite: PRAGMA integrity_check and the journal mode. On PostgreSQL \
        (--store postgres://…): whether the server answers, the database is UTF-8 \
        and every index valid, the server's version. Exit status 1 when a check \
        fails or migrations are missing.
        """)

    @Option(help: "Output format: text or json.")
    var format: MemoryFormat = .text

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
      let workspace = try storeOptions.workspace()
      let health = try Diagnostics.exitingOnFailure { try workspace.health() }
      switch format {
      case .text: Output.line(MemoryReportRenderer.text(health, store: workspace.storeDisplay))
      case .json: Output.line(MemoryReportRenderer.json(health, store: workspace.storeDisplay))
      }
      if !health.isHealthy { throw ExitStatus.findings }
    }
  }
}
