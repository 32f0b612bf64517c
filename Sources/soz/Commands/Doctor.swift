import ArgumentParser
import Foundation
import SozCore
import Store

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
      // A damaged store cannot be opened as a store: it is inspected
      // read-only instead, so doctor can say what is wrong with it.
      let health: StoreHealth
      do {
        health = try workspace.openStore().health()
      } catch {
        guard FileManager.default.fileExists(atPath: workspace.storePath) else {
          Diagnostics.error("\(error)")
          throw ExitStatus.failure
        }
        health = GlossaryStore.inspect(path: workspace.storePath)
      }
      switch format {
      case .text: Output.line(MemoryReportRenderer.text(health, store: workspace.storePath))
      case .json: Output.line(MemoryReportRenderer.json(health, store: workspace.storePath))
      }
      if !health.isHealthy { throw ExitStatus.findings }
    }
  }
}
