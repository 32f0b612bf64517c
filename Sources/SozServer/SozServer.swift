import Foundation
import Hummingbird
import Logging
import Search
import SozCore

/// `soz serve`: the HTTP door to the same use cases as the CLI — the JSON
/// API under `/v1`, amaGama's TM endpoint, the lookup and lint pages, and
/// `/healthz` — over SQLite or a shared PostgreSQL.
///
/// Runs until SIGTERM or SIGINT, then stops accepting connections, lets
/// the requests in flight finish and returns (Hummingbird's service
/// lifecycle). Logs go through swift-log: one JSON object a line on
/// standard error with `--log-format json`.
public enum SozServer {
  /// Reported in `/healthz`, SARIF and LanguageTool answers.
  public static let version = "0.1.0"

  /// Opens the workspace's storage (syncing its glossaries) and serves
  /// until a shutdown signal.
  /// - Parameter onListening: called with the bound address once the
  ///   server accepts connections (the CLI prints it; port 0 picks one).
  public static func run(
    workspace: Workspace, configuration: ServerConfiguration, logger: Logger,
    onListening: @escaping @Sendable (String) -> Void
  ) async throws {
    let storage = try workspace.openEngine()
    let service = SozService(
      workspace: workspace, storage: storage, workerThreads: configuration.workerThreads,
      memoryIndex: configuration.memoryIndex, logger: logger)
    if try storage.hasConcepts() {
      _ = try service.compiled()
      _ = try service.indexState()  // starts building the lookup index
    } else {
      logger.warning("the store holds no glossary yet", metadata: ["store": "\(storage.location)"])
    }
    let router = try makeRouter(service: service, configuration: configuration, logger: logger)
    let app = Application(
      router: router,
      configuration: .init(
        address: .hostname(configuration.host, port: configuration.port), serverName: "soz"),
      onServerRunning: { channel in
        let address = channel.localAddress
        let text = "http://\(configuration.host):\(address?.port ?? configuration.port)"
        logger.info(
          "listening", metadata: ["url": "\(text)", "engine": "\(service.engine)", "store": "\(storage.location)"])
        onListening(text)
      },
      logger: logger)
    try await app.runService()
    logger.info("stopped")
  }

  static func makeRouter(
    service: SozService, configuration: ServerConfiguration, logger: Logger
  ) throws -> Router<BasicRequestContext> {
    let router = Router()
    router.add(middleware: RequestLogMiddleware())
    let api = APIRoutes(service: service, configuration: configuration)
    api.add(to: router)
    try PageRoutes(service: service, api: api).add(to: router)
    return router
  }
}

/// Logs each request once, with its method, path, status and duration, as
/// metadata (structured, not text to parse).
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
  func handle(
    _ request: Request, context: Context,
    next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    let started = ContinuousClock.now
    do {
      let response = try await next(request, context)
      log(request, context, status: response.status.code, started)
      return response
    } catch {
      let status = (error as? any HTTPResponseError)?.status.code ?? 500
      log(request, context, status: status, started)
      throw error
    }
  }

  private func log(_ request: Request, _ context: Context, status: Int, _ started: ContinuousClock.Instant) {
    let elapsed = ContinuousClock.now - started
    let ms = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
    context.logger.log(
      level: status >= 500 ? .error : .debug, "request",
      metadata: [
        "method": "\(request.method.rawValue)", "path": "\(request.uri.path)",
        "status": "\(status)", "ms": "\(String(format: "%.2f", ms))",
      ])
  }
}
