import ArgumentParser
import Foundation
import Logging
import SozCore
import SozServer

extension Soz {
  struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Serve the glossary over HTTP: a JSON API, a lookup page and a lint page.",
      discussion: """
        The JSON API (/v1/lookup, /v1/lookup/batch, /v1/lint, /v1/tm/search, \
        /v1/tm/concordance, /v1/concepts/ID, /v1/export/glossary, /v1/glossary/import, \
        /v1/tm/import, amaGama's /api/v1/SRC/TGT/unit/Q) answers with the JSON of the \
        CLI's --format json and is described at /openapi.json; / and /lint are pages \
        for people; /healthz says whether it is up. Writes need a bearer token from \
        --token-file. --store postgres://USER[:PASS]@HOST:PORT/DB shares one \
        PostgreSQL database between several servers. Stops cleanly on SIGTERM or \
        SIGINT.
        """)

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port, printed at start).")
    var port = 8080

    @Option(
      name: .customLong("token-file"),
      help: ArgumentHelp("Bearer tokens allowed to write, one a line.", valueName: "file"),
      completion: .file())
    var tokenFile: String?

    @Option(
      name: .customLong("max-body"),
      help: ArgumentHelp("The largest request body accepted, in bytes (413 beyond).", valueName: "bytes"))
    var maxBody = 10 << 20

    @Option(help: "Threads for storage calls.")
    var threads = 16

    @Option(
      help: ArgumentHelp(
        "Where lookups are answered: memory (an index of the glossary held in memory, built in the background; the default) or store (every lookup asks the store: less memory).",
        valueName: "memory|store"))
    var index: LookupIndex = .memory

    enum LookupIndex: String, ExpressibleByArgument, CaseIterable { case memory, store }

    @Option(name: .customLong("log-format"), help: "Logs on standard error: text or json.")
    var logFormat: LogFormat = .text

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel = "info"

    @OptionGroup var storeOptions: StoreOptions

    enum LogFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func validate() throws {
      guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
      guard maxBody >= 1024 else { throw ValidationError("--max-body must be at least 1024 bytes") }
      guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
      guard Logger.Level(rawValue: logLevel) != nil else {
        throw ValidationError("--log-level must be trace, debug, info, notice, warning, error or critical")
      }
    }

    func run() throws {
      let tokens = try tokenFile.map { path in
        try Diagnostics.exitingOnFailure { () throws -> TokenSet in
          do {
            return try TokenSet.read(path: path)
          } catch {
            throw SozError.io(path: path, message: (error as? TokenFileError)?.message ?? "\(error)")
          }
        }
      }
      let format = logFormat
      let level = Logger.Level(rawValue: logLevel) ?? .info
      LoggingSystem.bootstrap { label in
        var handler: any LogHandler =
          format == .json ? JSONLogHandler(label: label) : StreamLogHandler.standardError(label: label)
        handler.logLevel = level
        return handler
      }
      let logger = Logger(label: "soz.serve")
      let workspace = try storeOptions.workspace()
      let configuration = ServerConfiguration(
        host: host, port: port, maxBodyBytes: maxBody, tokens: tokens, workerThreads: threads,
        memoryIndex: index == .memory)
      let outcome = ServeOutcome()
      let done = DispatchSemaphore(value: 0)
      Task {
        do {
          try await SozServer.run(
            workspace: workspace, configuration: configuration, logger: logger,
            onListening: { url in Output.line("soz: serving on \(url)") })
        } catch {
          outcome.set(error)
        }
        done.signal()
      }
      done.wait()
      if let error = outcome.error {
        try Diagnostics.exitingOnFailure { () throws -> Void in
          if let e = error as? SozError { throw e }
          throw SozError.io(path: "\(host):\(port)", message: "\(error)")
        }
      }
    }
  }
}

/// The error a server stopped with, handed from its task to the command.
final class ServeOutcome: @unchecked Sendable {
  private let lock = NSLock()
  private(set) var error: Error?
  func set(_ e: Error) {
    lock.lock()
    error = e
    lock.unlock()
  }
}
