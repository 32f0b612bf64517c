import Foundation

/// How `soz serve` runs: where it listens, what it will accept.
public struct ServerConfiguration: Sendable {
  /// The address to bind (default loopback only).
  public var host: String
  /// The port; 0 picks a free one (printed at start).
  public var port: Int
  /// The largest request body accepted, in bytes (413 beyond it).
  public var maxBodyBytes: Int
  /// Bearer tokens allowed to write; nil: writes are refused.
  public var tokens: TokenSet?
  /// Threads that run storage calls (SQLite reads, PostgreSQL round trips).
  public var workerThreads: Int
  /// At most this many queries in one `POST /v1/lookup/batch`.
  public var maxBatch: Int
  /// Whether lookups answer from an in-memory index of the glossary
  /// (``InMemoryGlossaryIndex``); false: every lookup asks the store.
  public var memoryIndex: Bool

  public init(
    host: String = "127.0.0.1", port: Int = 8080, maxBodyBytes: Int = 10 << 20,
    tokens: TokenSet? = nil, workerThreads: Int = 16, maxBatch: Int = 1000,
    memoryIndex: Bool = true
  ) {
    self.host = host
    self.port = port
    self.maxBodyBytes = maxBodyBytes
    self.tokens = tokens
    self.workerThreads = workerThreads
    self.maxBatch = maxBatch
    self.memoryIndex = memoryIndex
  }
}
