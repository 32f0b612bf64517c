import ArgumentParser
import Foundation
import SozMCP

extension Soz {
  struct MCPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "mcp",
      abstract: "Serve the Model Context Protocol over standard input and output, for AI assistants.",
      discussion: """
        Tools: lookup (query, lang), lint (text, lang, format), tm_search (text, from, to), \
        concordance (word, lang); each answers with the JSON of the matching command's \
        --format json and its text. Resources: the glossary (soz://glossary, \
        soz://concept/{id}). The store is opened once, as the other commands open it; \
        restart the server to see glossary changes. Exit status 0 when the client closes \
        the connection, 2 when the store cannot be opened.
        """)

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
      let workspace = try storeOptions.workspace()
      try Diagnostics.exitingOnFailure { try SozMCPServer.run(workspace: workspace, version: Soz.configuration.version) }
    }
  }
}
