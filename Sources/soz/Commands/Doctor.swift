import ArgumentParser
import SozCore

extension Soz {
  struct Doctor: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check the store: integrity, schema version (applied migrations), row counts.",
      discussion: "Exit status 1 when the integrity check fails or migrations are missing.")

    @Option(help: "Output format: text or json.")
    var format: MemoryFormat = .text

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
      let workspace = try storeOptions.workspace()
      let health = try Diagnostics.exitingOnFailure { try workspace.openStore().health() }
      switch format {
      case .text: Output.line(MemoryReportRenderer.text(health, store: workspace.storePath))
      case .json: Output.line(MemoryReportRenderer.json(health, store: workspace.storePath))
      }
      if !health.isHealthy { throw ExitStatus.findings }
    }
  }
}
