import ArgumentParser
import Foundation
import SozLanguageServer

extension Soz {
  struct LanguageServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "lsp",
      abstract: "Serve the Language Server Protocol over standard input and output, for editors.",
      discussion: """
        Diagnostics for Markdown, HTML and plain text as you type, quick fixes, \
        "add this spelling to the glossary", hover cards and completion of canonical \
        names. Settings come from each workspace folder's .soz.yaml, under the client's \
        initializationOptions (language, houseStyle, rules, debounce). Exit status: 0 \
        after shutdown and exit, 1 on exit (or end of input) without shutdown, as the \
        protocol says.
        """)

    @Flag(help: "Accepted for clients that pass it; standard input and output are always used.")
    var stdio = false

    @Option(help: ArgumentHelp("Append every message in (-->) and out (<--) to this file.", valueName: "file"))
    var log: String?

    @Option(help: ArgumentHelp("Milliseconds a document must stay unchanged before it is linted.", valueName: "ms"))
    var debounce: Int?

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
      if let debounce, debounce < 0 || debounce > 10_000 {
        throw ValidationError("--debounce must be between 0 and 10000 ms")
      }
    }

    func run() throws {
      var options = LanguageServer.Options()
      // Paths given here are the caller's (the workspace folders' own
      // settings are read from each folder).
      func absolute(_ path: String?) -> String? { path.map { URL(fileURLWithPath: $0).standardizedFileURL.path } }
      options.client.store = absolute(storeOptions.store)
      options.client.glossary = absolute(storeOptions.glossary)
      options.client.config = absolute(storeOptions.config)
      options.client.debounce = debounce.map { Double($0) / 1000 }
      options.version = Soz.configuration.version
      // The protocol: a server whose client died exits.
      options.onClientGone = { Foundation.exit(1) }
      var logHandle: FileHandle? = nil
      if let log {
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: log) else {
          Diagnostics.error("\(log): cannot write the log")
          throw ExitStatus.failure
        }
        logHandle = handle
      }
      let status = StdioConnection.run(options: options, log: logHandle)
      throw ExitCode(status)
    }
  }
}
